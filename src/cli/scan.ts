// `npm run scan -- <file|dir|...> [--json] [--sensitivity low|normal|high]`

import { engineDeps } from './engine';
import { runScan } from './run-scan';

const code = runScan(process.argv.slice(2), {
  ...engineDeps(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
process.exitCode = code;
