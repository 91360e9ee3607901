import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter, HighlightStyles, MAX_RESTORES, RESTORE_GAP_MS, randomName } from '../../src/content/highlighter';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<unknown> {
  priority = 0;
}
class FakeStaticRange {
  constructor(readonly init: unknown) {}
}

describe('HighlightPainter', () => {
  let registry: Map<string, unknown>;
  let sets: number;

  beforeEach(() => {
    registry = new Map();
    sets = 0;
    const highlights = {
      get: (k: string) => registry.get(k),
      set: (k: string, v: unknown) => {
        sets++;
        registry.set(k, v);
      },
      delete: (k: string) => registry.delete(k),
      clear: () => registry.clear(),
    };
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const parts = () => {
    const t = document.createTextNode('Our therapy is 100% safe.');
    return { startNode: t, startOffset: 0, endNode: t, endOffset: 5 };
  };

  it('uses random names that do not reveal the extension', () => {
    const names = new Set(Array.from({ length: 50 }, randomName));
    expect(names.size).toBe(50);
    for (const n of names) expect(n).toMatch(/^h[0-9a-f]{12}$/);
  });

  it('adopts one stylesheet with a ::highlight rule per name, and re-adopts it only if the page dropped it', () => {
    const styles = new HighlightStyles(document);
    expect(document.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(styles.adopt()).toBe(false);
    document.adoptedStyleSheets = [];
    expect(styles.adopted).toBe(false);
    expect(styles.adopt()).toBe(true);
  });

  it('registers each highlight once, and later paints only swap ranges', () => {
    const p = new HighlightPainter(new HighlightStyles(document));
    p.paint([{ severity: 'high', parts: parts() }]);
    expect(sets).toBe(3);
    p.paint([{ severity: 'low', parts: parts() }, { severity: 'high', parts: parts() }]);
    p.paint([{ severity: 'medium', parts: parts() }]);
    expect(sets).toBe(3);
    let ranges = 0;
    for (const h of registry.values()) ranges += (h as FakeHighlight).size;
    expect(ranges).toBe(1);
  });

  it('a page clearing the registry in a loop gets a bounded number of cheap restores', () => {
    vi.useFakeTimers();
    const p = new HighlightPainter(new HighlightStyles(document));
    p.paint([{ severity: 'high', parts: parts() }]);
    // The page clears every 5 ms for a long time; we look every 100 ms.
    for (let t = 0; t < 120_000; t += 5) {
      registry.clear();
      if (t % 100 === 0) p.guard();
      vi.advanceTimersByTime(5);
    }
    expect(p.restores).toBe(MAX_RESTORES);
    expect(sets).toBeLessThanOrEqual(3 + 3 * MAX_RESTORES);
  });

  it('restores at most once per gap', () => {
    vi.useFakeTimers();
    const p = new HighlightPainter(new HighlightStyles(document));
    p.paint([{ severity: 'high', parts: parts() }]);
    for (let i = 0; i < 10; i++) {
      registry.clear();
      p.guard();
    }
    expect(p.restores).toBe(1);
    vi.advanceTimersByTime(RESTORE_GAP_MS + 1);
    registry.clear();
    p.guard();
    expect(p.restores).toBe(2);
  });

  it('flashes a range with its own highlight, removed after a moment', () => {
    vi.useFakeTimers();
    const p = new HighlightPainter(new HighlightStyles(document));
    p.flash(parts());
    expect(registry.size).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(registry.size).toBe(0);
  });
});
