// The audit trail: who changed what, written in the same transaction as the change, append-only,
// readable by the office's ADMINs only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createPerson, officeWithAkt } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let o: Awaited<ReturnType<typeof officeWithAkt>>;

beforeEach(async () => {
  t = await testServer();
  o = await officeWithAkt(t, 'Alpha', 'AL');
});
afterEach(() => t.close());

const ENTRY = 'at benutzerId benutzerKuerzel keyPrefix operation entity entityId action changes { field before after }';
const LOG = `query($f: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $f, first: $first, after: $after) {
  edges { node { ${ENTRY} } } pageInfo { hasNextPage endCursor } } }`;

const auditLog = async (filter: Record<string, unknown>, key = o.key) =>
  (await t.data(key, LOG, { f: filter, first: 100 })).auditLog.edges.map((e: any) => e.node);

const changesOf = (entry: { changes: { field: string; before: string | null; after: string | null }[] }) =>
  Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));

const mutate = async (call: string, input: Record<string, unknown>, key = o.key) => {
  const name = call.charAt(0).toUpperCase() + call.slice(1);
  const d = await t.data(key, `mutation($i: ${name}Input!) { r: ${call}(input: $i) { __typename ... on Error { message } } }`, { i: input });
  return d.r as { __typename: string; message?: string };
};

describe('every write is recorded with who, when and what', () => {
  it('a created row: the acting user, key prefix, mutation and the values set', async () => {
    const before = Date.now();
    const id = await createForderung(t, o.key, { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag: '1234.50', bezeichnung: 'Rechnung 7', zinssatz: '4.00' });
    const [entry] = await auditLog({ entity: 'Forderung', entityId: id });
    expect(entry).toMatchObject({
      benutzerId: o.benutzerId, benutzerKuerzel: 'AL', keyPrefix: o.key.slice(0, 11), operation: 'createForderung',
      entity: 'Forderung', entityId: id, action: 'CREATE',
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
    // Amounts exactly as stored, as text; unset fields are left out.
    expect(changesOf(entry)).toMatchObject({ betrag: [null, '1234.50'], bezeichnung: [null, 'Rechnung 7'], zinssatz: [null, '4.0000'], art: [null, 'HAUPTFORDERUNG'], aktId: [null, o.akt] });
    expect(entry.changes.map((c: any) => c.field)).not.toContain('faelligAm');
  });

  it('an update: only the changed fields, before and after', async () => {
    expect((await mutate('updateForderung', { id: o.forderung, betrag: '1100.00', bezeichnung: 'korrigiert' })).__typename).toBe('UpdateForderungPayload');
    const [entry] = await auditLog({ entity: 'Forderung', entityId: o.forderung, action: 'UPDATE' });
    expect(entry.operation).toBe('updateForderung');
    expect(changesOf(entry)).toEqual({ betrag: ['1000.00', '1100.00'], bezeichnung: [null, 'korrigiert'] });
    // Saving the same values again changes nothing and records nothing.
    await mutate('updateForderung', { id: o.forderung, betrag: '1100.00' });
    expect(await auditLog({ entity: 'Forderung', entityId: o.forderung, action: 'UPDATE' })).toHaveLength(1);
  });

  it('a delete: the row as it was', async () => {
    expect((await mutate('deleteForderung', { id: o.forderung })).__typename).toBe('DeleteForderungPayload');
    const [entry] = await auditLog({ entityId: o.forderung, action: 'DELETE' });
    expect(entry).toMatchObject({ operation: 'deleteForderung', entity: 'Forderung', benutzerKuerzel: 'AL' });
    expect(changesOf(entry)).toMatchObject({ betrag: ['1000.00', null], art: ['HAUPTFORDERUNG', null] });
  });

  it('a mutation writing several rows: one entry per row, all under the same mutation', async () => {
    const g3 = await createPerson(t, o.key, { kurzbezeichnung: 'G3', name: 'Gegner Drei' });
    expect((await mutate('setGegner', { aktId: o.akt, personIds: [g3, o.g1] })).__typename).toBe('SetGegnerPayload');
    const entries = await auditLog({ operation: 'setGegner' });
    // Position 1 and 2 are replaced: deleted and created again with the new people.
    expect(entries.map((e: any) => `${e.action} ${e.entity} ${e.entityId}`).sort()).toEqual(
      expect.arrayContaining([`CREATE AktGegner ${o.akt}/1`, `CREATE AktGegner ${o.akt}/2`, `DELETE AktGegner ${o.akt}/1`, `DELETE AktGegner ${o.akt}/2`]),
    );
    const neu1 = entries.find((e: any) => e.action === 'CREATE' && e.entityId === `${o.akt}/1`);
    expect(changesOf(neu1).personId).toEqual([null, g3]);
    expect(entries.every((e: any) => e.benutzerId === o.benutzerId)).toBe(true);
  });

  it('mutations of two users at once, over HTTP: every row names the user whose request wrote it', async () => {
    // The actor travels in an AsyncLocalStorage store (async context frames on Node 22 and 24,
    // server/asyncContext.mjs): requests running at the same time must not see each other's.
    const http = await testServer({}, {}, { overHttp: true });
    try {
      const a = await officeWithAkt(http, 'Beta', 'AA');
      const bKey = await http.key('Beta', 'BB');
      const keys = Array.from({ length: 20 }, (_, i) => (i % 2 ? bKey : a.key));
      const ids = await Promise.all(keys.map((key, i) => createForderung(http, key, { aktId: a.akt, art: 'NEBENFORDERUNG', betrag: `${i + 1}.00` })));
      const log = (await http.data(a.key, LOG, { f: { entity: 'Forderung', action: 'CREATE' }, first: 100 })).auditLog.edges.map((e: any) => e.node);
      const wer = new Map(log.map((e: any) => [e.entityId, `${e.benutzerKuerzel} ${e.keyPrefix}`]));
      expect(ids.map((id) => wer.get(id))).toEqual(keys.map((key) => `${key === bKey ? 'BB' : 'AA'} ${key.slice(0, 11)}`));
    } finally {
      await http.close();
    }
  });

  it('the public intake form: no Benutzer, the token prefix', async () => {
    const token = (await t.data(o.key, 'mutation { r: rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).r.token as string;
    const res = await t.gql(token, `mutation($i: SubmitMandatsanfrageInput!) { submitMandatsanfrage(input: $i) { __typename } }`, {
      i: { klient: { name: 'Jürgen Müller', email: 'j.mueller@example.at' }, sachgebiet: 'Inkasso', beschreibung: 'Offene Rechnung.' },
    });
    expect(res.body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    const [entry] = await auditLog({ entity: 'Mandatsanfrage' });
    expect(entry).toMatchObject({ benutzerId: null, benutzerKuerzel: null, keyPrefix: token.slice(0, 12), operation: 'submitMandatsanfrage', action: 'CREATE' });
    // Rotating the token is recorded, but never the token's hash.
    const [rotation] = await auditLog({ entity: 'Kanzlei', operation: 'rotateIntakeToken' });
    expect(changesOf(rotation).intakeTokenHash).toEqual([null, '[redacted]']);
  });

  it('revoking a key is recorded without its hash', async () => {
    const keys = (await t.data(o.key, '{ apiKeys { id } }')).apiKeys;
    const zweiter = await t.key('Alpha', 'AL');
    expect((await mutate('revokeApiKey', { id: keys[0].id }, zweiter)).__typename).toBe('RevokeApiKeyPayload');
    const [entry] = await auditLog({ entity: 'ApiKey', action: 'UPDATE' }, zweiter);
    expect(entry.keyPrefix).toBe(zweiter.slice(0, 11));
    expect(entry.changes.map((c: any) => c.field)).toEqual(['widerrufenAm']);
    const [created] = await auditLog({ entity: 'ApiKey', action: 'CREATE' }, zweiter);
    expect(changesOf(created).hash).toEqual([null, '[redacted]']);
  });

  it('deleting Akten after their retention keeps which rows went, not their data', async () => {
    await t.db.prisma.akt.update({ where: { id: o.akt }, data: { status: 'ARCHIVIERT', abgeschlossenAm: new Date('2020-01-01'), archiviertAm: new Date('2020-01-02'), aufbewahrenBis: new Date('2025-01-01') } });
    const r = await t.data(o.key, 'mutation { r: loescheAbgelaufeneAkten(input: { stichtag: "2026-01-01" }) { ... on LoescheAbgelaufeneAktenPayload { geloeschteAkten anonymisiertePersonen } } }');
    expect(r.r).toEqual({ geloeschteAkten: ['2026/0001'], anonymisiertePersonen: 3 });
    const entries = await auditLog({ operation: 'loescheAbgelaufeneAkten' });
    expect(entries.map((e: any) => `${e.action} ${e.entity}`)).toEqual(expect.arrayContaining(['DELETE Akt', 'DELETE Forderung', 'DELETE Leistung', 'UPDATE Person']));
    const person = entries.find((e: any) => e.entity === 'Person' && e.entityId === o.klient);
    expect(person.changes.find((c: any) => c.field === 'name')).toEqual({ field: 'name', before: null, after: null });
    expect(JSON.stringify(entries)).not.toContain('Klient Alpha');
  });
});

describe('the actor is handed over however a mutation starts (server/audit/actor.ts)', () => {
  const EIGENES_SETZEN = /^SELECT set_config\('audit\.actor', \$1, true\)$/;

  it('with the Akt lock when a mutation starts with it; before the first statement when not; every row carries it', async () => {
    const seit = (await t.db.prisma.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const statements = async (call: string, input: Record<string, unknown>) => {
      t.db.statements.reset();
      const r = await mutate(call, input);
      expect(r.__typename, r.message).toBe(`${call.charAt(0).toUpperCase()}${call.slice(1)}Payload`);
      return [...t.db.statements.statements];
    };
    // The lock is the transaction's first statement and carries the set_config: none of its own.
    const anlegen = await statements('createForderung', { aktId: o.akt, art: 'NEBENFORDERUNG', betrag: '12.00' });
    expect(anlegen.filter((sql) => EIGENES_SETZEN.test(sql.trim()))).toHaveLength(0);
    expect(anlegen.filter((sql) => sql.includes("set_config('audit.actor', ") && sql.includes('FOR UPDATE'))).toHaveLength(1);
    // A mutation that starts with something else (createPerson: its checks; updateKanzlei: a bare
    // write, handed to Prisma unawaited): exactly one set_config of its own, before its first statement.
    for (const [call, input] of [
      ['createPerson', { kurzbezeichnung: 'NEU', name: 'Neue Person' }],
      ['updateKanzlei', { telefon: '+43 732 1234' }],
    ] as const) {
      const sqls = await statements(call, input);
      expect(sqls.filter((sql) => EIGENES_SETZEN.test(sql.trim())), call).toHaveLength(1);
      expect(sqls.findIndex((sql) => EIGENES_SETZEN.test(sql.trim())), call).toBe(1); // after the key, before the mutation's first
    }
    await statements('setGegner', { aktId: o.akt, personIds: [o.g2, o.g1] });
    await statements('deleteForderung', { id: o.forderung });
    // Every row these mutations wrote names the user and the key.
    const rows = await t.db.prisma.auditEntry.findMany({ where: { id: { gt: seit } } });
    expect(new Set(rows.map((e) => e.operation))).toEqual(new Set(['createForderung', 'createPerson', 'updateKanzlei', 'setGegner', 'deleteForderung']));
    for (const e of rows) expect({ e: e.entity, b: e.benutzerId, k: e.keyPrefix }).toEqual({ e: e.entity, b: o.benutzerId, k: o.key.slice(0, 11) });
  });

  it('a lock that finds nothing hands nothing over: the mutation is refused and writes nothing', async () => {
    const vorher = await t.db.prisma.auditEntry.count();
    const r = await mutate('createForderung', { aktId: '00000000-0000-4000-8000-000000000000', art: 'HAUPTFORDERUNG', betrag: '5.00' });
    expect(r.__typename).toBe('NotFoundError');
    expect(await t.db.prisma.auditEntry.count()).toBe(vorher);
  });
});

describe('no entry without the change', () => {
  it('a refused mutation writes no entry', async () => {
    const count = () => t.db.prisma.auditEntry.count();
    const vorher = await count();
    expect((await mutate('createForderung', { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag: '-5.00' })).__typename).toBe('ValidationError');
    expect((await mutate('setGegner', { aktId: o.akt, personIds: [o.g1, o.g1] })).__typename).toBe('ValidationError');
    expect(await count()).toBe(vorher);
  });
});

describe('append-only', () => {
  it('refuses to change, delete or truncate entries, even with SQL', async () => {
    const { id } = await t.db.prisma.auditEntry.findFirstOrThrow({ select: { id: true } });
    await expect(t.db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "operation" = 'x' WHERE id = ${id}`)).rejects.toThrow(/append-only/);
    await expect(t.db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE id = ${id}`)).rejects.toThrow(/append-only/);
    await expect(t.db.prisma.$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    expect(await t.db.prisma.auditEntry.count({ where: { id } })).toBe(1);
  });

  it('every table of the data model is audited', async () => {
    const rows = await t.db.prisma.$queryRawUnsafe<{ table_name: string; audited: boolean }[]>(`
      SELECT c.relname AS table_name, EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND tg.tgname = 'audit') AS audited
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT IN ('_prisma_migrations', 'AuditEntry', 'IdempotenzSchluessel', 'RateLimitCounter', 'WebhookEreignis', 'WebhookZustellung')`);
    // IdempotenzSchluessel records requests (a key, a hash, the id answered), not an office's data:
    // what the first request wrote is in the trail already. RateLimitCounter counts requests per
    // key id or address and window: no office data, and a trigger would double each request's writes.
    // WebhookEreignis copies a change the trail already holds; WebhookZustellung is the bookkeeping
    // of sending it (attempts, answers), kept in its own delivery log.
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !r.audited).map((r) => r.table_name)).toEqual([]);
  });
});

describe('reading the trail', () => {
  it('is for ADMINs, and each office sees only its own', async () => {
    const clerk = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const res = await t.gql(clerk, LOG, {});
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Nur ein ADMIN darf das Audit-Protokoll lesen.', extensions: { code: 'FORBIDDEN' } });

    const beta = await t.key('Beta', 'BE');
    const k = await createPerson(t, beta, { kurzbezeichnung: 'K', name: 'Klient Beta' });
    await createAkt(t, beta, { aktenzeichen: 'B/1', bezeichnung: 'b', klientId: k });
    const betas = await auditLog({}, beta);
    expect(betas.length).toBeGreaterThan(0);
    expect(JSON.stringify(betas)).not.toContain(o.akt);
    expect(await auditLog({ entityId: o.akt }, beta)).toEqual([]);
  });

  it('newest first, filtered, paginated', async () => {
    for (const betrag of ['1.00', '2.00', '3.00']) await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', betrag });
    const q = async (after?: string) => (await t.data(o.key, LOG, { f: { operation: 'createForderung' }, first: 2, after })).auditLog;
    const p1 = await q();
    expect(p1.edges.map((e: any) => changesOf(e.node).betrag?.[1])).toEqual(['3.00', '2.00']);
    const p2 = await q(p1.pageInfo.endCursor);
    expect(p2.edges.map((e: any) => changesOf(e.node).betrag?.[1])).toEqual(['1.00', '1000.00']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(await auditLog({ benutzerId: 'nicht-eine-id' })).toEqual([]);
    expect((await auditLog({ from: '2999-01-01T00:00:00Z' }))).toEqual([]);
  });
});
