import { describe, expect, it } from 'vitest';
import { FAMILIES, RULES } from '../../src/engine';
import { HitIndex, type PaintedFinding } from '../../src/content/hover';
import { Tooltip, tooltipContent } from '../../src/content/tooltip';
import { UiLayer } from '../../src/content/ui-layer';
import type { StoredFinding } from '../../src/shared/report';

const rule = RULES[0]!;
const finding = (over: Partial<StoredFinding> = {}): StoredFinding => ({
  rule: rule.id,
  family: rule.family,
  severity: 'high',
  quote: 'q',
  start: 0,
  end: 4,
  mention: false,
  lang: 'en',
  ...over,
});

describe('tooltipContent', () => {
  it('says what the red flag is, why it matters and what to verify, in English and Chinese', () => {
    const en = tooltipContent(finding(), 'en');
    expect(en.title).toBe(FAMILIES.find((f) => f.id === rule.family)?.label.en);
    expect(en.why).toBe(rule.explanation.en);
    expect(en.verify).toBe(rule.verify.en);
    expect(en.source).toBe(rule.source.name);
    const zh = tooltipContent(finding(), 'zh');
    expect(zh.why).toBe(rule.explanation.zh);
    expect(zh.labels.why).toMatch(/[\u4e00-\u9fff]/);
  });

  it('falls back to the family id for an unknown rule', () => {
    expect(tooltipContent(finding({ rule: 'nope', family: 'weird' }), 'en').title).toBe('weird');
  });
});

describe('Tooltip', () => {
  it('renders as text only, in a closed shadow root outside the page body', () => {
    const layer = new UiLayer(document);
    const tip = new Tooltip(document, layer);
    const hostile = '<img src=x onerror="window.pwned=1">';
    tip.show('k', finding({ rule: 'nope', family: hostile }), 'en', new DOMRect(10, 10, 50, 16));
    const host = layer.hostElement!;
    expect(host.parentNode).toBe(document.documentElement);
    // Closed: the page cannot reach in.
    expect(host.shadowRoot).toBeNull();
    expect(document.body.contains(host)).toBe(false);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    tip.hide();
    expect(tip.visibleFor).toBeNull();
  });
});

describe('HitIndex', () => {
  it('finds the claim under a caret position, across nodes, highest severity first', () => {
    const a = document.createTextNode('Our therapy is ');
    const b = document.createTextNode('100% safe today');
    const p = document.createElement('p');
    p.append(a, b);
    document.body.replaceChildren(p);
    const low: PaintedFinding = { finding: finding({ severity: 'low', start: 4, end: 20 }), parts: { startNode: a, startOffset: 4, endNode: b, endOffset: 4 }, nodes: [a, b] };
    const high: PaintedFinding = { finding: finding({ severity: 'high', start: 15, end: 24 }), parts: { startNode: b, startOffset: 0, endNode: b, endOffset: 9 }, nodes: [b] };
    const idx = new HitIndex();
    idx.set([low, high]);
    expect(idx.at(a, 2)).toEqual([]);
    expect(idx.at(a, 6)).toEqual([low]);
    expect(idx.at(b, 2)).toEqual([high, low]);
    expect(idx.at(b, 12)).toEqual([]);
    expect(idx.inside(p)).toBe(low);
    expect(idx.find(15, 24)).toBe(high);
    expect(idx.find(1, 2)).toBeNull();
  });
});
