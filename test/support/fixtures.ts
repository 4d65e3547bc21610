// Small builders for test data, going through the API like a client would.
import type { TestServer } from './testServer.js';

/** Runs `create<Type>(input)` and returns the new object's id; any error fails the test. */
async function create(t: TestServer, key: string, type: 'Person' | 'Akt' | 'Forderung' | 'Leistung', input: Record<string, unknown>) {
  const field = type.charAt(0).toLowerCase() + type.slice(1);
  const d = await t.data(
    key,
    `mutation($input: Create${type}Input!) { r: create${type}(input: $input) { __typename ... on Create${type}Payload { ${field} { id } } ... on Error { message } } }`,
    { input },
  );
  if (d.r.__typename !== `Create${type}Payload`) throw new Error(JSON.stringify(d.r));
  return d.r[field].id as string;
}

export const createPerson = (t: TestServer, key: string, input: Record<string, unknown>) => create(t, key, 'Person', input);
export const createAkt = (t: TestServer, key: string, input: Record<string, unknown>) => create(t, key, 'Akt', input);
export const createForderung = (t: TestServer, key: string, input: Record<string, unknown>) => create(t, key, 'Forderung', input);
export const createLeistung = (t: TestServer, key: string, input: Record<string, unknown>) => create(t, key, 'Leistung', input);

/** An office with a Klient (with an address: invoices need it), two Gegner and one Akt holding a Forderung and a Leistung. */
export async function officeWithAkt(t: TestServer, kanzlei: string, kuerzel: string) {
  const key = await t.key(kanzlei, kuerzel);
  const klient = await createPerson(t, key, { kurzbezeichnung: 'KLIENT', name: `Klient ${kanzlei}`, strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
  const g1 = await createPerson(t, key, { kurzbezeichnung: 'G1', name: `Gegner Eins ${kanzlei}` });
  const g2 = await createPerson(t, key, { kurzbezeichnung: 'G2', name: `Gegner Zwei ${kanzlei}` });
  const akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: `Akt ${kanzlei}`, klientId: klient, gegnerIds: [g1, g2] });
  const forderung = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00' });
  const leistung = await createLeistung(t, key, { aktId: akt, datum: '2026-01-15', kuerzel: 'MES', verdienst: '33.80' });
  const [me] = (await t.data(key, '{ benutzer { id } }')).benutzer;
  return { key, klient, g1, g2, akt, forderung, leistung, benutzerId: me.id as string };
}
