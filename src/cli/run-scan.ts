// The scan command without process globals: engine and output streams are injected, so tests run it in-process.

import type { Assessment, Sensitivity } from '../engine/types';
import { SCAN_USAGE, parseScanArgs } from './args';
import { collectFiles, loadText } from './files';
import { formatHuman, formatJsonLine } from './format';

export type AssessFn = (text: string, opts: { sensitivity: Sensitivity }) => Assessment;

export interface CliDeps {
  assess: AssessFn;
  /** Short explanation of a rule for the human report. */
  explain?: (ruleId: string) => string | undefined;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs `scan` and returns the exit code: 0 when every file was scanned, 1 if any failed, 2 on bad usage. */
export function runScan(argv: readonly string[], deps: CliDeps): number {
  const parsed = parseScanArgs(argv);
  if (!parsed.ok) {
    deps.err(`scan: ${parsed.error}\n${SCAN_USAGE}\n`);
    return 2;
  }
  const args = parsed.value;
  if (args.help) {
    deps.out(`${SCAN_USAGE}\n`);
    return 0;
  }
  const { files, errors } = collectFiles(args.paths);
  let failed = errors.length;
  for (const e of errors) deps.err(`scan: ${e.file}: ${e.error}\n`);
  if (files.length === 0 && errors.length === 0) deps.err('scan: no .html, .htm or .txt files found\n');
  let n = 0;
  for (const file of files) {
    const loaded = loadText(file);
    if (!loaded.ok) {
      failed++;
      deps.err(`scan: ${file}: ${loaded.error}\n`);
      continue;
    }
    let a: Assessment;
    try {
      a = deps.assess(loaded.text, { sensitivity: args.sensitivity });
    } catch (e) {
      failed++;
      deps.err(`scan: ${file}: engine error: ${(e as Error)?.message ?? String(e)}\n`);
      continue;
    }
    if (args.json) {
      deps.out(`${formatJsonLine(file, a)}\n`);
    } else {
      deps.out(`${n > 0 ? '\n' : ''}${formatHuman(file, a, { explain: deps.explain, truncated: loaded.truncated })}`);
    }
    n++;
  }
  if (!args.json && files.length > 1) {
    deps.out(`\n${n} file${n === 1 ? '' : 's'} scanned${failed > 0 ? `, ${failed} failed` : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}
