// Finding and reading the files the CLI scans.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeText } from './decode';
import { htmlToVisibleText } from './html';

export const HTML_EXTS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
export const TEXT_EXTS: ReadonlySet<string> = new Set(['.txt']);

export function isScannable(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return HTML_EXTS.has(ext) || TEXT_EXTS.has(ext);
}

export interface InputError {
  file: string;
  error: string;
}

function errMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err?.message ?? String(e);
}

/**
 * Expands the given paths into a sorted list of scannable files. Directories are walked recursively
 * (iteratively; dot-directories and node_modules are skipped); a file given explicitly is scanned whatever its
 * extension (read as HTML when it ends in .htm/.html, else as text).
 */
export function collectFiles(paths: readonly string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({ file: p, error: errMessage(e) });
      continue;
    }
    if (!st.isDirectory()) {
      files.push(p);
      continue;
    }
    const found: string[] = [];
    const dirs = [p];
    while (dirs.length > 0) {
      const dir = dirs.pop() as string;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        errors.push({ file: dir, error: `cannot read directory: ${errMessage(e)}` });
        continue;
      }
      for (const ent of entries) {
        if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
        const full = join(dir, ent.name);
        if (ent.isDirectory()) dirs.push(full);
        else if ((ent.isFile() || ent.isSymbolicLink()) && isScannable(full)) found.push(full);
      }
    }
    found.sort();
    files.push(...found);
  }
  return { files, errors };
}

export type LoadedText = { ok: true; text: string; kind: 'html' | 'text'; truncated: boolean } | { ok: false; error: string };

/** Reads one file and returns its visible text (HTML) or its contents (anything else). */
export function loadText(path: string): LoadedText {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: 'is a directory' };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: errMessage(e) };
  }
  const html = HTML_EXTS.has(extname(path).toLowerCase());
  const decoded = decodeText(bytes, { html });
  if (!decoded.ok) return decoded;
  if (!html) return { ok: true, text: decoded.text, kind: 'text', truncated: false };
  try {
    const vt = htmlToVisibleText(decoded.text);
    return { ok: true, text: vt.text, kind: 'html', truncated: vt.truncated };
  } catch (e) {
    return { ok: false, error: `cannot parse HTML: ${errMessage(e)}` };
  }
}
