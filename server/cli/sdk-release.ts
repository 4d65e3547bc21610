// npm run sdk:release: records the current schema as the released one for the SDK's version
// (sdk/package.json). Later breaking changes then need a new version.
import { writeFileSync } from 'node:fs';
import { RELEASED_FILE, sdkVersion } from '../../schema/compat.js';
import { schemaText } from '../../schema/print.js';

writeFileSync(RELEASED_FILE, `# version: ${sdkVersion()}\n${schemaText()}`);
console.log(`Released schema ${sdkVersion()} to ${RELEASED_FILE}`);
