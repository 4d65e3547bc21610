// Writes whose statements are all their own SQL run on the driver adapter's transaction
// (server/db/adapterTransaktion.ts, `inSqlTransaction` in server/services/db.ts): the same answers
// as Prisma's `$queryRaw`, the same ending (COMMIT, or ROLLBACK on any error), the audit actor and
// the database's refusals as in Prisma's transaction; and a write that needs Prisma's client after
// all (an event to render for a webhook) starts again there and lands once.
// Runs on PGlite and PostgreSQL; the races are in races.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AdapterTransaktion, inAdapterTransaktion } from '../server/db/adapterTransaktion.js';
import { verbundenerAdapter } from '../server/db/direkt.js';
import { ConflictError } from '../server/domain/errors.js';
import { hookedAdapter } from '../server/db/adapterHooks.js';
import { inSqlTransaction } from '../server/services/db.js';
import { createForderung, officeWithAkt } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let o: Awaited<ReturnType<typeof officeWithAkt>>;
let kanzleiId: string;
beforeAll(async () => {
  t = await testServer();
  o = await officeWithAkt(t, 'Kanzlei Adapter', 'AD');
  kanzleiId = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei Adapter' } })).id;
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

const adapter = () => {
  const a = verbundenerAdapter(t.db.prisma);
  if (!a) throw new Error('Prisma ist noch nicht verbunden');
  return a;
};

/** How each write ended on the adapter's transaction. */
const endenAufzeichnen = () => {
  const enden: string[] = [];
  const original = AdapterTransaktion.prototype.beende;
  vi.spyOn(AdapterTransaktion.prototype, 'beende').mockImplementation(function (this: AdapterTransaktion, e) {
    enden.push(e);
    return original.call(this, e);
  });
  return enden;
};

describe('the adapter’s transaction', () => {
  it('answers as Prisma’s $queryRaw does: text, integers, bigint, numeric, dates, timestamps, booleans, nulls', async () => {
    const abfrage = (text: string) =>
      [`SELECT `, `::text AS text, 42::int AS zahl, 9007199254740993::int8 AS gross, 1234.50::numeric AS betrag,
         '2026-12-03'::date AS tag, '2026-12-03 05:06:07.123'::timestamp AS zeit, true AS ja, NULL::text AS nichts`, text] as const;
    const [s1, s2, wert] = abfrage('Müller & "Söhne"');
    const vorlage = Object.assign([s1, s2], { raw: [s1, s2] }) as TemplateStringsArray;
    const ueberPrisma = await t.db.prisma.$transaction((tx) => tx.$queryRaw<Record<string, unknown>[]>(vorlage, wert));
    const ueberAdapter = await inAdapterTransaktion(adapter(), (tx) => tx.$queryRaw<Record<string, unknown>[]>(vorlage, wert));
    // Prisma's Decimal is its own class; both are exact decimals with the same text.
    const vergleichbar = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, betrag: String(r.betrag) }));
    expect(vergleichbar(ueberAdapter)).toEqual(vergleichbar(ueberPrisma));
    expect(vergleichbar(ueberAdapter)).toEqual([{
      text: 'Müller & "Söhne"', zahl: 42, gross: 9007199254740993n, betrag: '1234.5',
      tag: new Date('2026-12-03T00:00:00Z'), zeit: new Date('2026-12-03T05:06:07.123Z'), ja: true, nichts: null,
    }]);
  });

  it('refuses a parameter it would have to convert, and rolls back what ran before', async () => {
    const vorher = await t.db.prisma.forderung.count();
    const fehler = await inAdapterTransaktion(adapter(), async (tx) => {
      await tx.$executeRaw`UPDATE "Forderung" SET bezeichnung = 'geändert' WHERE "kanzleiId" = ${kanzleiId}::uuid`;
      await tx.$queryRaw`SELECT ${new Date()}::timestamp AS t`;
    }).catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(TypeError);
    expect(String(fehler)).toMatch(/Parameter \$1: \[object Date\]/);
    expect(await t.db.prisma.forderung.count({ where: { bezeichnung: 'geändert' } })).toBe(0);
    expect(await t.db.prisma.forderung.count()).toBe(vorher);
  });

  it('refuses a statement after its end (one the work forgot to await)', async () => {
    let behalten: AdapterTransaktion | undefined;
    await inAdapterTransaktion(adapter(), async (tx) => void (behalten = tx));
    await expect(behalten!.$queryRaw`SELECT 1`).rejects.toThrow('schon beendet');
  });

  it('turns a refusal of the database’s last line into a ConflictError, and leaves nothing', async () => {
    // A forgetful write: the Forderung moved onto an archived Akt without the lock (trigger akt_archiviert).
    const archiviert = await t.db.prisma.akt.create({
      data: { kanzleiId, aktenzeichen: 'AD/ARCHIV', bezeichnung: 'archiviert', klientId: o.klient, status: 'ARCHIVIERT' },
    });
    const fehler = await inSqlTransaction(t.db.prisma, kanzleiId, (tx) =>
      tx.$executeRaw`UPDATE "Forderung" SET "aktId" = ${archiviert.id}::uuid WHERE id = ${o.forderung}::uuid`).catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(ConflictError);
    expect(fehler).toMatchObject({ entity: 'Akt', message: expect.stringMatching(/archiviert/) });
    expect((await t.db.prisma.forderung.findUniqueOrThrow({ where: { id: o.forderung } })).aktId).toBe(o.akt);
  });
});

describe('createForderung', () => {
  it('without a webhook: commits on the adapter’s transaction, every row naming the user', async () => {
    const enden = endenAufzeichnen();
    const seit = (await t.db.prisma.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const id = await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', betrag: '12.30' });
    expect(enden).toEqual(['COMMIT']);
    expect(String((await t.db.prisma.forderung.findUniqueOrThrow({ where: { id } })).betrag)).toBe('12.3');
    const eintraege = await t.db.prisma.auditEntry.findMany({ where: { id: { gt: seit } } });
    expect(eintraege.map((e) => [e.entity, e.operation, e.benutzerId])).toEqual([['Forderung', 'createForderung', o.benutzerId]]);
  });

  it('refused (an Akt of another office): rolled back, nothing written', async () => {
    const andere = await officeWithAkt(t, 'Kanzlei Andere', 'AN');
    const enden = endenAufzeichnen();
    const vorher = await t.db.prisma.forderung.count();
    const r = await t.data(o.key, `mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename ... on Error { message } } }`,
      { i: { aktId: andere.akt, art: 'HAUPTFORDERUNG', betrag: '1.00' } });
    expect(r.r.__typename).toBe('NotFoundError');
    expect(enden).toEqual(['ROLLBACK']);
    expect(await t.db.prisma.forderung.count()).toBe(vorher);
  });

  it('with a webhook: the adapter’s attempt is rolled back, Prisma’s writes the Forderung and its event once', async () => {
    await t.db.prisma.webhook.create({
      data: { kanzleiId, url: 'https://partner.example/hook', ereignisse: ['forderung.angelegt'], secret: 'whsec_dGVzdA==', status: 'PAUSIERT' },
    });
    const enden = endenAufzeichnen();
    const seit = (await t.db.prisma.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const id = await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', betrag: '45.60', bezeichnung: 'Mit Webhook' });
    expect(enden).toEqual(['ROLLBACK']);
    expect(await t.db.prisma.forderung.count({ where: { bezeichnung: 'Mit Webhook' } })).toBe(1);
    const ereignisse = await t.db.prisma.webhookEreignis.findMany({ where: { kanzleiId, typ: 'forderung.angelegt' } });
    expect(ereignisse.map((e) => e.daten)).toEqual([expect.objectContaining({ id, betrag: '45.60', bezeichnung: 'Mit Webhook' })]);
    const eintraege = await t.db.prisma.auditEntry.findMany({ where: { id: { gt: seit }, entity: 'Forderung' } });
    expect(eintraege.map((e) => [e.entityId, e.operation, e.benutzerId])).toEqual([[id, 'createForderung', o.benutzerId]]);

    // The office's next writes go to Prisma's transaction directly, for a minute: no second start.
    const zweite = await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', betrag: '7.00' });
    expect(enden).toEqual(['ROLLBACK']);
    const jetzt = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(jetzt + 61_000);
    const dritte = await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', betrag: '8.00' });
    expect(enden).toEqual(['ROLLBACK', 'ROLLBACK']);
    const typen = await t.db.prisma.webhookEreignis.findMany({ where: { kanzleiId, typ: 'forderung.angelegt' } });
    expect(typen.map((e) => (e.daten as { id: string }).id).sort()).toEqual([id, zweite, dritte].sort());
  });
});

// Ending the adapter's transaction is this code's business (Prisma's is its own, and the fault
// injector of safeFailure.test.ts leaves it alone): a COMMIT or ROLLBACK that cannot be sent must
// neither leave the pooled connection inside the transaction (its locks held, its rows committed by
// the next user's COMMIT) nor let a write that wanted Prisma's transaction run a second time.
// PostgreSQL only: PGlite's driver ends a transaction itself, without a statement.
describe.runIf(process.env.TEST_DATABASE_URL)('a COMMIT or ROLLBACK that cannot be sent (PostgreSQL)', () => {
  let s: TestServer;
  let brich: RegExp | null = null;
  afterEach(() => s?.close());

  const aufsetzen = async () => {
    s = await testServer({}, {
      wrapAdapter: (factory) => hookedAdapter(factory, {
        statement: async (sql, _inTx, send) => {
          if (brich?.test(sql)) {
            brich = null;
            throw new Error(`nicht gesendet: ${sql}`);
          }
          return send();
        },
      }),
    });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // Yoga logs the unexpected error
    return officeWithAkt(s, 'Kanzlei Abbruch', 'AB');
  };
  const inTransaktion = async () =>
    (await s.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)[0]!.n;
  const anlegen = (x: Awaited<ReturnType<typeof officeWithAkt>>, bezeichnung: string) =>
    s.data(x.key, `mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename } }`, { i: { aktId: x.akt, art: 'NEBENFORDERUNG', betrag: '5.00', bezeichnung } }).catch(() => null);
  const gelandet = (bezeichnung: string) => s.db.prisma.forderung.count({ where: { bezeichnung } });

  it('a COMMIT not sent: the write fails, nothing lands, the connection is clean for the next', async () => {
    const x = await aufsetzen();
    brich = /^COMMIT$/;
    const r = await s.gql(x.key, `mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename } }`, { i: { aktId: x.akt, art: 'NEBENFORDERUNG', betrag: '5.00', bezeichnung: 'eins' } });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(brich).toBeNull(); // it came due
    expect(await inTransaktion()).toBe(0n);
    expect((await anlegen(x, 'zwei'))?.r.__typename).toBe('CreateForderungPayload');
    expect([await gelandet('eins'), await gelandet('zwei')]).toEqual([0, 1]);
  });

  it('a ROLLBACK not sent before starting again on Prisma’s: the write fails instead of running twice', async () => {
    const x = await aufsetzen();
    const { id: kanzleiId } = await s.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei Abbruch' } });
    await s.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/hook', ereignisse: ['forderung.angelegt'], secret: 'whsec_dGVzdA==', status: 'PAUSIERT' } });
    brich = /^ROLLBACK$/;
    const r = await s.gql(x.key, `mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename } }`, { i: { aktId: x.akt, art: 'NEBENFORDERUNG', betrag: '5.00', bezeichnung: 'eins' } });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(brich).toBeNull();
    expect(await inTransaktion()).toBe(0n);
    expect((await anlegen(x, 'zwei'))?.r.__typename).toBe('CreateForderungPayload');
    expect([await gelandet('eins'), await gelandet('zwei')]).toEqual([0, 1]);
    expect(await s.db.prisma.webhookEreignis.count({ where: { kanzleiId } })).toBe(1);
  });
});
