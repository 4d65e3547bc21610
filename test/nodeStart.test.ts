// `npm start` and the CLI scripts run the TypeScript sources on Node itself (server/resolveTs.mjs,
// README "Stopping"): the scripts use the same options as the tests that start processes, and every
// source the server loads is TypeScript that Node can strip (no enums, no parameter properties).
// The process tests (serverProcess, startup, sicherungCli, …) prove that it starts and answers.
import { readdirSync, readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOLVE_TS, TS_NODE_ARGS } from '../server/cli/nodeArgs.js';

const ROOT = join(import.meta.dirname, '..');
// Node 22.13+ (type stripping's own function); not yet in this @types/node.
const { stripTypeScriptTypes } = nodeModule as unknown as { stripTypeScriptTypes(code: string): string };

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));

describe('the sources run on Node without a build step', () => {
  it('npm start and the CLI scripts run node with the options the process tests use', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    const options = TS_NODE_ARGS.map((a) => (a === RESOLVE_TS ? `./${relative(ROOT, RESOLVE_TS)}` : a)).join(' ');
    expect(scripts.start).toBe(`node --max-semi-space-size=32 ${options} server/main.ts`);
    for (const name of ['migrate', 'create-api-key', 'backup', 'restore', 'migrate-to-postgres', 'migrate:create', 'gerichte:migration', 'schema:print', 'sdk:release']) {
      expect(scripts[name], name).toMatch(new RegExp(`^node ${options.replaceAll('.', '\\.')} server/cli/[a-z-]+\\.ts$`));
    }
  });

  it('every source under server/ and schema/ is TypeScript that Node can strip', () => {
    const files = [...tsFiles(join(ROOT, 'server')), ...tsFiles(join(ROOT, 'schema'))];
    expect(files.length).toBeGreaterThan(100);
    const refused = files.filter((file) => {
      try {
        stripTypeScriptTypes(readFileSync(file, 'utf8'));
        return false;
      } catch {
        return true;
      }
    });
    expect(refused.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
