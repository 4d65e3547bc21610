// Builds the SDK twice from src/: ESM into <out> (tsconfig.json) and CommonJS into <out>/cjs
// (tsconfig.cjs.json), the latter marked {"type":"commonjs"}. `node sdk/build.mjs [out]`,
// out defaults to sdk/dist; the folder is emptied first so no stale file survives.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const sdk = new URL('.', import.meta.url).pathname;
const out = resolve(process.argv[2] ?? join(sdk, 'dist'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const build = (tsconfig, outDir) => execFileSync(process.execPath, [tsc, '-p', join(sdk, tsconfig), '--outDir', outDir], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
build('tsconfig.json', out);
build('tsconfig.cjs.json', join(out, 'cjs'));
mkdirSync(join(out, 'cjs'), { recursive: true });
writeFileSync(join(out, 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
