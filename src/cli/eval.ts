// `npm run eval -- <dir with labels.json> [--json] [--sensitivity low|normal|high]`

import { engineDeps } from './engine';
import { runEval } from './run-eval';

const code = runEval(process.argv.slice(2), {
  ...engineDeps(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
process.exitCode = code;
