/**
 * Static checks on the background sources: MV3 may stop the worker at any moment, so it keeps no timers
 * (a pending timer dies with the worker) and registers every listener at the top level of startBackground
 * (synchronously, before any await).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../src/background');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(path.join(DIR, f), 'utf8') }));

describe('background sources', () => {
  it.each(sources.map((s) => [s.file, s.text]))('%s uses no timers or alarms', (_file, text) => {
    expect(text).not.toMatch(/\bset(?:Timeout|Interval)\s*\(|\balarms\./);
  });

  it('startBackground registers its listeners before any await', () => {
    const index = sources.find((s) => s.file === 'index.ts')?.text ?? '';
    const body = index.slice(index.indexOf('export function startBackground'));
    expect(body).not.toMatch(/^export async function/);
    const beforeListeners = body.slice(0, body.lastIndexOf('.addListener('));
    expect(beforeListeners.split('\n').filter((line) => line.trimStart().startsWith('await '))).toEqual([]);
    for (const event of ['runtime.onMessage', 'tabs.onRemoved', 'tabs.onUpdated', 'tabs.onReplaced']) expect(body).toContain(event);
  });
});
