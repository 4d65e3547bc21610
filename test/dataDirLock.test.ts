// The embedded database's lock file: a live server holds it, a lock left behind does not, also
// when its pid now belongs to another program (pid reuse after a crash in a container).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir, processStart } from '../server/db/dataDirLock.js';

let dir: string;
const children: ChildProcess[] = [];
const lockFile = () => join(dir, 'kanzlei.lock');

/** A running child process; killed (by its own pid) after the test. */
async function child(command: string, args: string[]): Promise<number> {
  const c = spawn(command, args, { stdio: 'ignore' });
  children.push(c);
  await new Promise((resolve, reject) => c.once('spawn', resolve).once('error', reject));
  return c.pid!;
}

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kanzlei-lock-'))));
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const ours = () => ({ pid: process.pid, start: processStart(process.pid) });

describe.skipIf(process.platform !== 'linux')('data-dir lock', () => {
  it('takes over a lock naming a live pid of another program (pid reuse), in the old and the new format', async () => {
    const sleep = await child('sleep', ['30']);
    for (const content of [String(sleep), JSON.stringify({ pid: sleep, start: '1' })]) {
      writeFileSync(lockFile(), content);
      const release = lockDataDir(dir);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual(ours());
      release();
    }
  });

  it('refuses while the server that wrote the lock still runs', async () => {
    const node = await child(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const start = processStart(node);
    expect(start).toMatch(/^\d+$/);
    for (const content of [JSON.stringify({ pid: node, start }), String(node)]) {
      writeFileSync(lockFile(), content);
      expect(() => lockDataDir(dir)).toThrow(`wird von Prozess ${node} benutzt`);
      expect(readFileSync(lockFile(), 'utf8')).toBe(content);
    }
  });

  it('takes over the lock of a process that is gone, and releases its own', async () => {
    const c = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    const pid = c.pid!;
    await new Promise((resolve) => c.once('exit', resolve));
    writeFileSync(lockFile(), JSON.stringify({ pid, start: '12345' }));
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toEqual(ours());
    release();
    expect(() => readFileSync(lockFile())).toThrow();
  });
});
