// npm run schema:print: writes the GraphQL schema, sorted, to schema/schema.graphql. The file is
// committed: reviews see every API change, and the SDK is generated from it. A test fails when
// it is out of date.
import { writeFileSync } from 'node:fs';
import { schemaText, SCHEMA_FILE } from '../../schema/print.js';

writeFileSync(SCHEMA_FILE, schemaText());
console.log(`Wrote ${SCHEMA_FILE}`);
