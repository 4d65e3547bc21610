// Small builders for test data, going through the API like a client would.
import type { TestServer } from './testServer.js';

export async function createPerson(t: TestServer, key: string, input: Record<string, unknown>): Promise<string> {
  const d = await t.data(
    key,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename ... on CreatePersonPayload { person { id } } ... on Error { message } } }`,
    { input },
  );
  if (d.createPerson.__typename !== 'CreatePersonPayload') throw new Error(JSON.stringify(d.createPerson));
  return d.createPerson.person.id;
}

export async function createAkt(t: TestServer, key: string, input: Record<string, unknown>): Promise<string> {
  const d = await t.data(
    key,
    `mutation($input: CreateAktInput!) { createAkt(input: $input) { __typename ... on CreateAktPayload { akt { id } } ... on Error { message } } }`,
    { input },
  );
  if (d.createAkt.__typename !== 'CreateAktPayload') throw new Error(JSON.stringify(d.createAkt));
  return d.createAkt.akt.id;
}

export async function createForderung(t: TestServer, key: string, input: Record<string, unknown>): Promise<string> {
  const d = await t.data(
    key,
    `mutation($input: CreateForderungInput!) { createForderung(input: $input) { __typename ... on CreateForderungPayload { forderung { id } } ... on Error { message } } }`,
    { input },
  );
  if (d.createForderung.__typename !== 'CreateForderungPayload') throw new Error(JSON.stringify(d.createForderung));
  return d.createForderung.forderung.id;
}

export async function createLeistung(t: TestServer, key: string, input: Record<string, unknown>): Promise<string> {
  const d = await t.data(
    key,
    `mutation($input: CreateLeistungInput!) { createLeistung(input: $input) { __typename ... on CreateLeistungPayload { leistung { id } } ... on Error { message } } }`,
    { input },
  );
  if (d.createLeistung.__typename !== 'CreateLeistungPayload') throw new Error(JSON.stringify(d.createLeistung));
  return d.createLeistung.leistung.id;
}

/** An office with a Klient, two Gegner and one Akt holding a Forderung and a Leistung. */
export async function officeWithAkt(t: TestServer, kanzlei: string, kuerzel: string) {
  const key = await t.key(kanzlei, kuerzel);
  const klient = await createPerson(t, key, { kurzbezeichnung: 'KLIENT', name: `Klient ${kanzlei}` });
  const g1 = await createPerson(t, key, { kurzbezeichnung: 'G1', name: `Gegner Eins ${kanzlei}` });
  const g2 = await createPerson(t, key, { kurzbezeichnung: 'G2', name: `Gegner Zwei ${kanzlei}` });
  const akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: `Akt ${kanzlei}`, klientId: klient, gegnerIds: [g1, g2] });
  const forderung = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1000.00' });
  const leistung = await createLeistung(t, key, { aktId: akt, datum: '2026-01-15', kuerzel: 'MES', verdienst: '33.80' });
  const [me] = (await t.data(key, '{ benutzer { id } }')).benutzer;
  return { key, klient, g1, g2, akt, forderung, leistung, benutzerId: me.id as string };
}
