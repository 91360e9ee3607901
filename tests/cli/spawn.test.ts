// End-to-end: the real CLI entry points run under tsx as separate processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_FINDING_KEYS, JSON_LINE_KEYS, JSON_TRIAL_KEYS } from '../../src/cli/format';

// Vitest runs from the repository root (import.meta.url is not a file: URL under happy-dom).
const ROOT = process.cwd();
const hasEngine = existsSync(join(ROOT, 'src/engine/index.ts'));

function cli(script: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe.skipIf(!hasEngine)('CLI processes', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stemcheck-spawn-'));
    writeFileSync(
      join(dir, 'ad.html'),
      '<html><body><h1>Stem cell therapy for autism, MS and anti-aging</h1><p>Our treatment is 100% safe with no side effects. ' +
        'Packages from $15,000. Book your free consultation today! Study NCT01234567.</p></body></html>',
    );
    writeFileSync(join(dir, 'ham.txt'), 'Cured ham is 100% safe to store at room temperature.');
    writeFileSync(join(dir, 'blob.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 255]));
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify([
        { file: 'ad.html', label: 'promotional' },
        { file: 'ham.txt', label: 'off-topic', expect: 'none' },
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scan --json prints one contract line per readable file and fails only for the binary file', () => {
    const r = cli('scan.ts', [dir, '--json']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const obj = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(obj)).toEqual([...JSON_LINE_KEYS]);
      for (const f of obj.findings as object[]) expect(Object.keys(f)).toEqual([...JSON_FINDING_KEYS]);
      for (const t of obj.trialIds as object[]) expect(Object.keys(t)).toEqual([...JSON_TRIAL_KEYS]);
    }
    const ad = JSON.parse(lines[0] as string) as { file: string; risk: string; trialIds: { id: string }[] };
    expect(ad.file.endsWith('ad.html')).toBe(true);
    expect(['moderate', 'high']).toContain(ad.risk);
    expect(ad.trialIds.map((t) => t.id)).toContain('NCT01234567');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/blob\.txt: binary/);
  }, 60_000);

  it('scan without --json prints the human report; eval exits 0 whatever the metrics', () => {
    const r = cli('scan.ts', [join(dir, 'ham.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ham.txt');
    const e = cli('eval.ts', [dir, '--json']);
    expect(e.status).toBe(0);
    const s = JSON.parse(e.stdout) as { overall: { n: number } };
    expect(s.overall.n).toBe(2);
    expect(cli('eval.ts', [join(dir, 'nope')]).status).toBe(2);
  }, 60_000);
});
