// Titel (titel.md): fields and rules, zugesprochen, § 54a default, Forderungen ↔ Titel, gegenWen,
// '#WV:' texts, "Leistung gerichtlich bestimmen", and the two-defendant Zahlungsbefehl walk-through.
// Figures are computed by hand in the comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../server/domain/errors.js';
import { inTransaction } from '../server/services/db.js';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;
let gegner: string[];

const TITEL = `id datum beschlussart honorartext gericht { kurzbezeichnung } geschaeftszahl geschaeftszahlHinweis zinsen54a vollstreckbarAm gegenWen
  barauslagenDurchlaufer barauslagenUstFrei barauslagenUstPflichtig barauslagenKlient verdienst einheitssatz ust zugesprochen
  sachbearbeiter { kuerzel } zeitMinuten memo weiteresVorbringen forderungen { id } leistung { id }`;

async function titel(input: Record<string, unknown>) {
  const d = await t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename
    ... on CreateTitelPayload { titel { ${TITEL} } } ... on ValidationError { field message issues { field message } } ... on Error { message } } }`, {
    i: { aktId: akt, datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', ...input },
  });
  return d.createTitel;
}

const aktTitel = async (gegnerPos?: number) =>
  (await t.data(key, `query($id: ID!, $g: Int) { akt(id: $id) { titel(gegner: $g) { id beschlussart gegenWen } } }`, { id: akt, g: gegnerPos })).akt.titel;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
  gegner = await Promise.all(['G1', 'G2'].map((k) => createPerson(t, key, { kurzbezeichnung: k, name: k })));
  akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient, gegnerIds: gegner });
});
afterEach(() => t.close());

describe('zugesprochen', () => {
  const betraege = { verdienst: '208.20', einheitssatz: '124.92', barauslagenUstPflichtig: '10.00', barauslagenUstFrei: '5.00', barauslagenDurchlaufer: '107.00', barauslagenKlient: '50.00' };

  it('computes the USt when none is given and sums every awarded amount', async () => {
    const r = await titel(betraege);
    // USt = 20 % of (208.20 + 124.92 + 10.00) = 68.624 → 68.62
    // zugesprochen = 107.00 + 5.00 + 10.00 + 50.00 + 208.20 + 124.92 + 68.62 = 573.74
    expect(r.titel).toMatchObject({ ust: '68.62', zugesprochen: '573.74', barauslagenKlient: '50.00' });
  });

  it('keeps an explicit USt', async () => {
    const r = await titel({ ...betraege, ust: '70.00' });
    expect(r.titel).toMatchObject({ ust: '70.00', zugesprochen: '575.12' }); // 573.74 − 68.62 + 70.00
  });

  it('a Titel with no amounts awards 0.00', async () => {
    expect((await titel({})).titel).toMatchObject({ ust: '0.00', zugesprochen: '0.00' });
  });

  it('updating an amount recomputes the USt unless one is given', async () => {
    const { titel: x } = await titel({ verdienst: '100.00' });
    const upd = async (i: object) =>
      (await t.data(key, `mutation($i: UpdateTitelInput!) { updateTitel(input: $i) { ... on UpdateTitelPayload { titel { ust zugesprochen } } } }`, { i: { id: x.id, ...i } })).updateTitel.titel;
    expect(await upd({ verdienst: '200.00' })).toEqual({ ust: '40.00', zugesprochen: '240.00' });
    expect(await upd({ ust: '39.00' })).toEqual({ ust: '39.00', zugesprochen: '239.00' });
    expect(await upd({ ust: null })).toEqual({ ust: '40.00', zugesprochen: '240.00' });
  });

  it('an entered USt stays when an amount changes; a derived one follows the amounts (issue 16.1)', async () => {
    const { titel: x } = await titel({ verdienst: '100.00', ust: '5.00' });
    const upd = async (i: object) =>
      (await t.data(key, `mutation($i: UpdateTitelInput!) { updateTitel(input: $i) { ... on UpdateTitelPayload { titel { ust ustErfasst zugesprochen } } } }`, { i: { id: x.id, ...i } })).updateTitel.titel;
    // Entered 5.00: a new Verdienst leaves it; zugesprochen 200.00 + 5.00 = 205.00.
    expect(await upd({ verdienst: '200.00' })).toEqual({ ust: '5.00', ustErfasst: true, zugesprochen: '205.00' });
    expect(await upd({ barauslagenUstPflichtig: '10.00', einheitssatz: '20.00' })).toEqual({ ust: '5.00', ustErfasst: true, zugesprochen: '235.00' });
    // ust: null derives it again: 20 % of (200.00 + 20.00 + 10.00) = 46.00; 230.00 + 46.00 = 276.00.
    expect(await upd({ ust: null })).toEqual({ ust: '46.00', ustErfasst: false, zugesprochen: '276.00' });
    // Derived now, so it follows: 20 % of (300.00 + 20.00 + 10.00) = 66.00; 330.00 + 66.00 = 396.00.
    expect(await upd({ verdienst: '300.00' })).toEqual({ ust: '66.00', ustErfasst: false, zugesprochen: '396.00' });
    // A change of something the USt is not computed on (USt-freie Barauslagen) leaves it: 396.00 + 4.00.
    expect(await upd({ barauslagenUstFrei: '4.00' })).toEqual({ ust: '66.00', ustErfasst: false, zugesprochen: '400.00' });
  });

  it('a zinsen54a left to the default follows a changed Beschlussart; a chosen one stays', async () => {
    const upd = async (id: string, i: object) =>
      (await t.data(key, `mutation($i: UpdateTitelInput!) { updateTitel(input: $i) { ... on UpdateTitelPayload { titel { beschlussart zinsen54a zinsen54aErfasst } } } }`, { i: { id, ...i } })).updateTitel.titel;
    // VERGLEICH: default false; made an URTEIL: the default true.
    const { titel: v } = await titel({ beschlussart: 'VERGLEICH' });
    expect(await upd(v.id, { beschlussart: 'URTEIL' })).toEqual({ beschlussart: 'URTEIL', zinsen54a: true, zinsen54aErfasst: false });
    // URTEIL with § 54a explicitly off: made a BESCHLUSS (default true), it stays off; null = the default again.
    const { titel: u } = await titel({ beschlussart: 'URTEIL', zinsen54a: false });
    expect(await upd(u.id, { beschlussart: 'BESCHLUSS' })).toEqual({ beschlussart: 'BESCHLUSS', zinsen54a: false, zinsen54aErfasst: true });
    expect(await upd(u.id, { zinsen54a: null })).toEqual({ beschlussart: 'BESCHLUSS', zinsen54a: true, zinsen54aErfasst: false });
  });
});

describe('rules by Beschlussart', () => {
  it('vollstreckbarAm is required except for a KOSTENTITEL', async () => {
    const r = await titel({ beschlussart: 'URTEIL', vollstreckbarAm: null });
    expect(r).toMatchObject({ __typename: 'ValidationError', field: 'vollstreckbarAm' });
    const k = await titel({ beschlussart: 'KOSTENTITEL', vollstreckbarAm: null });
    expect(k.titel).toMatchObject({ beschlussart: 'KOSTENTITEL', vollstreckbarAm: null, zinsen54a: true });
  });

  it('a SONSTIGER_TITEL needs its honorartext', async () => {
    expect(await titel({ beschlussart: 'SONSTIGER_TITEL' })).toMatchObject({ __typename: 'ValidationError', field: 'honorartext' });
    expect((await titel({ beschlussart: 'SONSTIGER_TITEL', honorartext: 'Exekutionsbewilligung' })).titel.honorartext).toBe('Exekutionsbewilligung');
  });

  it.each([
    ['ZAHLUNGSBEFEHL', true], ['URTEIL', true], ['VERSAEUMUNGSURTEIL', true], ['ANERKENNTNISURTEIL', true], ['BESCHLUSS', true],
    ['KOSTENBESTIMMUNGSBESCHLUSS', true], ['KOSTENTITEL', true], ['EUROPAEISCHER_ZAHLUNGSBEFEHL', true],
    ['VERGLEICH', false], ['ZAHLUNGSAUFTRAG', false], ['NOTARIATSAKT', false], ['RUECKSTANDSAUSWEIS', false], ['SCHIEDSSPRUCH', false],
    ['BESCHEID', false], ['EUROPAEISCHER_VOLLSTRECKUNGSTITEL', false],
  ])('§ 54a default for %s is %s, and can be overridden', async (art, expected) => {
    expect((await titel({ beschlussart: art })).titel.zinsen54a).toBe(expected);
    expect((await titel({ beschlussart: art, zinsen54a: !expected })).titel.zinsen54a).toBe(!expected);
  });

  it('rejects an unknown court, a missing Gegner position, a bad amount, too long a Geschäftszahl, an unknown Kürzel', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ gericht: 'BG NIRGENDWO' }, 'gericht'],
      [{ gegenWen: 3 }, 'gegenWen'],
      [{ gegenWen: 11 }, 'gegenWen'],
      [{ gegenWen: 0 }, 'gegenWen'],
      [{ verdienst: '-1.00' }, 'verdienst'],
      [{ einheitssatz: '1.001' }, 'einheitssatz'],
      [{ geschaeftszahl: 'x'.repeat(101) }, 'geschaeftszahl'],
      [{ sachbearbeiter: 'XX' }, 'sachbearbeiter'],
    ];
    for (const [input, field] of cases) expect(await titel(input)).toMatchObject({ __typename: 'ValidationError', field });
    expect(await t.db.prisma.titel.count()).toBe(0);
    const bad = await t.gql(key, `mutation { createTitel(input: { aktId: "${akt}", datum: "2026-01-01", beschlussart: MAHNBESCHEID, gericht: "BGHS WIEN" }) { __typename } }`);
    expect(bad.body.errors?.[0]?.message).toMatch(/MAHNBESCHEID/);
  });

  it('warns, but accepts, a Geschäftszahl that does not look like one', async () => {
    expect((await titel({ geschaeftszahl: '12 C 345/24k' })).titel.geschaeftszahlHinweis).toBeNull();
    expect((await titel({ geschaeftszahl: '17 Cg 12/26t' })).titel.geschaeftszahlHinweis).toBeNull();
    const odd = (await titel({ geschaeftszahl: 'AZ-4711' })).titel;
    expect(odd.geschaeftszahl).toBe('AZ-4711');
    expect(odd.geschaeftszahlHinweis).toMatch(/12 C 345\/24k/);
    await titel({ geschaeftszahl: '12 C 345/24k' });
    // The Akt offers the numbers entered so far, each once, oldest Titel first.
    const { akt: a } = await t.data(key, `query($id: ID!) { akt(id: $id) { geschaeftszahlen } }`, { id: akt });
    expect(a.geschaeftszahlen).toEqual(['12 C 345/24k', '17 Cg 12/26t', 'AZ-4711']);
  });

  it('an office’s own authority can be used; another office’s cannot', async () => {
    const add = await t.data(key, `mutation { createGericht(input: { kurzbezeichnung: "fa wien", name: "Finanzamt Österreich, Dienststelle Wien", plz: "1030", ort: "Wien" }) {
      __typename ... on CreateGerichtPayload { gericht { kurzbezeichnung art eigenes } } } }`);
    expect(add.createGericht.gericht).toEqual({ kurzbezeichnung: 'FA WIEN', art: 'BEHOERDE', eigenes: true });
    expect((await titel({ beschlussart: 'RUECKSTANDSAUSWEIS', gericht: 'FA WIEN' })).titel.gericht).toEqual({ kurzbezeichnung: 'FA WIEN' });
    const other = await t.key('Beta', 'BE');
    const seen = await t.data(other, `{ gerichte(suche: "FA WIEN") { kurzbezeichnung } }`);
    expect(seen.gerichte).toEqual([]);
    const dup = await t.data(key, `mutation { createGericht(input: { kurzbezeichnung: "BGHS WIEN", name: "x", plz: "1030", ort: "Wien" }) { __typename ... on ValidationError { field } } }`);
    expect(dup.createGericht).toEqual({ __typename: 'ValidationError', field: 'kurzbezeichnung' });
  });
});

describe('Forderungen ↔ Titel', () => {
  it('a new Titel takes every Forderung without a Titel; a later Forderung goes to the first Titel, with a notice', async () => {
    const f1 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00' });
    const f2 = await createForderung(t, key, { aktId: akt, art: 'NEBENFORDERUNG', betrag: '40.00' });
    const spaet = await titel({ datum: '2026-05-01', geschaeftszahl: '12 C 345/26k' });
    expect(spaet.titel.forderungen.map((f: any) => f.id).sort()).toEqual([f1, f2].sort());
    // An earlier decision recorded later: it gets nothing (all are taken), but it is the "first" Titel.
    const frueh = await titel({ datum: '2026-03-02', beschlussart: 'BESCHLUSS' });
    expect(frueh.titel.forderungen).toEqual([]);
    const res = await t.data(key, `mutation($a: ID!) { createForderung(input: { aktId: $a, art: HAUPTFORDERUNG, betrag: "500.00" }) {
      ... on CreateForderungPayload { hinweis forderung { id titel { id } } } } }`, { a: akt });
    expect(res.createForderung.forderung.titel).toEqual({ id: frueh.titel.id });
    expect(res.createForderung.hinweis).toMatch(/ersten Titel des Akts zugeordnet \(BESCHLUSS vom 2026-03-02\)/);
  });

  it('a Forderung in an Akt without Titel has no notice', async () => {
    const res = await t.data(key, `mutation($a: ID!) { createForderung(input: { aktId: $a, art: HAUPTFORDERUNG, betrag: "500.00" }) { ... on CreateForderungPayload { hinweis forderung { titel { id } } } } }`, { a: akt });
    expect(res.createForderung).toEqual({ hinweis: null, forderung: { titel: null } });
  });

  it('assignForderungenToTitel moves them, all or nothing; Forderungen of another Akt or office are refused', async () => {
    const f1 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00' });
    const f2 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '2000.00' });
    const a = (await titel({})).titel;
    const b = (await titel({ beschlussart: 'BESCHLUSS', datum: '2026-06-01' })).titel;
    const assign = (titelId: string, forderungIds: string[], k = key) =>
      t.data(k, `mutation($i: AssignForderungenToTitelInput!) { r: assignForderungenToTitel(input: $i) { __typename
        ... on AssignForderungenToTitelPayload { titel { forderungen { id } } } ... on ValidationError { field message } } }`, { i: { titelId, forderungIds } });
    expect((await assign(b.id, [f2])).r.titel.forderungen).toEqual([{ id: f2 }]);

    const klient2 = await createPerson(t, key, { kurzbezeichnung: 'K2', name: 'K2' });
    const akt2 = await createAkt(t, key, { aktenzeichen: '2026/0002', bezeichnung: 'y', klientId: klient2 });
    const fremd = await createForderung(t, key, { aktId: akt2, art: 'HAUPTFORDERUNG', betrag: '1.00' });
    const before = await t.db.prisma.forderung.findMany({ orderBy: { id: 'asc' }, select: { id: true, titelId: true } });
    const refused = await assign(b.id, [f1, fremd]);
    expect(refused.r).toMatchObject({ __typename: 'ValidationError', field: 'forderungIds' });
    expect(refused.r.message).toContain(fremd);

    const beta = await t.key('Beta', 'BE');
    const kb = await createPerson(t, beta, { kurzbezeichnung: 'K', name: 'K' });
    const aktB = await createAkt(t, beta, { aktenzeichen: '1', bezeichnung: 'b', klientId: kb });
    const fb = await createForderung(t, beta, { aktId: aktB, art: 'HAUPTFORDERUNG', betrag: '1.00' });
    expect((await assign(b.id, [fb])).r.__typename).toBe('ValidationError'); // A's Titel, B's Forderung, A's key
    expect((await assign(b.id, [f1], beta)).r.__typename).toBe('NotFoundError'); // A's Titel through B's key
    expect(await t.db.prisma.forderung.findMany({ where: { kanzlei: { name: 'Alpha' } }, orderBy: { id: 'asc' }, select: { id: true, titelId: true } })).toEqual(before);
    expect((await t.data(key, `query($id: ID!) { akt(id: $id) { titel { id forderungen { id } } } }`, { id: akt })).akt.titel).toEqual([
      { id: a.id, forderungen: [{ id: f1 }] },
      { id: b.id, forderungen: [{ id: f2 }] },
    ]);
  });

  it('deleting a Titel frees its Forderungen', async () => {
    const f1 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00' });
    const a = (await titel({})).titel;
    const d = await t.data(key, `mutation($id: ID!) { deleteTitel(input: { id: $id }) { __typename ... on DeleteTitelPayload { deletedId akt { titel { id } forderungen { id titel { id } } } } } }`, { id: a.id });
    expect(d.deleteTitel).toEqual({ __typename: 'DeleteTitelPayload', deletedId: a.id, akt: { titel: [], forderungen: [{ id: f1, titel: null }] } });
  });
});

describe("'#WV:' texts", () => {
  it.each([
    ['several', 'Vorab. #WV:Erster Satz.# dazwischen #WV: Zweiter Satz. # Ende', ['Erster Satz.', 'Zweiter Satz.']],
    ['unclosed', 'Text #WV:nie geschlossen', []],
    ['one closed, one unclosed', '#WV:A.# und #WV:B', ['A.']],
    ['none', 'Nur eine Notiz # ohne Marker #', []],
    ['empty memo', null, []],
  ])('%s', async (_label, memo, expected) => {
    expect((await titel({ memo })).titel.weiteresVorbringen).toEqual(expected);
  });
});

describe('Zahlungsbefehl against two defendants that become final at different times', () => {
  it('plays the walk-through of the source text', async () => {
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '3000.00' });
    // 1. Final for defendant 1 only: gegenWen = 1.
    const zb = (await titel({ beschlussart: 'ZAHLUNGSBEFEHL', gegenWen: 1, geschaeftszahl: '12 C 345/26k', verdienst: '173.80', einheitssatz: '104.28' })).titel;
    expect(zb.gegenWen).toBe(1);
    expect((await aktTitel(1)).map((x: any) => x.id)).toEqual([zb.id]);
    expect(await aktTitel(2)).toEqual([]);
    // 2. Final for defendant 2 as well: clear gegenWen, add the '#WV:' sentence.
    const satz = 'Der Zahlungsbefehl gegen die 2. beklagte Partei wurde am 3.4.2026 rechtskräftig.';
    const upd = await t.data(key, `mutation($i: UpdateTitelInput!) { updateTitel(input: $i) { __typename ... on UpdateTitelPayload { titel { gegenWen weiteresVorbringen } } } }`, {
      i: { id: zb.id, gegenWen: null, memo: `Zustellanstand beim Zweitbeklagten. #WV:${satz}#` },
    });
    expect(upd.updateTitel.titel).toEqual({ gegenWen: null, weiteresVorbringen: [satz] });
    // 3. Costs of the later service application against defendant 2: a separate BESCHLUSS, gegenWen = 2.
    const b = (await titel({ beschlussart: 'BESCHLUSS', datum: '2026-04-10', vollstreckbarAm: '2026-05-02', gegenWen: 2, verdienst: '26.60', einheitssatz: '15.96' })).titel;
    expect(b.forderungen).toEqual([]); // the Forderung is on the Zahlungsbefehl already
    expect((await aktTitel(1)).map((x: any) => x.id)).toEqual([zb.id]);
    expect((await aktTitel(2)).map((x: any) => x.id)).toEqual([zb.id, b.id]);
    expect((await aktTitel()).map((x: any) => x.id)).toEqual([zb.id, b.id]);
    // USt 20 % of (26.60 + 15.96) = 8.512 → 8.51; zugesprochen 51.07
    expect(b).toMatchObject({ ust: '8.51', zugesprochen: '51.07', zinsen54a: true });
  });
});

describe('setGegner and the Gegner a Titel names (issue 16.5)', () => {
  const setGegner = async (personIds: string[]) =>
    (await t.data(key, `mutation($i: SetGegnerInput!) { r: setGegner(input: $i) { __typename ... on SetGegnerPayload { akt { gegner { id } } } ... on ValidationError { field message } } }`,
      { i: { aktId: akt, personIds } })).r;
  const gegnerJetzt = async () => (await t.data(key, `query($id: ID!) { akt(id: $id) { version gegner { id } } }`, { id: akt })).akt;

  it('refuses to remove or replace a position a Titel names, and says which Titel; adding is fine', async () => {
    const g3 = await createPerson(t, key, { kurzbezeichnung: 'G3', name: 'G3' });
    const { titel: zb } = await titel({ gegenWen: 2, geschaeftszahl: '12 C 345/26k' });
    const { titel: b } = await titel({ beschlussart: 'BESCHLUSS', datum: '2026-05-04', gegenWen: 1 });
    const vorher = await gegnerJetzt();
    // Gegner 2 removed: the Zahlungsbefehl names it.
    const weg = await setGegner([gegner[0]!]);
    expect(weg).toMatchObject({ __typename: 'ValidationError', field: 'personIds' });
    expect(weg.message).toContain('12 C 345/26k (Gegner 2)');
    expect(weg.message).not.toContain('BESCHLUSS');
    // Swapped: both positions now hold someone else; the Titel without a Geschäftszahl is named by kind and date.
    const tausch = await setGegner([gegner[1]!, gegner[0]!]);
    expect(tausch.message).toContain('12 C 345/26k (Gegner 2), BESCHLUSS vom 2026-05-04 (Gegner 1)');
    expect(await gegnerJetzt()).toEqual(vorher); // nothing written, not even the version
    // A third Gegner at the end leaves 1 and 2 as they are.
    expect((await setGegner([gegner[0]!, gegner[1]!, g3])).akt.gegner).toEqual([{ id: gegner[0] }, { id: gegner[1] }, { id: g3 }]);
    // Once the Titel no longer name them (empty = all opponents), the list can shrink.
    for (const id of [zb.id, b.id]) {
      await t.data(key, `mutation($i: UpdateTitelInput!) { updateTitel(input: $i) { __typename } }`, { i: { id, gegenWen: null } });
    }
    expect((await setGegner([g3])).akt.gegner).toEqual([{ id: g3 }]);
  });

  it('the database refuses it too, for a write path that forgets the rule', async () => {
    await titel({ gegenWen: 2, geschaeftszahl: '12 C 345/26k' });
    const fehler = (work: Parameters<typeof inTransaction>[1]) => inTransaction(t.db.prisma, work).then(() => null, (e: unknown) => e);
    const e1 = await fehler((tx) => tx.aktGegner.deleteMany({ where: { aktId: akt, position: 2 } }));
    expect(e1).toBeInstanceOf(ConflictError);
    expect(e1).toMatchObject({ entity: 'Titel', message: expect.stringContaining('12 C 345/26k') });
    const e2 = await fehler((tx) => tx.titel.updateMany({ where: { aktId: akt }, data: { gegenWen: 3 } }));
    expect(e2).toMatchObject({ entity: 'Titel', message: expect.stringContaining('Gegner 3') });
    expect((await gegnerJetzt()).gegner).toEqual(gegner.map((id) => ({ id })));
    // A position no Titel names can go; deleting the Akt takes its Titel and Gegner together.
    expect(await fehler((tx) => tx.aktGegner.deleteMany({ where: { aktId: akt, position: 1 } }))).toBeNull();
    expect(await fehler((tx) => tx.akt.delete({ where: { id: akt } }))).toBeNull();
    expect(await t.db.prisma.titel.count({ where: { aktId: akt } })).toBe(0);
  });
});

describe('Leistung gerichtlich bestimmen', () => {
  it('prefills a Titel from a Leistung, links it and takes the Leistung out of client billing', async () => {
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '5000.00' });
    // 3A at BG 5 000, 2 Gegner: 208.20; ES 124.92; SG 10 % 33.31; USt 73.29 (see tarife.test.ts)
    const lid = await createLeistung(t, key, { aktId: akt, datum: '2026-02-01', kuerzel: '3A', barauslagenDurchlaufer: '107.00', zeitMinuten: 40 });
    const d = await t.data(key, `mutation($i: CreateTitelFromLeistungInput!) { createTitelFromLeistung(input: $i) { __typename
      ... on CreateTitelFromLeistungPayload { titel { ${TITEL} } } ... on Error { message } } }`, {
      i: { leistungId: lid, datum: '2026-03-15', beschlussart: 'BESCHLUSS', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-20', sachbearbeiter: 'AL' },
    });
    // Verdienst = 208.20 + SG 33.31 = 241.51; zugesprochen = 107.00 + 241.51 + 124.92 + 73.29 = 546.72
    expect(d.createTitelFromLeistung.titel).toMatchObject({
      verdienst: '241.51', einheitssatz: '124.92', ust: '73.29', barauslagenDurchlaufer: '107.00', zugesprochen: '546.72',
      zeitMinuten: 40, sachbearbeiter: { kuerzel: 'AL' }, leistung: { id: lid },
    });
    const l = async () => (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id gerichtlichBestimmt titel { id } } } }`, { id: akt })).akt.leistungen[0];
    expect(await l()).toEqual({ id: lid, gerichtlichBestimmt: true, titel: { id: d.createTitelFromLeistung.titel.id } });
    const again = await t.data(key, `mutation($i: CreateTitelFromLeistungInput!) { createTitelFromLeistung(input: $i) { __typename ... on ValidationError { field } } }`, {
      i: { leistungId: lid, datum: '2026-03-15', beschlussart: 'BESCHLUSS', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-20' },
    });
    expect(again.createTitelFromLeistung).toEqual({ __typename: 'ValidationError', field: 'leistungId' });
    await t.data(key, `mutation($id: ID!) { deleteTitel(input: { id: $id }) { __typename } }`, { id: d.createTitelFromLeistung.titel.id });
    expect(await l()).toEqual({ id: lid, gerichtlichBestimmt: false, titel: null });
  });
});

describe('Titel across offices', () => {
  it('another office can neither read, change, delete nor create Titel on this office’s Akten', async () => {
    const x = (await titel({ verdienst: '100.00' })).titel;
    const lid = await createLeistung(t, key, { aktId: akt, datum: '2026-02-01', kuerzel: 'X', verdienst: '10.00' });
    const beta = await t.key('Beta', 'BE');
    const d = await t.data(beta, `mutation($t: ID!, $a: ID!, $l: ID!) {
      u: updateTitel(input: { id: $t, verdienst: "1.00" }) { __typename }
      d: deleteTitel(input: { id: $t }) { __typename }
      c: createTitel(input: { aktId: $a, datum: "2026-01-01", beschlussart: KOSTENTITEL, gericht: "BGHS WIEN" }) { __typename }
      l: createTitelFromLeistung(input: { leistungId: $l, datum: "2026-01-01", beschlussart: KOSTENTITEL, gericht: "BGHS WIEN" }) { __typename } }`, { t: x.id, a: akt, l: lid });
    expect(d).toEqual({ u: { __typename: 'NotFoundError' }, d: { __typename: 'NotFoundError' }, c: { __typename: 'NotFoundError' }, l: { __typename: 'NotFoundError' } });
    expect((await t.data(key, `query($id: ID!) { akt(id: $id) { titel { verdienst } } }`, { id: akt })).akt.titel).toEqual([{ verdienst: '100.00' }]);
  });
});

describe('court register', () => {
  it('finds courts by short or full name, any case', async () => {
    const d = await t.data(key, `{ a: gerichte(suche: "handelssachen") { kurzbezeichnung art plz } b: gerichte(suche: "ogh") { kurzbezeichnung name } }`);
    expect(d.a).toEqual([{ kurzbezeichnung: 'BGHS WIEN', art: 'BG', plz: '1030' }]);
    expect(d.b).toEqual([{ kurzbezeichnung: 'OGH', name: 'Oberster Gerichtshof' }]);
  });

  it('with a PLZ: same postcode first, then the same area, then the region; Bezirksgerichte before the rest', async () => {
    const d = await t.data(key, `{ gerichte(plz: "4020", first: 200) { kurzbezeichnung plz art } }`);
    const rang = (plz: string) => (plz === '4020' ? 0 : plz.startsWith('40') ? 1 : plz.startsWith('4') ? 2 : 3);
    const ranks = d.gerichte.map((g: any) => rang(g.plz));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(d.gerichte.slice(0, 2).map((g: any) => g.kurzbezeichnung)).toEqual(['BG LINZ', 'LG LINZ']);
    expect(d.gerichte.length).toBeGreaterThan(100);
  });
});
