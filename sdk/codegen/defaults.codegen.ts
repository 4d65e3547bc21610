// graphql-codegen, first step: the default operation of every Query and Mutation root field
// (sdk/codegen/plugins.ts `defaults`), which codegen.ts then types and persists.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { defaults } from './plugins.ts';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  pluginLoader: async (name: string) => (name === 'kanzlei-defaults' ? { plugin: defaults } : import(name)),
  generates: { 'sdk/operations/generated/defaults.graphql': { plugins: ['kanzlei-defaults'] } },
};

export default config;
