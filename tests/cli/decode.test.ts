import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, looksBinary } from '../../src/cli/decode';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(enc('\uFEFF干细胞 stem cells'))).toEqual({ ok: true, text: '干细胞 stem cells' });
  });
  it('rejects NUL bytes and control-heavy data as binary', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).ok).toBe(false);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))))).toBe(true);
    expect(looksBinary(enc('plain\ttext\r\n'))).toBe(false);
  });
  it('rejects invalid UTF-8 without a declared charset', () => {
    const r = decodeText(new Uint8Array([0x68, 0x69, 0xff, 0xfe, 0xc3, 0x28]).subarray(0, 6).slice(0));
    // 0xff 0xfe at offset 2 is not a BOM; the sequence is invalid UTF-8.
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/UTF-8/);
  });
  it('decodes UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x72, 0x5e]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'a\u5e72' });
  });
  it('uses the declared charset of a legacy-encoded HTML page (GBK)', () => {
    // "<meta charset=gbk>干细胞" with 干细胞 in GBK: b8 c9 cf b8 b0 fb
    const head = enc('<html><head><meta charset="gbk"></head><body>');
    const bytes = new Uint8Array([...head, 0xb8, 0xc9, 0xcf, 0xb8, 0xb0, 0xfb]);
    expect(declaredCharset(bytes)).toBe('gbk');
    const r = decodeText(bytes, { html: true });
    expect(r.ok && r.text.endsWith('干细胞')).toBe(true);
    expect(decodeText(bytes).ok).toBe(false); // not HTML: no charset sniffing
  });
});
