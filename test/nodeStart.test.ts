// `npm start` and the CLI scripts run the TypeScript sources on Node itself (server/resolveTs.mjs,
// README "Stopping"): the scripts use the same options as the tests that start processes, and every
// source the server loads is TypeScript that Node can strip (no enums, no parameter properties).
// The process tests (serverProcess, startup, sicherungCli, …) prove that it starts and answers.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASYNC_CONTEXT, RESOLVE_TS, SERVER_NODE_ARGS, TS_NODE_ARGS } from '../server/cli/nodeArgs.js';

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
    const relativ = (args: readonly string[]) => args.map((a) => (a === RESOLVE_TS || a === ASYNC_CONTEXT ? `./${relative(ROOT, a)}` : a)).join(' ');
    const options = relativ(TS_NODE_ARGS);
    expect(scripts.start).toBe(`node ${relativ(SERVER_NODE_ARGS)} server/main.ts`);
    for (const name of ['migrate', 'create-api-key', 'backup', 'restore', 'migrate-to-postgres', 'migrate:create', 'gerichte:migration', 'schema:print', 'sdk:release']) {
      expect(scripts[name], name).toMatch(new RegExp(`^node ${options.replaceAll('.', '\\.')} server/cli/[a-z-]+\\.ts$`));
    }
  });

  it('the server runs AsyncLocalStorage on async context frames: Node 22 starts again in place with the flag, Node 24 as it is', () => {
    const FLAG = '--experimental-async-context-frame';
    const run = (code: string) =>
      spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', ASYNC_CONTEXT, '-e', code], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const seen = run(`console.log(JSON.stringify({ pid: process.pid, flag: process.execArgv.filter((a) => a === '${FLAG}').length }))`);
    expect(seen.stderr).toBe('');
    // spawnSync gives no pid of a running child: the parent's pid, as the process itself sees it, must be the one Node reports.
    const { pid, flag } = JSON.parse(seen.stdout) as { pid: number; flag: number };
    expect(pid).toBe(seen.pid);
    // Once on Node 22 (added by the restart, not twice); Node 24 has the frames without it and refuses the flag.
    expect(flag).toBe(process.allowedNodeEnvironmentFlags.has(FLAG) ? 1 : 0);
    // The exit code is the program's.
    expect(run('process.exitCode = 7').status).toBe(7);
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
