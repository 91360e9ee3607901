import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_FINDING_KEYS, JSON_LINE_KEYS } from '../../src/cli/format';
import { collectFiles } from '../../src/cli/files';
import { runScan } from '../../src/cli/run-scan';
import { fakeAssess } from './fake-engine';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stemcheck-scan-'));
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(
    join(dir, 'ad.html'),
    '<html><head><title>100% safe title</title><script>var s="100% safe";</script></head>' +
      '<body><p>Our stem cell therapy is 100% safe.</p><p hidden>100% safe hidden</p>' +
      '<input value="100% safe typed"></body></html>',
  );
  writeFileSync(join(dir, 'sub', 'zh.txt'), '干细胞回输，治愈率高');
  writeFileSync(join(dir, 'sub', 'deeper', 'page.htm'), '<p>Beware clinics claiming 100% safe stem cell shots</p>');
  writeFileSync(join(dir, 'sub', 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
  writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x61, 0x64]));
  writeFileSync(join(dir, '.hidden', 'x.txt'), '100% safe');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runScan(argv, { assess: fakeAssess, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('collectFiles', () => {
  it('walks directories recursively, keeps html/htm/txt, skips dot-dirs, sorts', () => {
    const { files, errors } = collectFiles([dir]);
    expect(errors).toEqual([]);
    const rel = files.map((f) => f.slice(dir.length + 1));
    expect(rel).toEqual(['ad.html', 'binary.txt', 'latin1.txt', 'sub/deeper/page.htm', 'sub/zh.txt']);
  });
});

describe('runScan', () => {
  it('--json prints exactly one contract object per scanned file, errors go to stderr, exit 1', () => {
    const { code, out, err } = run([dir, join(dir, 'missing.html'), '--json']);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const obj = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(obj)).toEqual([...JSON_LINE_KEYS]);
      for (const f of obj.findings as object[]) expect(Object.keys(f)).toEqual([...JSON_FINDING_KEYS]);
      expect(['none', 'low', 'moderate', 'high']).toContain(obj.risk);
      expect(typeof obj.score).toBe('number');
    }
    const errLines = err.trim().split('\n');
    expect(errLines).toHaveLength(3);
    expect(err).toMatch(/missing\.html: no such file/);
    expect(err).toMatch(/binary\.txt: binary file/);
    expect(err).toMatch(/latin1\.txt: not valid UTF-8/);
  });

  it('reads only visible HTML text: no title, script, hidden or form-field text', () => {
    const { code, out } = run([join(dir, 'ad.html'), '--json']);
    expect(code).toBe(0);
    const obj = JSON.parse(out) as { findings: { quote: string; mention: boolean }[]; risk: string };
    expect(obj.findings).toHaveLength(1);
    expect(obj.findings[0]?.quote).toContain('is 100% safe');
    expect(obj.risk).toBe('moderate');
  });

  it('prints a human report by default', () => {
    const { code, out } = run([join(dir, 'sub')]);
    expect(code).toBe(0);
    expect(out).toContain('page.htm');
    expect(out).toContain('[mention');
    expect(out).toContain('2 files scanned');
  });

  it('returns 2 on usage errors', () => {
    expect(run(['--sensitivity', 'max', dir]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
});
