// How `npm start` and the CLI scripts run the TypeScript sources without a build step or tsx: Node
// strips the types itself (--experimental-strip-types; unflagged from Node 22.18, the flag keeps
// 22.15–22.17 working), and this hook maps an import written as `./x.js` (TypeScript's NodeNext
// convention, which tsc checks) to `./x.ts` when that file exists. Synchronous and in-thread
// (module.registerHooks, Node 22.15+). Loading the server this way took 2.0–2.2 s of CPU against
// 3.1–3.3 s with tsx's loader (AMD EPYC, 2 cores; BENCHMARKS.md, "Process start"): the tests start
// dozens of processes.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL;
    if (specifier.endsWith('.js') && (specifier.startsWith('./') || specifier.startsWith('../')) && parent?.startsWith('file:') && !parent.includes('/node_modules/')) {
      const ts = new URL(`${specifier.slice(0, -3)}.ts`, parent);
      if (existsSync(fileURLToPath(ts))) return nextResolve(ts.href, context);
    }
    return nextResolve(specifier, context);
  },
});
