// Worker thread for pgliteAbzug.ts (see there why): receives the data folder's image, answers
// with the dump. Plain JavaScript, so that it starts the same under tsx, vitest and node: it
// registers tsx itself to load the TypeScript module.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { abzugAusAbbild } = await import('./pgliteAbzug.ts');
try {
  parentPort.postMessage({ ok: await abzugAusAbbild(new Blob([workerData.abbild])) });
} catch (error) {
  parentPort.postMessage({ fehler: error instanceof Error ? error.message : String(error) });
}
