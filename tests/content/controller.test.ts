import { describe, expect, it } from 'vitest';
import { ContentController, parseFindings } from '../../src/content/controller';
import type { PaintItem, Painter } from '../../src/content/highlighter';
import { showFindingMessage } from '../../src/content/show-finding';
import type { ScanMessage } from '../../src/shared/messages';
import type { StoredFinding } from '../../src/shared/report';

class RecordingPainter implements Painter {
  paints: PaintItem[][] = [];
  cleared = 0;
  restores = 0;
  paint(items: readonly PaintItem[]): void {
    this.paints.push([...items]);
  }
  clear(): void {
    this.cleared++;
  }
  flash(): void {}
  guard(): void {}
}

/** A fake background: flags every "100% safe" and "cures autism" in the passages, like the engine would. */
function fakeBackground(sent: (ScanMessage | { type: 'reset' })[]) {
  return async (msg: ScanMessage | { type: 'reset' }): Promise<unknown> => {
    sent.push(msg);
    if (msg.type !== 'scan') return { ok: true };
    const findings: StoredFinding[] = [];
    for (const p of msg.passages) {
      for (const phrase of ['100% safe', 'cures autism']) {
        const i = p.text.indexOf(phrase);
        if (i >= 0) findings.push({ rule: 'x', family: 'absolute-safety', severity: 'high', quote: p.text.slice(0, 200), start: p.start + i, end: p.start + i + phrase.length, mention: false, lang: 'en' });
      }
    }
    return { findings };
  };
}

function page(html: string): void {
  const src = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  document.body.replaceChildren(...Array.from(src.childNodes).map((n) => document.importNode(n, true)));
}

function setup() {
  const sent: (ScanMessage | { type: 'reset' })[] = [];
  const painter = new RecordingPainter();
  const c = new ContentController(document, {
    send: fakeBackground(sent),
    painter: () => painter,
    alive: () => true,
    isVisible: () => true,
  });
  return { c, sent, painter };
}

const scans = (sent: (ScanMessage | { type: 'reset' })[]) => sent.filter((m): m is ScanMessage => m.type === 'scan');
const paintedText = (items: PaintItem[]) =>
  items.map((i) => (i.parts.startNode === i.parts.endNode ? i.parts.startNode.data.slice(i.parts.startOffset, i.parts.endOffset) : '…'));

describe('ContentController', () => {
  it('scans the page, sends small passages, and paints what the background returns', async () => {
    page('<h1>Stem cell clinic</h1><p>Our stem cell therapy is 100% safe.</p><textarea>stem cells cures autism</textarea><p>Other text.</p>');
    const { c, sent, painter } = setup();
    c.requestFull();
    await c.idle();
    const msg = scans(sent)[0]!;
    expect(msg.topic).toBe(true);
    expect(JSON.stringify(msg)).not.toMatch(/autism/); // the textarea is never read
    expect(msg.passages.every((p) => p.text.length <= 600)).toBe(true);
    expect(paintedText(painter.paints.at(-1)!)).toEqual(['100% safe']);
    expect(c.index.size).toBe(1);
  });

  it('an off-topic page sends no passages and paints nothing', async () => {
    page('<p>The garden committee met on Tuesday. It is 100% safe to cycle there.</p>');
    const { c, sent, painter } = setup();
    c.requestFull();
    await c.idle();
    expect(scans(sent)[0]).toMatchObject({ topic: false, passages: [] });
    expect(painter.paints).toEqual([]);
  });

  it('reads only what changed: an added post is scanned with fresh offsets, old ones are kept', async () => {
    page('<main id="feed"><p>Our stem cell therapy is 100% safe.</p></main>');
    const { c, sent, painter } = setup();
    c.requestFull();
    await c.idle();
    const first = scans(sent)[0]!;
    const post = document.createElement('p');
    post.textContent = 'New post: this treatment cures autism.';
    document.getElementById('feed')!.appendChild(post);
    c.requestRoots([post], false);
    await c.idle();
    const second = scans(sent)[1]!;
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.passages[0]).toEqual(first.passages[0]);
    expect(second.passages.at(-1)!.start).toBeGreaterThan(first.textLength);
    expect(paintedText(painter.paints.at(-1)!).sort()).toEqual(['100% safe', 'cures autism']);
  });

  it('a change with nothing new sends nothing', async () => {
    page('<p>Our stem cell therapy is 100% safe.</p>');
    const { c, sent } = setup();
    c.requestFull();
    await c.idle();
    const span = document.createElement('span');
    span.textContent = '12:01';
    document.body.appendChild(span);
    c.requestRoots([span], false);
    await c.idle();
    expect(scans(sent).length).toBe(1);
    expect(c.scans).toBe(2);
  });

  it('removed claims are dropped on the next scan', async () => {
    page('<p id="a">Our stem cell therapy is 100% safe.</p><p id="b">It cures autism.</p>');
    const { c, sent, painter } = setup();
    c.requestFull();
    await c.idle();
    document.getElementById('b')!.remove();
    c.requestRoots([], true);
    await c.idle();
    expect(JSON.stringify(scans(sent).at(-1))).not.toMatch(/autism/);
    expect(paintedText(painter.paints.at(-1)!)).toEqual(['100% safe']);
  });

  it('highlighting off clears; on repaints; reset tells the background and rescans', async () => {
    page('<p>Our stem cell therapy is 100% safe.</p>');
    const { c, sent, painter } = setup();
    c.requestFull();
    await c.idle();
    c.setHighlight(false);
    expect(painter.cleared).toBeGreaterThan(0);
    expect(c.index.size).toBe(0);
    // "show on page" still finds the claim with highlights off.
    const f = (scans(sent)[0]!.passages[0]!.text.indexOf('100% safe'));
    expect(f).toBeGreaterThanOrEqual(0);
    c.setHighlight(true);
    expect(c.index.size).toBe(1);
    await c.reset(true);
    await c.idle();
    expect(sent.some((m) => m.type === 'reset')).toBe(true);
    expect(scans(sent).length).toBe(2);
  });

  it('survives DOM clobbering of document.body', async () => {
    page('<form name="body"><input name="lastChild"></form><p>Our stem cell therapy is 100% safe.</p>');
    const { c, painter } = setup();
    c.requestFull();
    await c.idle();
    expect(paintedText(painter.paints.at(-1)!)).toEqual(['100% safe']);
  });
});

describe('parseFindings', () => {
  it('keeps valid claims only', () => {
    const ok = { rule: 'r', family: 'f', severity: 'high', quote: 'q', start: 1, end: 2, mention: false, lang: 'en' };
    expect(parseFindings({ findings: [ok, { ...ok, mention: true }, { ...ok, start: -1 }, '<img>', null] })).toEqual([ok]);
    expect(parseFindings(null)).toEqual([]);
    expect(parseFindings({ findings: 'x' })).toEqual([]);
  });
});

describe('show-finding message', () => {
  it('is parsed strictly', () => {
    expect(showFindingMessage.safeParse({ type: 'show-finding', start: 1, end: 5 }).success).toBe(true);
    expect(showFindingMessage.safeParse({ type: 'show-finding', start: 1, end: 5, extra: 1 }).success).toBe(false);
    expect(showFindingMessage.safeParse({ type: 'show-finding', start: -1, end: 5 }).success).toBe(false);
    expect(showFindingMessage.safeParse({ type: 'show-finding', start: '1', end: 5 }).success).toBe(false);
  });
});
