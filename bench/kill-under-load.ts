// npm run check:kill: kills the real server (SIGKILL, no chance to clean up) in the middle of a
// load of multi-row mutations, then shows with SQL that no half-written state exists, restarts the
// server on the same database and shows that it serves again. Several rounds.
//
//   npm run check:kill                                                   # embedded PGlite in a temp DATA_DIR
//   KILL_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run check:kill
//                       # PostgreSQL: a fresh database on that server (CREATEDB needed), dropped afterwards
//   KILL_ROUNDS=5 …     # kill/check/restart rounds (default 3)
//
// Each load worker owns its Akten and Mandatsanfragen, so concurrency alone cannot break an
// invariant below: only a mutation that was cut half-way through could.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { SERVER_NODE_ARGS } from '../server/cli/nodeArgs.js';
import { openDatabase } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type KillTarget = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };

// ---------------------------------------------------------------------------------------------
// Invariants: each query lists the rows that break it (none when the data is whole).

export interface Invariant {
  name: string;
  /** What a half-written mutation would leave behind. */
  catches: string;
  sql: string;
}

export const INVARIANTS: Invariant[] = [
  {
    name: 'gegner-positions',
    catches: 'setGegner/createAkt cut between rows: Gegner positions of an Akt are not exactly 1..n',
    sql: `SELECT "aktId", count(*) AS n, min(position) AS first, max(position) AS last FROM "AktGegner"
          GROUP BY "aktId" HAVING min(position) <> 1 OR max(position) <> count(*)`,
  },
  {
    name: 'akt-has-gegner',
    catches: 'setGegner cut after deleting the old Gegner (every Akt of this load has at least one)',
    sql: `SELECT a.aktenzeichen FROM "Akt" a WHERE NOT EXISTS (SELECT 1 FROM "AktGegner" g WHERE g."aktId" = a.id)`,
  },
  {
    name: 'akt-status-verlauf',
    catches: 'createAkt/setAktStatus cut between the Akt and its Verlauf: no ANGELEGT entry, or the status is not the last entry',
    sql: `SELECT a.aktenzeichen, a.status FROM "Akt" a
          WHERE NOT EXISTS (SELECT 1 FROM "AktStatusAenderung" v WHERE v."aktId" = a.id AND v.von IS NULL AND v.nach = 'ANGELEGT')
             OR a.status IS DISTINCT FROM (SELECT v.nach FROM "AktStatusAenderung" v WHERE v."aktId" = a.id ORDER BY v.am DESC LIMIT 1)`,
  },
  {
    name: 'titel-takes-forderungen',
    catches: 'createTitel cut after the Titel, before it took the Forderungen: an Akt with a Titel has a Forderung without one',
    sql: `SELECT f.id FROM "Forderung" f WHERE f."titelId" IS NULL AND EXISTS (SELECT 1 FROM "Titel" t WHERE t."aktId" = f."aktId")`,
  },
  {
    name: 'titel-links',
    catches: 'a Forderung pointing to a missing Titel or to another Akt’s',
    sql: `SELECT f.id FROM "Forderung" f LEFT JOIN "Titel" t ON t.id = f."titelId"
          WHERE f."titelId" IS NOT NULL AND (t.id IS NULL OR t."aktId" <> f."aktId")`,
  },
  {
    name: 'honorarnote-numbers',
    catches: 'erstelle/stornoHonorarnote cut after taking a number: numbers not gapless 1..n per office and year, or the counter ahead',
    sql: `SELECT n."kanzleiId", n.jahr, n."letzteNummer", count(h.id) AS notes, coalesce(max(h.laufnummer), 0) AS highest
          FROM "Nummernkreis" n LEFT JOIN "Honorarnote" h ON h."kanzleiId" = n."kanzleiId" AND h.jahr = n.jahr
          GROUP BY n."kanzleiId", n.jahr, n."letzteNummer"
          HAVING count(h.id) <> n."letzteNummer" OR coalesce(max(h.laufnummer), 0) <> n."letzteNummer"
          UNION ALL
          SELECT h."kanzleiId", h.jahr, NULL, count(*), max(h.laufnummer) FROM "Honorarnote" h
          WHERE NOT EXISTS (SELECT 1 FROM "Nummernkreis" n WHERE n."kanzleiId" = h."kanzleiId" AND n.jahr = h.jahr)
          GROUP BY h."kanzleiId", h.jahr`,
  },
  {
    name: 'honorarnote-lines',
    catches: 'a Honorarnote without its lines, or whose totals are not the sum of its lines',
    sql: `SELECT h.nummer FROM "Honorarnote" h LEFT JOIN "HonorarnotePosition" p ON p."honorarnoteId" = h.id
          GROUP BY h.id HAVING count(p."reihenfolge") = 0 OR h.verdienst <> sum(p.verdienst)
            OR h."barauslagenDurchlaufer" <> sum(p."barauslagenDurchlaufer")`,
  },
  {
    name: 'honorarnote-leistungen',
    catches: 'erstelleHonorarnote cut before marking its Leistungen billed, or stornoHonorarnote before freeing them',
    sql: `SELECT h.nummer, p."leistungId" FROM "HonorarnotePosition" p JOIN "Honorarnote" h ON h.id = p."honorarnoteId"
          WHERE h.art = 'RECHNUNG' AND NOT EXISTS (SELECT 1 FROM "Honorarnote" g WHERE g."stornoVonId" = h.id)
            AND NOT EXISTS (SELECT 1 FROM "Leistung" l WHERE l.id = p."leistungId" AND l."honorarnoteId" = h.id)
          UNION ALL
          SELECT h.nummer, l.id FROM "Leistung" l JOIN "Honorarnote" h ON h.id = l."honorarnoteId"
          WHERE h.art <> 'RECHNUNG' OR EXISTS (SELECT 1 FROM "Honorarnote" g WHERE g."stornoVonId" = h.id)
             OR NOT EXISTS (SELECT 1 FROM "HonorarnotePosition" p WHERE p."honorarnoteId" = h.id AND p."leistungId" = l.id)`,
  },
  {
    name: 'anfrage-akt',
    catches: 'annehmenMandatsanfrage cut between the Akt and the request: accepted without Akt, or an Akt of a request not accepted',
    sql: `SELECT m.referenz, m.status FROM "Mandatsanfrage" m LEFT JOIN "Akt" a ON a.id = m."aktId"
          WHERE (m.status = 'ANGENOMMEN') <> (a.id IS NOT NULL)
          UNION ALL
          SELECT a.aktenzeichen, NULL FROM "Akt" a JOIN "Person" p ON p.id = a."klientId"
          WHERE p.name LIKE '% Anfrage-Klient' AND NOT EXISTS (SELECT 1 FROM "Mandatsanfrage" m WHERE m."aktId" = a.id AND m.status = 'ANGENOMMEN')`,
  },
  {
    name: 'anfrage-persons',
    catches: 'annehmenMandatsanfrage cut after creating Klient/Gegner, before the Akt: a Person of a request in no Akt',
    sql: `SELECT p.name FROM "Person" p WHERE p.name LIKE '% Anfrage-%'
            AND NOT EXISTS (SELECT 1 FROM "Akt" a WHERE a."klientId" = p.id)
            AND NOT EXISTS (SELECT 1 FROM "AktGegner" g WHERE g."personId" = p.id)`,
  },
];

/** Runs SQL on the database under test, from outside the server. */
export interface Sql {
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** For PGlite this opens the data folder the killed server left: it has to recover from its WAL. */
export async function openSql(target: KillTarget): Promise<Sql> {
  if (target.kind === 'postgresql') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
  }
  const db = new PGlite(target.dataDir);
  await db.waitReady;
  return { query: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows, close: () => db.close() };
}

export interface Violation {
  invariant: string;
  catches: string;
  rows: string[];
}

export async function checkInvariants(sql: Pick<Sql, 'query'>): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const inv of INVARIANTS) {
    const rows = await sql.query(inv.sql);
    if (rows.length) {
      const json = (r: unknown) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      violations.push({ invariant: inv.name, catches: inv.catches, rows: rows.slice(0, 5).map(json) });
    }
  }
  return violations;
}

/** Acknowledged rows the database no longer has (a commit that was answered but not durable). */
export async function checkDurable(sql: Pick<Sql, 'query'>, acknowledged: Acknowledged): Promise<string[]> {
  const lost: string[] = [];
  for (const [table, ids] of Object.entries(acknowledged)) {
    if (!ids.length) continue;
    if (!ids.every((id) => /^[0-9a-f-]{36}$/.test(id))) throw new Error(`not a uuid in ${table}`);
    const where = table === 'Mandatsanfrage' ? `AND status = 'ANGENOMMEN'` : '';
    const found = new Set((await sql.query(`SELECT id FROM "${table}" WHERE id IN (${ids.map((id) => `'${id}'`).join(',')}) ${where}`)).map((r) => r.id));
    lost.push(...ids.filter((id) => !found.has(id)).map((id) => `${table} ${id}`));
  }
  return lost;
}

// ---------------------------------------------------------------------------------------------
// The server as a child process, exactly as `npm start` runs it.

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** SIGKILL: the process dies at once, mid-request, without closing anything. */
  kill(): Promise<void>;
  /** SIGTERM: the normal shutdown. */
  stop(): Promise<void>;
  output(): string;
}

export async function startServer(target: KillTarget): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NODE_ENV: 'production',
    LOG_REQUESTS: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    INTAKE_LIMIT_PER_HOUR: '100000',
    RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '100000000',
    DATABASE_URL: target.kind === 'postgresql' ? target.url : '',
  };
  if (target.kind === 'pglite') env.DATA_DIR = target.dataDir;
  // node itself (not npm or npx), so that the signal reaches the server and nothing in between.
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Kanzlei GraphQL on http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const signal = async (s: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(s);
    await exited;
  };
  return { base, child, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM'), output: () => output };
}

// ---------------------------------------------------------------------------------------------
// GraphQL over HTTP.

class ServerGone extends Error {}

async function gql(base: string, key: string, query: string, variables?: Record<string, unknown>) {
  let res: Response;
  try {
    res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ServerGone(String((error as Error).cause ?? error));
  }
  let body: { data?: Record<string, any>; errors?: { message: string }[] };
  try {
    body = await res.json();
  } catch (error) {
    throw new ServerGone(String(error)); // cut off in the middle of the answer
  }
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** A mutation `field(input: $i)`; returns the result object (a payload or a typed error). */
const mutation = async (base: string, key: string, field: string, inputType: string, input: Record<string, unknown>, select = '') =>
  (await gql(base, key, `mutation($i: ${inputType}!) { r: ${field}(input: $i) { __typename ${select} } }`, { i: input })).r as { __typename: string; [k: string]: any };

const ok = <T extends { __typename: string }>(r: T, what: string): T => {
  if (!r.__typename.endsWith('Payload')) throw new Error(`${what}: ${JSON.stringify(r)}`);
  return r;
};

// ---------------------------------------------------------------------------------------------
// Seed data and the load.

interface Worker {
  n: number;
  akten: { id: string; klientId: string }[];
  anfragen: string[];
  aktCounter: number;
}

/** Rows that mutations created and the server acknowledged (a payload): they must survive a kill. */
export type Acknowledged = { Akt: string[]; Honorarnote: string[]; Mandatsanfrage: string[] };

interface World {
  key: string;
  gegner: string[];
  workers: Worker[];
  acknowledged: Acknowledged;
}

async function seed(base: string, key: string, workers: number): Promise<World> {
  const person = async (kurz: string, name: string) =>
    ok(await mutation(base, key, 'createPerson', 'CreatePersonInput', { kurzbezeichnung: kurz, name, strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' }, '... on CreatePersonPayload { person { id } }'), 'createPerson').person.id as string;
  const gegner: string[] = [];
  for (let i = 1; i <= 6; i++) gegner.push(await person(`G${i}`, `Gegner ${i} GmbH`));
  const intake = (await gql(base, key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token as string;
  const world: World = { key, gegner, workers: [], acknowledged: { Akt: [], Honorarnote: [], Mandatsanfrage: [] } };
  for (let w = 0; w < workers; w++) {
    const worker: Worker = { n: w, akten: [], anfragen: [], aktCounter: 0 };
    for (let a = 0; a < 3; a++) {
      const klientId = await person(`K${w}-${a}`, `Klient ${w}-${a}`);
      const akt = ok(await mutation(base, key, 'createAkt', 'CreateAktInput',
        { aktenzeichen: `L${w}/${a}`, bezeichnung: `Last ${w}-${a}`, klientId, gegnerIds: [gegner[a]!, gegner[a + 3]!] }, '... on CreateAktPayload { akt { id } }'), 'createAkt');
      worker.akten.push({ id: akt.akt.id, klientId });
    }
    for (let i = 0; i < 12; i++) {
      const tag = `${w}x${i}${randomBytes(2).toString('hex')}`;
      const sub = (await gql(base, intake, `mutation($i: SubmitMandatsanfrageInput!) { r: submitMandatsanfrage(input: $i) { __typename } }`, {
        // Names that differ in their first letters: the short names (Kurzbezeichnung) made from them on
        // acceptance must not collide between workers.
        i: { klient: { name: `K${tag} Anfrage-Klient`, email: `k${tag}@example.at` }, gegner: [{ name: `G${tag} Anfrage-Gegner` }, { name: `Z${tag} Anfrage-Gegner` }],
          sachgebiet: 'Inkasso', beschreibung: 'Offene Forderung aus dem Lasttest.', streitwert: '1000.00' },
      })).r;
      ok(sub, 'submitMandatsanfrage');
    }
    world.workers.push(worker);
  }
  // Each worker gets its share of the requests, checked for conflicts already.
  const anfragen = (await gql(base, key, '{ mandatsanfragen(first: 100) { edges { node { id } } } }')).mandatsanfragen.edges.map((e: any) => e.node.id as string);
  for (const [i, id] of anfragen.entries()) {
    ok(await mutation(base, key, 'pruefeKollision', 'PruefeKollisionInput', { id }), 'pruefeKollision');
    world.workers[i % workers]!.anfragen.push(id);
  }
  return world;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const STATUS_NEXT: Record<string, string> = { ANGELEGT: 'IN_BEARBEITUNG', IN_BEARBEITUNG: 'ABGESCHLOSSEN', ABGESCHLOSSEN: 'IN_BEARBEITUNG' };

/** One multi-row mutation (with the reads or single-row writes it needs first) on the worker's own data. */
async function step(base: string, world: World, w: Worker, begin: (op: string) => () => void): Promise<string> {
  const { key } = world;
  const akt = pick(w.akten);
  const ops = ['setGegner', 'titel', 'honorarnote', 'storno', 'status', 'createAkt', ...(w.anfragen.length ? ['annehmen'] : [])];
  const op = pick(ops);
  /** The mutation itself, counted as in flight; `ack` records what an acknowledged one created. */
  const run = async (field: string, inputType: string, input: Record<string, unknown>, select = '', ack?: (r: any) => void) => {
    const done = begin(field);
    try {
      const r = await mutation(base, key, field, inputType, input, select);
      if (r.__typename.endsWith('Payload')) ack?.(r);
      return r.__typename;
    } catch (error) {
      throw error instanceof ServerGone ? error : new Error(`${field}: ${String(error)}`);
    } finally {
      done();
    }
  };
  switch (op) {
    case 'setGegner': {
      const n = 1 + Math.floor(Math.random() * 3);
      const ids = [...world.gegner].sort(() => Math.random() - 0.5).slice(0, n);
      return run('setGegner', 'SetGegnerInput', { aktId: akt.id, personIds: ids });
    }
    case 'titel': {
      // At most one Titel per Akt here: delete it, or add a Forderung and a Titel that takes it.
      const { titel } = (await gql(base, key, 'query($a: ID!) { akt(id: $a) { titel { id } } }', { a: akt.id })).akt;
      if (titel.length) return run('deleteTitel', 'DeleteTitelInput', { id: titel[0].id });
      await mutation(base, key, 'createForderung', 'CreateForderungInput', { aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '100.00' });
      return run('createTitel', 'CreateTitelInput', { aktId: akt.id, datum: '2026-03-01', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BG LINZ', vollstreckbarAm: '2026-04-01', verdienst: '50.00' });
    }
    case 'honorarnote':
      await mutation(base, key, 'createLeistung', 'CreateLeistungInput', { aktId: akt.id, datum: '2026-02-01', kuerzel: 'X', verdienst: '80.00', barauslagenDurchlaufer: '10.00' });
      return run('erstelleHonorarnote', 'ErstelleHonorarnoteInput', { aktId: akt.id }, '... on ErstelleHonorarnotePayload { honorarnote { id } }',
        (r) => world.acknowledged.Honorarnote.push(r.honorarnote.id));
    case 'storno': {
      const noten = (await gql(base, key, 'query($a: ID!) { akt(id: $a) { honorarnoten { id art storniertDurch { id } } } }', { a: akt.id })).akt.honorarnoten;
      const offen = noten.filter((n: any) => n.art === 'RECHNUNG' && !n.storniertDurch);
      if (!offen.length) return 'nothing to cancel';
      return run('stornoHonorarnote', 'StornoHonorarnoteInput', { id: pick(offen as { id: string }[]).id, grund: 'Lasttest' });
    }
    case 'status': {
      const { version, status } = (await gql(base, key, 'query($a: ID!) { akt(id: $a) { version status } }', { a: akt.id })).akt;
      return run('setAktStatus', 'SetAktStatusInput', { aktId: akt.id, version, status: STATUS_NEXT[status] });
    }
    case 'createAkt':
      return run('createAkt', 'CreateAktInput', {
        aktenzeichen: `N${w.n}/${++w.aktCounter}-${randomBytes(3).toString('hex')}`, bezeichnung: 'Neu unter Last', klientId: akt.klientId,
        gegnerIds: [...world.gegner].sort(() => Math.random() - 0.5).slice(0, 3),
      }, '... on CreateAktPayload { akt { id } }', (r) => world.acknowledged.Akt.push(r.akt.id));
    default:
      return run('annehmenMandatsanfrage', 'AnnehmenMandatsanfrageInput', { id: w.anfragen.shift()!, kollisionFreigabeGrund: 'Lasttest' },
        '... on AnnehmenMandatsanfragePayload { mandatsanfrage { id } }', (r) => world.acknowledged.Mandatsanfrage.push(r.mandatsanfrage.id));
  }
}

export interface RoundReport {
  round: number;
  loadMs: number;
  /** Mutations answered, by name and result type. */
  answered: Record<string, number>;
  /** Multi-row mutations that were on their way when the server died. */
  inFlightAtKill: string[];
  violations: Violation[];
  /** Acknowledged rows missing after the kill (must be none). */
  lost: string[];
  /** Errors the killed server logged (unexpected errors under load, for diagnosis). */
  serverErrors: string[];
  /** Time to start the server again on the same database, and its first answers. */
  restartMs: number;
  servedAfterRestart: boolean;
}

export interface KillReport {
  target: KillTarget['kind'];
  rounds: RoundReport[];
  finalViolations: Violation[];
}

export interface KillCheckOptions {
  target: KillTarget;
  rounds?: number;
  workers?: number;
  /** The load runs a random time in this range before the kill. */
  loadMs?: [number, number];
  log?: (line: string) => void;
}

/** Runs the load on `server` for `ms`, then SIGKILLs it; returns what was answered and what was in flight. */
async function loadAndKill(server: ServerProcess, world: World, ms: number, log: (line: string) => void) {
  const answered: Record<string, number> = {};
  const inFlight = new Map<number, string>();
  let nextId = 0;
  let dead = false;
  const begin = (op: string) => {
    const id = nextId++;
    inFlight.set(id, op);
    return () => void inFlight.delete(id);
  };
  const loops = world.workers.map(async (w) => {
    while (!dead) {
      try {
        const result = await step(server.base, world, w, begin);
        answered[result] = (answered[result] ?? 0) + 1;
      } catch (error) {
        if (error instanceof ServerGone || dead) return;
        answered['unexpected error'] = (answered['unexpected error'] ?? 0) + 1;
        log(`worker ${w.n}: ${String(error).slice(0, 300)}`);
      }
    }
  });
  await new Promise((r) => setTimeout(r, ms));
  const inFlightAtKill = [...inFlight.values()].sort();
  dead = true;
  await server.kill();
  await Promise.all(loops);
  return { answered, inFlightAtKill };
}

/** Invariants and durability on the database as the kill left it. */
async function checkAfterKill(target: KillTarget, acknowledged: Acknowledged) {
  // PGlite: check a copy of the data folder, so that the restarted server has to recover the
  // original itself (opening and closing it here would tidy it up first).
  const copy = target.kind === 'pglite' ? mkdtempSync(join(tmpdir(), 'kanzlei-kill-copy-')) : null;
  if (copy && target.kind === 'pglite') cpSync(target.dataDir, copy, { recursive: true });
  const sql = await openSql(copy ? { kind: 'pglite', dataDir: copy } : target);
  try {
    return { violations: await checkInvariants(sql), lost: await checkDurable(sql, acknowledged) };
  } finally {
    await sql.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

/** The whole check. The caller owns the database (or data folder) and removes it afterwards. */
export async function runKillCheck({ target, rounds = 3, workers = 6, loadMs = [1500, 3500], log = () => {} }: KillCheckOptions): Promise<KillReport> {
  // The office and its API key, written before the server runs (PGlite belongs to one process).
  const db = await openDatabase(target.kind === 'postgresql' ? target : { kind: 'pglite', dataDir: target.dataDir });
  const { key, kanzleiId } = await provisionApiKey(db.prisma, { kanzlei: 'Lasttest', kuerzel: 'LT', rolle: 'ADMIN' });
  // The letterhead an invoice needs (UStG § 11).
  await db.prisma.kanzlei.update({ where: { id: kanzleiId }, data: { anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678' } });
  await db.close();

  const report: KillReport = { target: target.kind, rounds: [], finalViolations: [] };
  let server = await startServer(target);
  try {
    log(`server on ${server.base} (pid ${server.child.pid})`);
    const world = await seed(server.base, key, workers);
    log(`seeded ${workers * 3} Akten, ${world.workers.reduce((s, w) => s + w.anfragen.length, 0)} Mandatsanfragen`);

    for (let round = 1; round <= rounds; round++) {
      const ms = loadMs[0] + Math.floor(Math.random() * (loadMs[1] - loadMs[0]));
      const { answered, inFlightAtKill } = await loadAndKill(server, world, ms, log);
      log(`round ${round}: SIGKILL after ${ms} ms of load; answered ${JSON.stringify(answered)}; in flight: ${inFlightAtKill.join(', ') || 'none'}`);
      const serverErrors = server.output().split('\n').filter((l) => /^Invalid `|constraint|deadlock|serializ/i.test(l)).slice(0, 5);
      if (serverErrors.length) log(`round ${round}: the server logged: ${serverErrors.join(' | ')}`);

      const { violations, lost } = await checkAfterKill(target, world.acknowledged);
      log(violations.length ? `round ${round}: HALF-WRITTEN STATE: ${JSON.stringify(violations, null, 2)}` : `round ${round}: all ${INVARIANTS.length} invariants hold`);
      const acked = Object.entries(world.acknowledged).map(([t, ids]) => `${ids.length} ${t}`).join(', ');
      log(lost.length ? `round ${round}: LOST ACKNOWLEDGED WRITES: ${lost.join(', ')}` : `round ${round}: every acknowledged write is there (${acked} so far)`);

      // The same database again: the server must start and serve, reads and writes.
      const t0 = performance.now();
      server = await startServer(target);
      const served = await gql(server.base, key, '{ akten(first: 1) { totalCount } }');
      const written = await mutation(server.base, key, 'setGegner', 'SetGegnerInput', { aktId: world.workers[0]!.akten[0]!.id, personIds: [world.gegner[0]!] });
      const restartMs = Math.round(performance.now() - t0);
      const servedAfterRestart = served.akten.totalCount > 0 && written.__typename === 'SetGegnerPayload';
      log(`round ${round}: restarted in ${restartMs} ms (pid ${server.child.pid}); ${served.akten.totalCount} Akten; a write ${written.__typename}`);
      report.rounds.push({ round, loadMs: ms, answered, inFlightAtKill, violations, lost, serverErrors, restartMs, servedAfterRestart });
    }
    await server.stop();
  } finally {
    await server.kill(); // a no-op after stop(); never leaves a server behind when something failed
  }
  const sql = await openSql(target);
  report.finalViolations = await checkInvariants(sql).finally(() => sql.close());
  return report;
}

/** A fresh database for the check: on PostgreSQL a new database next to `url`'s, on PGlite a temp folder. */
export async function freshTarget(postgresUrl: string | undefined): Promise<{ target: KillTarget; drop(): Promise<void> }> {
  if (!postgresUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kanzlei-kill-'));
    return { target: { kind: 'pglite', dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `kanzlei_kill_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

// npm run check:kill
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { target, drop } = await freshTarget(process.env.KILL_DATABASE_URL);
  const rounds = Number(process.env.KILL_ROUNDS ?? 3);
  console.log(`Kill under load on ${target.kind === 'postgresql' ? `PostgreSQL (${new URL(target.url).pathname.slice(1)})` : `PGlite (${target.dataDir})`}, ${rounds} rounds`);
  let failed = false;
  try {
    const report = await runKillCheck({ target, rounds, log: (line) => console.log(`  ${line}`) });
    const bad = report.rounds.filter((r) => r.violations.length || r.lost.length || !r.servedAfterRestart).length + (report.finalViolations.length ? 1 : 0);
    failed = bad > 0;
    console.log(failed ? 'FAILED: half-written state, a lost write, or no service after the restart (see above)'
      : 'OK: no half-written state and no lost acknowledged write after any kill; the server served again after each restart');
  } catch (error) {
    failed = true;
    console.error('FAILED:', error);
  } finally {
    await drop();
  }
  process.exit(failed ? 1 : 0);
}
