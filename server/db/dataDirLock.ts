// PGlite is one process's database: two processes on one data folder would corrupt it. A lock
// file with the owner's pid turns that into a clear message (a stale lock of a dead process is taken over).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'kanzlei.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(file, 'utf8').trim()) || null;
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${owner} (a running server?). ` +
          'Stop it first, or point DATA_DIR elsewhere.',
      );
    }
    writeFileSync(file, String(process.pid)); // a dead process's lock
  }
  return () => rmSync(file, { force: true });
}
