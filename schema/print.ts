import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { schema } from './index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/** The schema as SDL in a stable order (types and fields sorted). */
export const schemaText = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
