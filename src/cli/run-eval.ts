// The eval command without process globals (engine and streams injected).

import { readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, relative } from 'node:path';
import type { Sensitivity } from '../engine/types';
import { EVAL_USAGE, parseEvalArgs } from './args';
import { type EvalSummary, type PageResult, expectedOf, formatEvalReport, pageResult, parseLabels, summarize } from './evaluate';
import { loadText } from './files';
import type { CliDeps } from './run-scan';

export type EvalResult = { ok: true; summary: EvalSummary } | { ok: false; error: string };

/** Evaluates every labelled page of `dir`. Fails only when labels.json itself is unusable. */
export function evaluateDir(dir: string, sensitivity: Sensitivity, assess: CliDeps['assess']): EvalResult {
  let raw: string;
  try {
    raw = readFileSync(join(dir, 'labels.json'), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return { ok: false, error: `cannot read ${join(dir, 'labels.json')}: ${code === 'ENOENT' ? 'no such file' : String(e)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: `labels.json is not valid JSON: ${(e as Error).message}` };
  }
  const labels = parseLabels(data);
  if (!labels.ok) return { ok: false, error: labels.error };

  const pages: PageResult[] = [];
  const errors: EvalSummary['errors'] = [];
  const skipped: EvalSummary['skipped'] = [];
  for (const entry of labels.entries) {
    const expected = expectedOf(entry);
    if (!expected) {
      skipped.push({ file: entry.file, reason: `label "${entry.label}" / expect "${entry.expect ?? ''}" is neither positive nor negative` });
      continue;
    }
    const rel = normalize(entry.file);
    if (isAbsolute(rel) || relative('.', rel).startsWith('..')) {
      errors.push({ file: entry.file, error: 'path must stay inside the labelled directory' });
      continue;
    }
    const loaded = loadText(join(dir, rel));
    if (!loaded.ok) {
      errors.push({ file: entry.file, error: loaded.error });
      continue;
    }
    try {
      pages.push(pageResult(entry, expected, loaded.text, assess(loaded.text, { sensitivity })));
    } catch (e) {
      errors.push({ file: entry.file, error: `engine error: ${(e as Error)?.message ?? String(e)}` });
    }
  }
  return { ok: true, summary: summarize(dir, sensitivity, pages, errors, skipped) };
}

/** Runs `eval`; exit 0 whatever the metrics, 1 if some labelled file could not be read, 2 on bad input. */
export function runEval(argv: readonly string[], deps: CliDeps): number {
  const parsed = parseEvalArgs(argv);
  if (!parsed.ok) {
    deps.err(`eval: ${parsed.error}\n${EVAL_USAGE}\n`);
    return 2;
  }
  if (parsed.value.help) {
    deps.out(`${EVAL_USAGE}\n`);
    return 0;
  }
  const { dir, json, sensitivity } = parsed.value;
  const res = evaluateDir(dir, sensitivity, deps.assess);
  if (!res.ok) {
    deps.err(`eval: ${res.error}\n`);
    return 2;
  }
  const s = res.summary;
  for (const e of s.errors) deps.err(`eval: ${e.file}: ${e.error}\n`);
  if (json) deps.out(`${JSON.stringify(s)}\n`);
  else deps.out(formatEvalReport(s));
  if (s.pages.length === 0) {
    deps.err('eval: no labelled page could be evaluated\n');
    return 2;
  }
  return s.errors.length > 0 ? 1 : 0;
}
