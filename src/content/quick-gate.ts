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
 */
import { childNodesOf, nodeTypeOf, textContentOf } from './dom';
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
