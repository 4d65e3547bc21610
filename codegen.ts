// graphql-codegen: the SDK's types and typed documents from the committed schema and the SDK's
// own operations. `npm run sdk:generate` writes them; `npm run sdk:check` fails when stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // ESM output for Node: relative imports with ".js".
  emitLegacyCommonJSImports: false,
  generates: {
    'sdk/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { Decimal: 'string', Date: 'string', DateTime: 'string', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
