// Prisma's schema engine compiled to WebAssembly, used at development time to compute new
// migrations. The native engine the Prisma CLI wants cannot be downloaded on these machines.
// The package is built for bundlers (it imports a .wasm file), so we instantiate it by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

let loaded = false;

export async function loadSchemaEngine(): Promise<typeof bg.SchemaEngine> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    loaded = true;
  }
  return bg.SchemaEngine;
}
