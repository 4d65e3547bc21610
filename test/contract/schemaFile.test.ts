import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../../schema/print.js';

it('schema/schema.graphql is current (else run: npm run schema:print)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8') === schemaText(), 'schema/schema.graphql is out of date: run `npm run schema:print` and commit it').toBe(true);
});
