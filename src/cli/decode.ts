// Turning file bytes into text: binary detection, strict UTF-8, and declared legacy charsets (GBK/Big5 pages).

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const SNIFF_BYTES = 8192;

/** Declared charset of an HTML document (<meta charset> or http-equiv content-type), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The declaration must be in the first 1024 bytes (HTML spec); we look a little further to be lenient.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]{0,300}?charset\s*=["'\s]*([\w:.-]{1,40})/i.exec(head);
  return m ? (m[1] as string).toLowerCase() : null;
}

/** True when the bytes look like binary data rather than text: a NUL byte or many control bytes early on. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // C0 controls other than tab, LF, FF, CR, ESC.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes file bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; an HTML file
 * that declares another charset (gbk, gb2312, big5, shift_jis, windows-1252…) is decoded with it when it is
 * not valid UTF-8. Anything else is reported as binary or invalid text.
 */
export function decodeText(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = decodeWith(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    return text === null ? { ok: false, error: 'invalid UTF-16 text' } : { ok: true, text: text.replace(/^\uFEFF/, '') };
  }
  if (looksBinary(bytes)) return { ok: false, error: 'binary file (NUL or control bytes), not text' };
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8.replace(/^\uFEFF/, '') };
  if (opts.html) {
    const cs = declaredCharset(bytes);
    if (cs && cs !== 'utf-8' && cs !== 'utf8') {
      // decodeWith returns null for unknown labels as well as for undecodable bytes.
      const text = decodeWith(cs, bytes);
      if (text !== null) return { ok: true, text };
      return { ok: false, error: `cannot decode as declared charset "${cs}"` };
    }
  }
  return { ok: false, error: 'not valid UTF-8 text (binary or unknown encoding)' };
}
