// Two identical bank statement imports at once, on PostgreSQL over real HTTP: each entry is booked
// exactly once. The second import waits on the (office, account) lock, then finds every entry known
// (server/services/kontoauszug.ts); the unique index on the entry's identity is the last line.
// Also: an import and a buchungZuordnen on another entry at once do not deadlock, and two
// buchungZuordnen of the same entry book it once. PGlite runs one transaction at a time: the file
// runs in the PostgreSQL half only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { camt053 } from './support/camt.js';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { TEST_BRIEFKOPF, testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let inkasso: string;
let rf: string;
let nr = 0;

const IMPORT = `mutation($i: ImportiereKontoauszugInput!) { r: importiereKontoauszug(input: $i) { __typename ... on Error { message }
  ... on ImportiereKontoauszugPayload { import { anzahlGebucht anzahlBekannt anzahlOffen } } } }`;
const ZUORDNEN = `mutation($i: BuchungZuordnenInput!) { r: buchungZuordnen(input: $i) { __typename ... on Error { message } ... on BuchungZuordnenPayload { bankbuchung { status } } } }`;

const send = async (query: string, i: Record<string, unknown>) => {
  const res = await t.gql(key, query, { i });
  if (res.status !== 200 || res.body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data.r;
};

describe.runIf(process.env.TEST_DATABASE_URL)('bank statement import races on PostgreSQL over HTTP', () => {
  beforeAll(async () => {
    t = await testServer({ keyRateLimit: { max: 100_000, windowMs: 60_000 }, addressRateLimit: { max: 100_000, windowMs: 60_000 } }, {}, { overHttp: true });
    key = await t.key('Kontorennen', 'KR');
    const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
    const g = await createPerson(t, key, { kurzbezeichnung: 'G', name: 'Gegner' });
    inkasso = await createAkt(t, key, { aktenzeichen: 'R/1', bezeichnung: 'x', klientId: k, gegnerIds: [g] });
    await createForderung(t, key, { aktId: inkasso, art: 'HAUPTFORDERUNG', bezeichnung: 'F', betrag: '100000.00', faelligAm: '2026-10-01' });
    rf = (await t.data(key, `query($id: ID!) { akt(id: $id) { zahlungsreferenzen { rfReferenz } } }`, { id: inkasso })).akt.zahlungsreferenzen[0].rfReferenz;
  }, 60_000);
  afterAll(() => t?.close());

  const bezahlt = async () => (await t.data(key, `query($id: ID!) { akt(id: $id) { zahlungen { betrag } schuldnerstand(stichtag: "2026-12-31") { bezahlt } } }`, { id: inkasso })).akt;

  it('two identical imports at once: every entry booked exactly once', async () => {
    for (let round = 0; round < 5; round++) {
      const vorher = (await bezahlt()).zahlungen.length;
      // 20 entries of 10.00 each (one queued): 19 × 10.00 booked once.
      const eintraege = Array.from({ length: 20 }, (_, i) => ({ ref: `R${round}-${++nr}`, betrag: '10.00', ...(i === 0 ? { text: 'unbekannt' } : { rf }) }));
      const datei = camt053(TEST_BRIEFKOPF.iban, eintraege, `RACE-${round}`);
      const r = await Promise.all([send(IMPORT, { format: 'CAMT053', datei }), send(IMPORT, { format: 'CAMT053', datei })]);
      const zahlen = r.map((x) => [x.import.anzahlGebucht, x.import.anzahlOffen, x.import.anzahlBekannt]).sort();
      expect(zahlen, JSON.stringify(r)).toEqual([[0, 0, 20], [19, 1, 0]]);
      expect((await bezahlt()).zahlungen.length).toBe(vorher + 19);
    }
    // 5 rounds × 19 × 10.00 = 950.00.
    expect((await bezahlt()).schuldnerstand.bezahlt).toBe('950.00');
  }, 120_000);

  it('two buchungZuordnen of the same entry at once book it once', async () => {
    await send(IMPORT, { format: 'CAMT053', datei: camt053(TEST_BRIEFKOPF.iban, [{ ref: 'Z-1', betrag: '5.00', text: 'ohne Referenz' }, { ref: 'Z-2', betrag: '7.00', text: 'ohne Referenz' }], 'Z') });
    const offen = (await t.data(key, `{ offeneBuchungen(first: 10) { edges { node { id bankReferenz } } } }`)).offeneBuchungen.edges.map((e: any) => e.node);
    const z1 = offen.find((b: any) => b.bankReferenz === 'Z-1').id;
    const vorher = (await bezahlt()).zahlungen.length;
    const r = await Promise.all([send(ZUORDNEN, { buchungId: z1, aktId: inkasso }), send(ZUORDNEN, { buchungId: z1, aktId: inkasso })]);
    expect(r.map((x) => x.__typename).sort()).toEqual(['BuchungZuordnenPayload', 'ValidationError']);
    expect((await bezahlt()).zahlungen.length).toBe(vorher + 1);
    // An import and an assignment at once (different locks first, same Akt): both succeed.
    const z2 = offen.find((b: any) => b.bankReferenz === 'Z-2').id;
    const [a, b] = await Promise.all([
      send(IMPORT, { format: 'CAMT053', datei: camt053(TEST_BRIEFKOPF.iban, [{ ref: 'Z-3', betrag: '3.00', rf }], 'Z3') }),
      send(ZUORDNEN, { buchungId: z2, aktId: inkasso }),
    ]);
    expect([a.__typename, b.__typename]).toEqual(['ImportiereKontoauszugPayload', 'BuchungZuordnenPayload']);
    expect((await bezahlt()).zahlungen.length).toBe(vorher + 3);
  }, 60_000);
});
