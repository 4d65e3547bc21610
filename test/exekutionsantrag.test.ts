// Akt.exekutionsantrag: per Titel the Forderungen with interest, the awarded costs with § 54a
// interest, the '#WV:' texts. Interest by hand: capital × rate × days / 365, to the cent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exekutionsantrag, ExekutionError } from '../server/domain/exekution.js';
import { Decimal } from '../server/domain/money.js';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;

const Q = `query($id: ID!, $g: Int, $s: Date) { akt(id: $id) { exekutionsantrag(gegner: $g, stichtag: $s) {
  stichtag kapital zinsen kosten kostenzinsen barauslagenKlient gesamt weiteresVorbringen forderungenOhneTitel { forderungId }
  titel { beschlussart datum gericht gerichtName geschaeftszahl vollstreckbarAm kosten barauslagenKlient kostenzinsen kostenzinsenSatz weiteresVorbringen
    forderungen { forderungId kapital zinsen } } } } }`;

const titel = async (input: Record<string, unknown>) => {
  const d = await t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename ... on CreateTitelPayload { titel { id } } ... on Error { message } } }`, {
    i: { aktId: akt, gericht: 'BGHS WIEN', ...input },
  });
  if (d.createTitel.__typename !== 'CreateTitelPayload') throw new Error(JSON.stringify(d.createTitel));
  return d.createTitel.titel.id as string;
};

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
  const g = await Promise.all(['G1', 'G2'].map((x) => createPerson(t, key, { kurzbezeichnung: x, name: x })));
  akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: k, gegnerIds: g });
});
afterEach(() => t.close());

describe('Akt.exekutionsantrag', () => {
  it('lists per Titel its Forderungen with interest and its costs with § 54a interest, to the Stichtag', async () => {
    const f1 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00', zinssatz: '4', zinsenAb: '2026-01-01' });
    const f2 = await createForderung(t, key, { aktId: akt, art: 'NEBENFORDERUNG', betrag: '500.00' });
    // USt 20 % of 160.00 = 32.00; zugesprochen 100 + 60 + 32 + 8 (Klient) = 200.00
    await titel({ datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', vollstreckbarAm: '2026-04-01', geschaeftszahl: '12 C 345/26k', verdienst: '100.00', einheitssatz: '60.00', barauslagenKlient: '8.00' });
    // USt 8.51; zugesprochen 51.07
    await titel({ datum: '2026-04-10', beschlussart: 'BESCHLUSS', vollstreckbarAm: '2026-05-02', gegenWen: 2, verdienst: '26.60', einheitssatz: '15.96', memo: '#WV:Zustellung an die 2. beklagte Partei am 2.4.2026.#' });
    // A VERGLEICH owes no § 54a interest by default.
    await titel({ datum: '2026-06-01', beschlussart: 'VERGLEICH', vollstreckbarAm: '2026-06-01', gegenWen: 1, verdienst: '50.00' });

    const g2 = (await t.data(key, Q, { id: akt, g: 2, s: '2026-12-31' })).akt.exekutionsantrag;
    expect(g2.titel.map((x: any) => x.beschlussart)).toEqual(['ZAHLUNGSBEFEHL', 'BESCHLUSS']);
    expect(g2.titel[0]).toEqual({
      beschlussart: 'ZAHLUNGSBEFEHL', datum: '2026-03-02', gericht: 'BGHS WIEN', gerichtName: expect.stringContaining('Handelssachen'),
      geschaeftszahl: '12 C 345/26k', vollstreckbarAm: '2026-04-01',
      kosten: '200.00', barauslagenKlient: '8.00',
      // 200.00 × 4 % × 304 days (2 Mar → 31 Dec) / 365 = 6.663 → 6.66
      kostenzinsen: '6.66', kostenzinsenSatz: '4.00', weiteresVorbringen: [],
      forderungen: [
        // 1000.00 × 4 % × 364 days (1 Jan → 31 Dec) / 365 = 39.890 → 39.89
        { forderungId: f1, kapital: '1000.00', zinsen: '39.89' },
        { forderungId: f2, kapital: '500.00', zinsen: '0.00' },
      ],
    });
    // 51.07 × 4 % × 265 days (10 Apr → 31 Dec) / 365 = 1.4831 → 1.48
    expect(g2.titel[1]).toMatchObject({ kosten: '51.07', kostenzinsen: '1.48', forderungen: [], weiteresVorbringen: ['Zustellung an die 2. beklagte Partei am 2.4.2026.'] });
    expect(g2).toMatchObject({
      stichtag: '2026-12-31', kapital: '1500.00', zinsen: '39.89', kosten: '251.07', kostenzinsen: '8.14', barauslagenKlient: '8.00',
      gesamt: '1799.10', // 1500.00 + 39.89 + 251.07 + 8.14
      weiteresVorbringen: ['Zustellung an die 2. beklagte Partei am 2.4.2026.'], forderungenOhneTitel: [],
    });

    const g1 = (await t.data(key, Q, { id: akt, g: 1, s: '2026-12-31' })).akt.exekutionsantrag;
    expect(g1.titel.map((x: any) => [x.beschlussart, x.kostenzinsen, x.kostenzinsenSatz])).toEqual([['ZAHLUNGSBEFEHL', '6.66', '4.00'], ['VERGLEICH', '0.00', null]]);
  });

  it('on the decision date itself no interest has accrued yet', async () => {
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00', zinssatz: '4', zinsenAb: '2026-03-02' });
    await titel({ datum: '2026-03-02', beschlussart: 'URTEIL', vollstreckbarAm: '2026-04-01', verdienst: '100.00' });
    const a = (await t.data(key, Q, { id: akt, s: '2026-03-02' })).akt.exekutionsantrag;
    expect([a.zinsen, a.kostenzinsen]).toEqual(['0.00', '0.00']);
  });

  it('shows Forderungen no Titel covers', async () => {
    const id = await titel({ datum: '2026-03-02', beschlussart: 'URTEIL', vollstreckbarAm: '2026-04-01' });
    await t.data(key, `mutation($id: ID!) { deleteTitel(input: { id: $id }) { __typename } }`, { id }); // nothing left
    const f = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '10.00' });
    const a = (await t.data(key, Q, { id: akt, s: '2026-03-02' })).akt.exekutionsantrag;
    expect(a.forderungenOhneTitel).toEqual([{ forderungId: f }]);
    expect(a.kapital).toBe('10.00');
  });
});

describe('exekutionsantrag (pure)', () => {
  it('refuses a Titel that needs a Vollstreckbarkeitsbestätigung and has none', () => {
    const zero = new Decimal(0);
    const titel = {
      id: 't', datum: new Date('2026-03-02T00:00:00Z'), beschlussart: 'URTEIL' as const, geschaeftszahl: '3 Cg 1/26x', vollstreckbarAm: null,
      zinsen54a: true, memo: null, forderungen: [], barauslagenDurchlaufer: zero, barauslagenUstFrei: zero, barauslagenUstPflichtig: zero,
      barauslagenKlient: zero, verdienst: zero, einheitssatz: zero, ust: zero,
    };
    expect(() => exekutionsantrag({ titel: [titel], forderungenOhneTitel: [], stichtag: new Date() })).toThrow(ExekutionError);
    expect(() => exekutionsantrag({ titel: [titel], forderungenOhneTitel: [], stichtag: new Date() })).toThrow(/URTEIL vom 2026-03-02 \(3 Cg 1\/26x\) hat keine Vollstreckbarkeitsbestätigung/);
    expect(exekutionsantrag({ titel: [{ ...titel, beschlussart: 'KOSTENTITEL' as const }], forderungenOhneTitel: [], stichtag: new Date('2026-03-02T00:00:00Z') }).kosten.toFixed(2)).toBe('0.00');
  });
});
