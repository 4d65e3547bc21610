import { AktDocument, AuthenticationError, createClient } from '@kanzlei/sdk';

const client = createClient({ url: 'https://kanzlei.example/graphql', apiKey: process.env.KANZLEI_API_KEY ?? '' });

export async function beispiel(): Promise<void> {
  try {
    // Create a Klient, an Akt and a Forderung: results are typed; API errors come back as values.
    const klient = await client.createPerson({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN' });
    if (!klient.ok) throw new Error(`${klient.error.__typename}: ${klient.error.message}`);
    const akt = await client.createAkt({ aktenzeichen: '2026/0042', bezeichnung: 'Werklohn', klientId: klient.value.person.id });
    if (!akt.ok) throw new Error(akt.error.field ? `${akt.error.field}: ${akt.error.message}` : akt.error.message);
    await client.createForderung({ aktId: akt.value.akt.id, art: 'HAUPTFORDERUNG', betrag: '12345.67', faelligAm: '2026-03-31' });

    // Dunning costs under a tariff, exact to the cent (amounts are strings).
    const mahnkosten = await client.mahnkosten(akt.value.akt.id, 'MAK');
    console.log(mahnkosten?.brutto);

    // Every Akt of a Klient, across pages.
    for await (const a of client.alleAkten({ klientId: klient.value.person.id })) console.log(a.aktenzeichen, a.status);

    // Any generated document, fully typed.
    const { akt: detail } = await client.request(AktDocument, { id: akt.value.akt.id });
    console.log(detail?.forderungen.map((f) => f.betrag));
  } catch (error) {
    if (error instanceof AuthenticationError) console.error('Check the API key.');
    else throw error;
  }
}
