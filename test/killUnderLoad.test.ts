// Kill the server in the middle of a write load (bench/kill-under-load.ts, `npm run check:kill`):
// afterwards no half-written state exists, no acknowledged write is lost, and the server restarts
// on the same database and serves. First, that the invariants it checks have teeth: a mutation
// run without its transaction and cut half-way breaks them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../server/app.js';
import type { PrismaClient } from '../server/generated/prisma/client.js';
import { checkInvariants, freshTarget, runKillCheck, type KillReport } from '../bench/kill-under-load.js';
import { migrierterDatenordner } from './support/datenordner.js';
import { createLeistung, officeWithAkt } from './support/fixtures.js';
import { FaultInjector, faultyAdapter } from './support/faultInjection.js';
import { testServer, type TestServer } from './support/testServer.js';

/**
 * The same client, except that `$transaction(work)` runs `work` without a transaction: every
 * statement commits on its own, as if the services had no `inTransaction`.
 */
const withoutTransactions = (prisma: PrismaClient): PrismaClient =>
  new Proxy(prisma, {
    get: (target, prop, receiver) => (prop === '$transaction' ? (work: (tx: PrismaClient) => unknown) => work(target) : Reflect.get(target, prop, receiver)),
  });

describe('the invariants catch a mutation cut half-way when it is not transactional', () => {
  let t: TestServer;
  const faults = new FaultInjector();
  beforeEach(async () => {
    t = await testServer({}, { wrapAdapter: (adapter) => faultyAdapter(adapter, faults) });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // Yoga logs the injected faults
  });
  afterEach(async () => {
    faults.disarm();
    vi.restoreAllMocks();
    await t.close();
  });

  const invariants = async () => (await checkInvariants({ query: (sql) => t.db.prisma.$queryRawUnsafe(sql) })).map((v) => v.invariant);

  /** Runs the mutation through services without transactions, with the fault before the statement matching `at`. */
  async function cutWithoutTransaction(key: string, field: string, inputType: string, input: Record<string, unknown>, at: RegExp) {
    const app = createApp({ prisma: withoutTransactions(t.db.prisma) });
    faults.arm({ at, when: 'before' });
    const res = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: `mutation($i: ${inputType}!) { r: ${field}(input: $i) { __typename } }`, variables: { i: input } }),
    });
    expect(faults.disarm(), 'the fault hit').toMatch(at);
    expect((await res.json()).errors?.[0]?.message).toBe('Unerwarteter Fehler.');
  }

  it.each([
    ['setGegner, cut after deleting the old Gegner', 'akt-has-gegner', 'setGegner', 'SetGegnerInput', /^INSERT INTO "public"\."AktGegner"/],
    ['setAktStatus, cut before its Verlauf entry', 'akt-status-verlauf', 'setAktStatus', 'SetAktStatusInput', /^INSERT INTO "public"\."AktStatusAenderung"/],
    ['createTitel, cut before it takes the Forderungen', 'titel-takes-forderungen', 'createTitel', 'CreateTitelInput', /^UPDATE "public"\."Forderung"/],
    ['erstelleHonorarnote, cut after taking a number', 'honorarnote-numbers', 'erstelleHonorarnote', 'ErstelleHonorarnoteInput', /^INSERT INTO "public"\."Honorarnote"/],
    ['erstelleHonorarnote, cut before marking the Leistungen', 'honorarnote-leistungen', 'erstelleHonorarnote', 'ErstelleHonorarnoteInput', /^UPDATE "public"\."Leistung"/],
  ])('%s → %s', async (_name, invariant, field, inputType, at) => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    const g3 = (await t.data(o.key, 'mutation { r: createPerson(input: { kurzbezeichnung: "G3", name: "Gegner Drei" }) { ... on CreatePersonPayload { person { id } } } }')).r.person.id;
    expect(await invariants()).toEqual([]);
    const inputs: Record<string, Record<string, unknown>> = {
      setGegner: { aktId: o.akt, personIds: [g3] },
      setAktStatus: { aktId: o.akt, version: 1, status: 'IN_BEARBEITUNG' },
      createTitel: { aktId: o.akt, datum: '2026-03-01', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BG LINZ', vollstreckbarAm: '2026-04-01' },
      erstelleHonorarnote: { aktId: o.akt },
    };
    await cutWithoutTransaction(o.key, field, inputType, inputs[field]!, at);
    expect(await invariants()).toContain(invariant);
  });

  it('stornoHonorarnote, cut before freeing the Leistungen → honorarnote-leistungen', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    await createLeistung(t, o.key, { aktId: o.akt, datum: '2026-01-20', kuerzel: 'X', verdienst: '100.00' });
    const note = (await t.data(o.key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a }) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, { a: o.akt })).r.honorarnote.id;
    expect(await invariants()).toEqual([]);
    await cutWithoutTransaction(o.key, 'stornoHonorarnote', 'StornoHonorarnoteInput', { id: note }, /^UPDATE "public"\."Leistung"/);
    expect(await invariants()).toContain('honorarnote-leistungen');
  });

  it.each([
    ['before the request is marked accepted', 'anfrage-akt', /^UPDATE "public"\."Mandatsanfrage"/],
    ['after Klient and Gegner, before the Akt', 'anfrage-persons', /^INSERT INTO "public"\."Akt"/],
  ])('annehmenMandatsanfrage, cut %s → %s', async (_name, invariant, at) => {
    const key = await t.key('Alpha', 'AL');
    const intake = (await t.data(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    await t.data(intake, `mutation { submitMandatsanfrage(input: { klient: { name: "K1 Anfrage-Klient", email: "k1@example.at" },
      gegner: [{ name: "G1 Anfrage-Gegner" }], sachgebiet: "Inkasso", beschreibung: "Offene Forderung aus dem Test." }) { __typename } }`);
    const id = (await t.data(key, '{ mandatsanfragen { edges { node { id } } } }')).mandatsanfragen.edges[0].node.id;
    await t.data(key, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
    expect(await invariants()).toEqual([]);
    await cutWithoutTransaction(key, 'annehmenMandatsanfrage', 'AnnehmenMandatsanfrageInput', { id }, at);
    expect(await invariants()).toContain(invariant);
  });
});

/** What every round of the kill check must show. */
function expectSafe(report: KillReport) {
  for (const r of report.rounds) {
    expect(r.violations, `round ${r.round}: half-written state`).toEqual([]);
    expect(r.lost, `round ${r.round}: acknowledged writes lost`).toEqual([]);
    expect(r.servedAfterRestart, `round ${r.round}: serves after the restart`).toBe(true);
  }
  expect(report.finalViolations).toEqual([]);
  // It was a write load, and the kills hit mutations on their way.
  const payloads = report.rounds.flatMap((r) => Object.entries(r.answered)).filter(([k]) => k.endsWith('Payload')).reduce((s, [, n]) => s + n, 0);
  expect(payloads).toBeGreaterThan(5);
  expect(report.rounds.flatMap((r) => r.inFlightAtKill).length).toBeGreaterThan(0);
}

// The suite runs on one database: PostgreSQL with TEST_DATABASE_URL, else PGlite in a data folder.
const url = process.env.TEST_DATABASE_URL;
describe('SIGKILL in the middle of a write load, then restart on the same database', () => {
  it.runIf(url)('PostgreSQL: no half-written state, no lost write, serves again', async () => {
    const { target, drop } = await freshTarget(url);
    try {
      expectSafe(await runKillCheck({ target, rounds: 2 }));
    } finally {
      await drop();
    }
  }, 180_000);

  it.skipIf(url)('PGlite (DATA_DIR): the data folder recovers, no half-written state, no lost write, serves again', async () => {
    const { target, drop } = await freshTarget(undefined);
    try {
      // Migrated from the run's template (not a first start: initdb and every migration would cost
      // seconds of CPU in this worker before the load begins).
      if (target.kind === 'pglite') await migrierterDatenordner(target.dataDir);
      expectSafe(await runKillCheck({ target, rounds: 2 }));
    } finally {
      await drop();
    }
  }, 180_000);
});
