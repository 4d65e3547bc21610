// PGlite is one process's database: two processes on one data folder would corrupt it. A lock
// file names its owner, and a second server stops with a clear message. A lock whose owner is gone
// is stale and taken over, also when its pid now belongs to another program: after a crash in a
// container the next start often gets the same small pid numbers, so a pid alone proves nothing.
// The lock therefore records the owner's start time as well (Linux: /proc/<pid>/stat), and the
// owner counts as alive only while that same process runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Owner {
  pid: number;
  /** Start time of the process (clock ticks after boot; /proc/<pid>/stat field 22), where known. */
  start: string | null;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The start time of a running process, or null where /proc does not tell (not Linux, or gone). */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command in parentheses and may itself hold spaces and ")": count after the last one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether a running process is a Node program (for a lock written before start times were kept). */
function runsNode(pid: number): boolean | null {
  try {
    const [program = ''] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /(^|\/)node$/.test(program); // npm start, tsx and the CLI all run in node
  } catch {
    return null;
  }
}

function readOwner(file: string): Owner | null {
  const text = readFileSync(file, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), start: null }; // the older format: the pid only
  try {
    const { pid, start } = JSON.parse(text) as Partial<Owner>;
    return Number.isSafeInteger(pid) && pid! > 0 ? { pid: pid!, start: typeof start === 'string' ? start : null } : null;
  } catch {
    return null; // unreadable: nobody can be shown to hold it
  }
}

/** Whether the process the lock names still runs (and is not just another program with its pid). */
function holds(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  const now = processStart(owner.pid);
  if (owner.start && now) return owner.start === now;
  // Without start times to compare: on Linux, at least a Node process; elsewhere, assume it holds.
  return runsNode(owner.pid) ?? true;
}

export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'kanzlei.lock');
  const me: Owner = { pid: process.pid, start: processStart(process.pid) };
  const write = () => writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
  try {
    write();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && holds(owner)) {
      throw new Error(
        `Die eingebettete Datenbank in ${dir} wird von Prozess ${owner.pid} benutzt (läuft der Server?). ` +
          'Den Prozess zuerst beenden oder DATA_DIR auf einen anderen Ordner setzen.',
      );
    }
    // A stale lock: replaced; should another process take it over in the meantime, it wins.
    rmSync(file, { force: true });
    try {
      write();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
      throw new Error(`Die eingebettete Datenbank in ${dir} hat gerade ein anderer Prozess übernommen. Ihn zuerst beenden oder DATA_DIR auf einen anderen Ordner setzen.`);
    }
  }
  return () => rmSync(file, { force: true });
}
