// Argument parsing for the scan and eval CLIs. Pure: no process access, so it is unit-tested directly.

import type { Sensitivity } from '../engine/types';

export interface ScanArgs {
  paths: string[];
  json: boolean;
  sensitivity: Sensitivity;
  help: boolean;
}

export interface EvalArgs {
  dir: string;
  json: boolean;
  sensitivity: Sensitivity;
  help: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high'];

export const SCAN_USAGE =
  'usage: npm run scan -- <file|dir> [more files or dirs...] [--json] [--sensitivity low|normal|high]\n' +
  '  Scans .html/.htm (visible text only) and .txt files; directories are searched recursively.\n' +
  '  --json  one JSON object per line per file: {file, risk, score, findings, trialIds}';

export const EVAL_USAGE =
  'usage: npm run eval -- <dir containing labels.json> [--json] [--sensitivity low|normal|high]\n' +
  '  labels.json: [{"file": "...", "label": "...", "expect"?: "...", "why"?: "..."}]';

interface Common {
  positional: string[];
  json: boolean;
  sensitivity: Sensitivity;
  help: boolean;
}

function parseCommon(argv: readonly string[]): Parsed<Common> {
  const out: Common = { positional: [], json: false, sensitivity: 'normal', help: false };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
    } else if (arg === '--json') {
      out.json = true;
    } else if (arg === '-h' || arg === '--help') {
      out.help = true;
    } else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      let value: string | undefined;
      if (arg.includes('=')) value = arg.slice(arg.indexOf('=') + 1);
      else value = argv[++i];
      if (value === undefined) return { ok: false, error: '--sensitivity needs a value: low, normal or high' };
      if (!(SENSITIVITIES as readonly string[]).includes(value)) {
        return { ok: false, error: `invalid --sensitivity "${value}": use low, normal or high` };
      }
      out.sensitivity = value as Sensitivity;
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }
  return { ok: true, value: out };
}

export function parseScanArgs(argv: readonly string[]): Parsed<ScanArgs> {
  const c = parseCommon(argv);
  if (!c.ok) return c;
  const { positional, json, sensitivity, help } = c.value;
  if (!help && positional.length === 0) return { ok: false, error: 'no files or directories given' };
  return { ok: true, value: { paths: positional, json, sensitivity, help } };
}

export function parseEvalArgs(argv: readonly string[]): Parsed<EvalArgs> {
  const c = parseCommon(argv);
  if (!c.ok) return c;
  const { positional, json, sensitivity, help } = c.value;
  if (!help && positional.length !== 1) return { ok: false, error: 'give exactly one directory containing labels.json' };
  return { ok: true, value: { dir: positional[0] ?? '', json, sensitivity, help } };
}
