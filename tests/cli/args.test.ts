import { describe, expect, it } from 'vitest';
import { parseEvalArgs, parseScanArgs } from '../../src/cli/args';

describe('parseScanArgs', () => {
  it('parses paths, --json and --sensitivity in any order', () => {
    const r = parseScanArgs(['a.html', '--json', 'dir', '--sensitivity', 'high']);
    expect(r).toEqual({ ok: true, value: { paths: ['a.html', 'dir'], json: true, sensitivity: 'high', help: false } });
    const r2 = parseScanArgs(['--sensitivity=low', 'x.txt']);
    expect(r2.ok && r2.value.sensitivity).toBe('low');
  });
  it('defaults to normal sensitivity and human output', () => {
    const r = parseScanArgs(['x.txt']);
    expect(r.ok && r.value).toMatchObject({ json: false, sensitivity: 'normal' });
  });
  it('rejects bad options and missing paths', () => {
    expect(parseScanArgs([]).ok).toBe(false);
    expect(parseScanArgs(['--sensitivity', 'extreme', 'a']).ok).toBe(false);
    expect(parseScanArgs(['a', '--sensitivity']).ok).toBe(false);
    expect(parseScanArgs(['--frobnicate', 'a']).ok).toBe(false);
  });
  it('treats everything after -- as paths and accepts --help alone', () => {
    const r = parseScanArgs(['--', '--json']);
    expect(r.ok && r.value.paths).toEqual(['--json']);
    expect(r.ok && r.value.json).toBe(false);
    expect(parseScanArgs(['--help'])).toMatchObject({ ok: true, value: { help: true } });
  });
});

describe('parseEvalArgs', () => {
  it('needs exactly one directory', () => {
    expect(parseEvalArgs(['d', '--json'])).toEqual({ ok: true, value: { dir: 'd', json: true, sensitivity: 'normal', help: false } });
    expect(parseEvalArgs([]).ok).toBe(false);
    expect(parseEvalArgs(['a', 'b']).ok).toBe(false);
  });
});
