import { AktenMitMahnkostenDocument, AuthenticationError, createClient } from '@kanzlei/sdk';

const client = createClient({ url: 'https://kanzlei.example/graphql', apiKey: process.env.KANZLEI_API_KEY ?? '' });

export async function beispiel(): Promise<void> {
  try {
    // Every root field is a method: client.query.<field>, client.mutation.<field>.
    // Mutations answer { ok: true, value } or { ok: false, error }, the error typed by __typename.
    const klient = await client.mutation.createPerson({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN' });
    if (!klient.ok) throw new Error(`${klient.error.__typename}: ${klient.error.message}`);
    const akt = await client.mutation.createAkt({ aktenzeichen: '2026/0042', bezeichnung: 'Werklohn', klientId: klient.value.person.id });
    if (!akt.ok) {
      if (akt.error.__typename === 'ValidationError') throw new Error(akt.error.issues.map((i) => `${i.field}: ${i.message}`).join('; '));
      if (akt.error.__typename === 'NotFoundError') throw new Error(`${akt.error.entity} ${akt.error.id} gibt es nicht`);
      throw new Error(akt.error.message);
    }
    await client.mutation.createForderung({ aktId: akt.value.akt.id, art: 'HAUPTFORDERUNG', betrag: '12345.67', faelligAm: '2026-03-31' });

    // Without a selection: the default one (the type's own fields and the ids of its relations).
    const detail = await client.query.akt({ id: akt.value.akt.id });
    console.log(detail?.status, detail?.forderungen.map((f) => f.id));

    // With a selection: the fields you choose, nested, with arguments; the result type follows it.
    const seite = await client.query.akten({ first: 10 }, {
      totalCount: true,
      edges: { node: { aktenzeichen: true, klient: { name: true }, mahnkosten: { $args: { tarif: 'MAK' }, brutto: true } } },
    });
    for (const { node } of seite.edges) {
      // An Akt whose Mahnkosten cannot be computed has null there and the error in $errors.
      console.log(node.aktenzeichen, node.klient.name, node.mahnkosten?.brutto ?? node.$errors?.mahnkosten?.message);
    }

    // Every Akt of a Klient, across pages.
    for await (const a of client.alleAkten({ klientId: klient.value.person.id })) console.log(a.aktenzeichen, a.status);

    // A typed document of the package (persisted, so partner keys may run it), or your own.
    const liste = await client.request(AktenMitMahnkostenDocument, { tarif: 'MES', first: 50 });
    console.log(liste.akten.edges.map((e) => e.node.mahnkosten?.brutto));
  } catch (error) {
    if (error instanceof AuthenticationError) console.error('Check the API key.');
    else throw error;
  }
}
