// Worker thread for pgliteAbzug.ts (see there why): receives the data folder's image, answers
// with the dump. Plain JavaScript, so that it starts the same under tsx, vitest and node. Where
// Node strips types itself (22.18+, or 22.15+ started with --experimental-strip-types as
// `npm start` is), the worker only needs our `.js` → `.ts` mapping (hooks are per thread); else it
// registers tsx. tsx's loader cost the worker 0.8 s of CPU to start, the mapping 0.2–0.3 s.
import { parentPort, workerData } from 'node:worker_threads';

if (process.features.typescript) await import('../resolveTs.mjs');
else (await import('tsx/esm/api')).register();
const { abzugAusAbbild } = await import('./pgliteAbzug.ts');
try {
  parentPort.postMessage({ ok: await abzugAusAbbild(new Blob([workerData.abbild])) });
} catch (error) {
  parentPort.postMessage({ fehler: error instanceof Error ? error.message : String(error) });
}
