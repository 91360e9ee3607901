import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BOXES, OverlayPainter } from '../../src/content/overlay';
import { UiLayer } from '../../src/content/ui-layer';

describe('OverlayPainter (no Highlight API)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws boxes over each claim line in its own layer and never touches the page text', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Our stem cell therapy is 100% safe with no side effects.';
    document.body.appendChild(p);
    const before = document.body.textContent;
    const childCount = document.body.childNodes.length;
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(10, 20, 80, 16), new DOMRect(0, 40, 30, 16)] as unknown as DOMRectList);
    const layer = new UiLayer(document);
    const painter = new OverlayPainter(document, layer);
    const text = p.firstChild as Text;
    painter.paint([{ severity: 'high', parts: { startNode: text, startOffset: 25, endNode: text, endOffset: 34 } }]);
    // The page's own DOM is unchanged (our layer hangs off <html>, outside <body>).
    expect(document.body.textContent).toBe(before);
    expect(document.body.childNodes.length).toBe(childCount);
    expect(p.childNodes.length).toBe(1);
    expect(layer.hostElement?.parentNode).toBe(document.documentElement);
    painter.clear();
  });

  it('caps the number of boxes', () => {
    const t = document.createTextNode('x'.repeat(100));
    document.body.replaceChildren(t);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(Array.from({ length: 50 }, (_, i) => new DOMRect(0, i * 10, 10, 10)) as unknown as DOMRectList);
    const layer = new UiLayer(document);
    const painter = new OverlayPainter(document, layer);
    const items = Array.from({ length: 40 }, () => ({ severity: 'low' as const, parts: { startNode: t, startOffset: 0, endNode: t, endOffset: 5 } }));
    painter.paint(items);
    // 40 claims × 50 line boxes would be 2000 elements; the cap holds.
    expect((painter as unknown as { boxes: unknown[] }).boxes.length).toBe(MAX_BOXES);
  });
});
