/**
 * The off-topic fast path. Almost every page a user visits has nothing to do with stem cells, and on those
 * the content script should cost about as much as touching the text once. Before the full visible-text walk
 * (which inspects every element for hidden and form-field rules), we read the page's raw text with the
 * browser's native `textContent`, piece by piece, and run the topic prescreen over it. textContent holds a
 * superset of the visible text (hidden text, script and style contents too), and the prescreen is a superset
 * of the engine's topic test, so "no" is certain; "maybe" (usually found in the first heading) just hands
 * over to the full scan.
 *
 * Pieces: the body's subtree is expanded breadth-first until it is split into enough parts that no single
 * textContent call is large, and the pieces are checked in time slices with a small overlap, so a topic word
 * split across two pieces is still seen.
 *
 * Before that, a probe: a stem cell page names its topic early (its heading, its first paragraph), so the
 * first PROBE_CHARS of text are read with a native TreeWalker, which hands out text nodes only and touches
 * no element. "Maybe" there ends the gate at once; splitting a large page (thousands of children to list)
 * cost more than the probe. Otherwise the pieces read the page from its start, as without the probe.
 */
import { childNodesOf, nodeTypeOf, textContentOf, textNodeWalker } from './dom';
import type { Slice } from './slicing';
import { mayHaveTopic } from './topic-gate';

const TARGET_PARTS = 256;
const MAX_DEPTH = 8;
/** Characters kept from the previous piece, longer than any prescreen head. */
const OVERLAP = 16;
/** Pieces are tested in batches of about this many characters (one regex call each). */
const BATCH_CHARS = 65_536;

export interface GateResult {
  maybeTopic: boolean;
  /** Characters of raw text read (an upper bound of the visible text's length). */
  chars: number;
}

/** Text read by the probe: enough for a page's heading and opening paragraphs (and nodes, for empty ones). */
const PROBE_CHARS = 8_192;
const PROBE_NODES = 4_096;

/** The first PROBE_CHARS or so of the text under `root` (script and style text included: a superset). */
function probeText(root: Node): string {
  const w = textNodeWalker(root);
  if (!w) return '';
  const parts: string[] = [];
  let n = 0;
  let nodes = 0;
  for (let t = w.nextNode(); t !== null && n < PROBE_CHARS && nodes++ < PROBE_NODES; t = w.nextNode()) {
    const data = (t as Text).data;
    parts.push(data);
    n += data.length;
  }
  return parts.join('');
}

/** Splits `root` into at most ~TARGET_PARTS subtrees whose text, in order, is root's textContent. */
function split(root: Node): Node[] {
  let frontier: Node[] = [root];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length < TARGET_PARTS; depth++) {
    const next: Node[] = [];
    let expanded = false;
    for (const n of frontier) {
      if (nodeTypeOf(n) === 1) {
        const kids = childNodesOf(n);
        if (kids.length > 0) {
          next.push(...kids);
          expanded = true;
          continue;
        }
      }
      next.push(n);
    }
    if (!expanded) break;
    frontier = next;
  }
  return frontier;
}

export async function quickTopicGate(root: Node, slice: Slice, maxChars: number, cancelled: () => boolean): Promise<GateResult> {
  const head = probeText(root);
  if (mayHaveTopic(head)) return { maybeTopic: true, chars: head.length };
  let chars = 0;
  let carry = '';
  let batch: string[] = [carry];
  let batchChars = 0;
  const flush = (): boolean => {
    const text = batch.join('');
    batch = [];
    batchChars = 0;
    carry = text.slice(-OVERLAP);
    batch.push(carry);
    return mayHaveTopic(text);
  };
  for (const part of split(root)) {
    const t = textContentOf(part);
    if (t.length === 0) continue;
    batch.push(t);
    batchChars += t.length;
    chars += t.length;
    if (batchChars >= BATCH_CHARS && flush()) return { maybeTopic: true, chars };
    if (chars >= maxChars) break;
    if (slice.over()) {
      await slice.maybeYield();
      if (cancelled()) return { maybeTopic: true, chars };
    }
  }
  return { maybeTopic: flush(), chars };
}
