/**
 * Build-time Vite plugin. zod 4 probes whether `new Function` works and, if it does, compiles object
 * parsers with it. Extension pages forbid eval by CSP anyway, so that path can never run here; but its
 * presence in the bundle is what store reviewers and addons-linter flag (DANGEROUS_EVAL). We take the
 * `Function` constructor out of zod's two modules: the probe then fails closed and zod uses its plain
 * interpreter, which is what it would do in the browser regardless.
 */
import type { Plugin } from 'vite';

const ZOD_EVAL_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](?:util|doc)\.js$/;

export function zodWithoutEval(): Plugin {
  return {
    name: 'stemcheck:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_EVAL_MODULES.test(id)) return null;
      const patched = code.replaceAll('const F = Function;', 'const F = undefined;');
      if (patched === code) this.error(`zod changed: no Function constructor found in ${id}; review this plugin`);
      return { code: patched, map: null };
    },
  };
}
