// Small helpers for the benchmark's output: the machine, a text table, a JSON diff.
import { cpus, loadavg, totalmem } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

export async function machine(url: string): Promise<string[]> {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = ((await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?').split(' ')[0];
  await client.end();
  return [
    `CPU: ${model}, ${cpus().length} cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `Node ${process.version}; PostgreSQL ${version} on the same machine`,
  ];
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Where two JSON values first differ, as "path: a ≠ b", or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * CPU ticks (user + system) of the PostgreSQL backends serving `database`, by pid, from /proc
 * (Linux only): their process title reads "postgres: 15/main: <user> <database> <client> …".
 */
function postgresTicks(database: string): Map<string, number> {
  const ticks = new Map<string, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return ticks; // no /proc: not Linux
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
    } catch {
      continue;
    }
    const fields = stat.slice(close + 2).split(' '); // from the 3rd field ("state") on
    ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
  }
  return ticks;
}

/**
 * CPU time PostgreSQL spends while the meter runs, in ms: every backend's ticks since the start
 * (new backends from zero), sampled twice a second so that a backend a pool closes in between
 * keeps what it used up to its last sample. Only backends of `database` count (not the WAL writer,
 * nor other databases on the same server).
 */
export function postgresCpuMeter(database: string): { stop(): number } {
  const first = postgresTicks(database);
  const last = new Map(first);
  const sample = () => {
    for (const [pid, t] of postgresTicks(database)) last.set(pid, t);
  };
  const timer = setInterval(sample, 500);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let ticks = 0;
      for (const [pid, t] of last) ticks += t - (first.get(pid) ?? 0);
      return ticks * 10; // USER_HZ = 100 on Linux
    },
  };
}

/** The machine's idle time (all cores, /proc/stat's idle and iowait) while the meter runs, in ms. */
export function machineIdleMeter(): { stop(): number } {
  const idleTicks = () => {
    const [, ...cpu] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    return Number(cpu[3]) + Number(cpu[4]); // idle, iowait
  };
  const first = idleTicks();
  return { stop: () => (idleTicks() - first) * 10 }; // USER_HZ = 100 on Linux
}
