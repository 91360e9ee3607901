// The CLI's only door to the engine, so the rest of src/cli can be tested with a fake engine.

import { assessText, getRule } from '../engine/index';
import type { CliDeps } from './run-scan';

export function engineDeps(): Pick<CliDeps, 'assess' | 'explain'> {
  return {
    assess: (text, opts) => assessText(text, opts),
    explain: (id) => {
      try {
        return getRule(id)?.explanation?.en;
      } catch {
        return undefined;
      }
    },
  };
}
