// graphql-codegen: the SDK's types and typed documents from the committed schema and the SDK's
// operations (sdk/operations/**: the generated default operations of every root field, and any
// hand-written ones). `npm run sdk:generate` first writes sdk/operations/generated/defaults.graphql
// (sdk/codegen/defaults.codegen.ts), then this; `npm run sdk:check` fails when either is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { sdk } from './sdk/codegen/plugins.ts';

const scalars = { Decimal: 'string', Date: 'string', DateTime: 'string', ID: 'string' };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // ESM output for Node: relative imports with ".js".
  emitLegacyCommonJSImports: false,
  // The local plugin (sdk/codegen/plugins.ts) is passed as a module, not looked up by package name.
  pluginLoader: async (name: string) => (name === 'kanzlei-sdk' ? { plugin: sdk } : import(name)),
  generates: {
    'sdk/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars,
        strictScalars: true,
      },
    },
    // Every enum and input type (the typescript plugin), then the SDK's result and selection types,
    // method signatures and schema table (the local plugin).
    'sdk/src/generated/schema.ts': {
      plugins: ['typescript', 'kanzlei-sdk'],
      config: { onlyOperationTypes: true, enumsAsTypes: true, useTypeImports: true, scalars, strictScalars: true, avoidOptionals: false },
    },
  },
};

export default config;
