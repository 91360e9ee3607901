// Seed expectations from ../shared/seeds/labels.json (acceptance criteria of issue 3).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessPassages, assessText, extractPassages } from '../../src/engine/index';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const present = fs.existsSync(path.join(SEEDS, 'labels.json'));
if (!present) console.warn(`[engine seeds] ${SEEDS} not found: seed tests skipped`);

interface Label {
  file: string;
  label: string;
  expect: string;
}
const labels: Label[] = present ? (JSON.parse(fs.readFileSync(path.join(SEEDS, 'labels.json'), 'utf8')) as Label[]) : [];
const read = (f: string): string => fs.readFileSync(path.join(SEEDS, f), 'utf8');

describe.skipIf(!present)('seed documents', () => {
  it.each(labels.map((l) => [l.file, l] as const))('%s meets its label', (_f, l) => {
    const a = assessText(read(l.file));
    expect(a.topic).toBe(true);
    if (l.expect.startsWith('moderate')) expect(['moderate', 'high']).toContain(a.risk);
    else expect(['none', 'low']).toContain(a.risk);
  });

  it('000: the quoted "100% safe", "no side effects" and "cures" are mentions', () => {
    const f = labels.find((l) => l.file.startsWith('000_'));
    expect(f).toBeDefined();
    const text = read(f!.file);
    const a = assessText(text);
    for (const phrase of ['100% safe', 'no side effects', 'cures']) {
      const hits = a.findings.filter((x) => text.slice(x.start, x.end).toLowerCase() === phrase);
      expect(hits.length, phrase).toBeGreaterThan(0);
      for (const h of hits) expect(h.mention, phrase).toBe(true);
    }
  });

  it('001: selling signals are present and the score is traceable', () => {
    const f = labels.find((l) => l.file.startsWith('001_'));
    const a = assessText(read(f!.file));
    const ids = a.signals.map((s) => s.id);
    expect(ids).toContain('commercial-intent');
    expect(a.findings.some((x) => x.family === 'pricing' && !x.mention)).toBe(true);
  });

  it.each(labels.map((l) => [l.file] as const))('%s: assessText equals assessPassages(extractPassages)', (file) => {
    const text = read(file);
    expect(assessPassages(extractPassages(text).passages)).toEqual(assessText(text));
  });

  it.each(labels.map((l) => [l.file] as const))('%s: findings point at their text', (file) => {
    const text = read(file);
    for (const f of assessText(text).findings) {
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.quote.length).toBeLessThanOrEqual(200);
      const phrase = text.slice(f.start, f.end).replace(/\s+/g, ' ');
      expect(f.quote.replace(/\s+/g, ' ').toLowerCase()).toContain(phrase.toLowerCase().slice(0, 20));
    }
  });
});
