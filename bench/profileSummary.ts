// Summarises a V8 CPU profile (.cpuprofile, e.g. from BENCH_CPU_PROF=1 npm run bench:http):
// where the samples are, by package (self time and "on the stack" time) and by function.
//
//   npx tsx bench/profileSummary.ts bench/profiles/api-….cpuprofile [top=25]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<pkg> (scoped too), our own top folder (server/…, schema/…), node:internal, or V8's pseudo frames. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const own = /\/work\/[^/]+\/((?:server|schema|bench)\/(?:[^/]+\/)?)/.exec(url) ?? /\/((?:server|schema|bench)\/(?:[^/]+\/)?)/.exec(url);
  return own ? own[1]! : url;
}

/**
 * Phases of a request, each sample going to the first rule that matches on its stack, walking from
 * the leaf towards the root and looking through Node's own frames (a native `writev` counts for
 * whoever wrote). The order of the rules is the priority.
 */
const PHASES: [string, (pkg: string, fn: string, url: string) => boolean][] = [
  ['garbage collection', (pkg) => pkg === '(garbage collector)'],
  ['heute(): a new Intl.DateTimeFormat per call', (_p, fn, url) => url.endsWith('server/domain/dates.ts') || fn === 'DateTimeFormat'],
  ['Decimal (decimal.js, Prisma\'s Decimal)', (pkg) => pkg === 'decimal.js' || pkg === '@prisma/client-runtime-utils'],
  ['pg driver (protocol, rows, pool)', (pkg) => /^(pg|pg-protocol|pg-pool|pg-types|@prisma\/adapter-pg)$/.test(pkg)],
  ['Prisma client (query plan, interpreter, result mapping)', (pkg) => pkg === '@prisma/client' || pkg.startsWith('wasm://')],
  ['tariff engine (server/tarif)', (pkg) => pkg.startsWith('server/tarif')],
  ['app resolvers, scalars, domain (schema/, server/)', (pkg) => /^(schema|server)\//.test(pkg)],
  ['floor (bench/)', (pkg) => pkg.startsWith('bench/')],
  ['Pothos (selection mapping, field wrappers)', (pkg) => pkg.startsWith('@pothos/')],
  ['GraphQL execution (graphql, executor)', (pkg) => pkg === 'graphql' || pkg.startsWith('@graphql-tools/')],
  ['Yoga, envelop, plugins, fetch API', (pkg) => /^(graphql-yoga|@graphql-yoga\/|@envelop\/|@whatwg-node\/|@escape\.tech\/|urlpattern)/.test(pkg)],
  ['V8 (program)', (pkg) => pkg === '(program)'],
];

export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const fnSelf = new Map<string, number>();
  const phases = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    total += dt;
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    self.set(pkg, (self.get(pkg) ?? 0) + dt);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${pkg}:${node.callFrame.lineNumber + 1}`;
    fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + dt);
    const seen = new Set<string>();
    let phase: string | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const p = packageOf(n.callFrame.url, n.callFrame.functionName);
      seen.add(p);
      phase ??= PHASES.find(([, match]) => match(p, n.callFrame.functionName, n.callFrame.url))?.[0] ?? null;
    }
    if (pkg !== '(idle)') phases.set(phase ?? 'Node (http, net, other)', (phases.get(phase ?? 'Node (http, net, other)') ?? 0) + dt);
    for (const p of seen) inclusive.set(p, (inclusive.get(p) ?? 0) + dt);
  });
  return { total, self, inclusive, fnSelf, phases };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profileSummary.ts <file.cpuprofile> [top]');
  const top = Number(process.argv[3] ?? 25);
  const { total, self, inclusive, fnSelf, phases } = summarise(JSON.parse(readFileSync(file, 'utf8')));
  const busy = total - (self.get('(idle)') ?? 0);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title} (of ${(busy / 1e6).toFixed(1)} s busy, idle excluded)`);
    for (const [k, v] of [...m].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  };
  print('phases (each sample counted once, see PHASES)', phases);
  print('self time by package', self);
  print('on the stack, by package', inclusive);
  print('self time by function', fnSelf);
}
