/**
 * One scan of this frame: read the visible text, pick the candidate passages with the engine's fast
 * prefilter, send them to the background (which scores them), and highlight the claims it returns.
 */
import { browser } from 'wxt/browser';
import { extractPassages } from '../engine';
import { LIMITS } from '../shared/limits';
import type { ScanMessage } from '../shared/messages';
import type { StoredFinding } from '../shared/report';
import { domRangeFor, extractVisibleText, type VisibleText } from '../text/visible-text';
import { createHighlighter, highlightApiAvailable, type Highlighter } from './highlighter';

function computedHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

export class Scanner {
  private seq = 0;
  private highlighter: Highlighter | null = null;

  constructor(private readonly doc: Document) {}

  async scan(options: { highlight: boolean }): Promise<StoredFinding[]> {
    const root = this.doc.body ?? this.doc.documentElement;
    const visible = extractVisibleText(root, { isHidden: computedHidden, maxChars: LIMITS.maxScanChars });
    const { passages, topic, truncated } = extractPassages(visible.text, {
      maxPassages: LIMITS.maxPassages,
      maxPassageChars: LIMITS.maxPassageChars,
    });
    const message: ScanMessage = {
      type: 'scan',
      seq: ++this.seq,
      passages,
      textLength: visible.text.length,
      partial: visible.truncated || truncated,
      topic,
    };
    const reply = (await browser.runtime.sendMessage(message)) as { findings?: StoredFinding[] } | undefined;
    const findings = Array.isArray(reply?.findings) ? reply.findings : [];
    if (options.highlight) this.paint(visible, findings);
    else this.highlighter?.clear();
    return findings;
  }

  private paint(visible: VisibleText, findings: StoredFinding[]): void {
    if (!highlightApiAvailable()) return;
    this.highlighter ??= createHighlighter(this.doc);
    const ranges = [];
    for (const f of findings) {
      const at = domRangeFor(visible, f.start, f.end);
      if (!at) continue;
      ranges.push({
        severity: f.severity,
        range: new StaticRange({
          startContainer: at.startNode,
          startOffset: at.startOffset,
          endContainer: at.endNode,
          endOffset: at.endOffset,
        }),
      });
    }
    this.highlighter.paint(ranges);
  }
}
