// The demo office a fresh embedded database starts with, so that GraphiQL shows something real.
// It goes through the same services (and validation) as the API.
import type { Viewer } from '../auth/viewer.js';
import { Decimal } from '../domain/money.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { createAkt } from '../services/akten.js';
import { createForderung } from '../services/forderungen.js';
import { provisionApiKey, updateKanzlei } from '../services/kanzleien.js';
import { createLeistung } from '../services/leistungen.js';
import { createPerson } from '../services/personen.js';
import { createTitel } from '../services/titel.js';

const d = (s: string) => new Decimal(s);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Seeds the demo office when the database has no office at all; returns its API key, else null. */
export async function seedDemoIfFresh(prisma: PrismaClient): Promise<string | null> {
  if ((await prisma.kanzlei.count()) > 0) return null;
  const { key, kanzleiId, benutzerId } = await provisionApiKey(prisma, {
    kanzlei: 'Demo-Kanzlei',
    kuerzel: 'MM',
    name: 'Dr. Maria Muster',
    rolle: 'ADMIN',
    demo: true,
  });
  await prisma.benutzer.update({ where: { id: benutzerId }, data: { sachgebiete: ['Inkasso', 'Zivilrecht'] } });
  const sb = await prisma.benutzer.create({
    data: { kanzleiId, kuerzel: 'KH', name: 'Karl Huber', rolle: 'SACHBEARBEITER', sachgebiete: ['Inkasso'] },
  });
  const viewer: Viewer = { benutzerId, kanzleiId, rolle: 'ADMIN', kuerzel: 'MM', keyPrefix: 'seed', nurPersistiert: false };
  // A complete letterhead (UStG § 11: address and UID), so an invoice can be issued right away.
  await updateKanzlei(prisma, viewer, {
    anschrift: 'Graben 12, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201',
    email: 'office@demo-kanzlei.at', telefon: '+43 1 5123456', zahlungszielTage: 14,
  });

  const person = (input: object) => createPerson(prisma, viewer, input);
  const klient = await person({ kurzbezeichnung: 'HOLZBAU', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz', email: 'office@holzbau-gruber.at', uid: 'ATU87654321' });
  const klientin = await person({ kurzbezeichnung: 'WEBER', name: 'Anna Weber', strasse: 'Hauptplatz 7', plz: '8010', ort: 'Graz', telefon: '+43 316 123456' });
  const g1 = await person({ kurzbezeichnung: 'MAIER', name: 'Franz Maier', strasse: 'Bahnhofstraße 12', plz: '1100', ort: 'Wien' });
  const g2 = await person({ kurzbezeichnung: 'MAIERIN', name: 'Eva Maier', strasse: 'Bahnhofstraße 12', plz: '1100', ort: 'Wien' });
  const g3 = await person({ kurzbezeichnung: 'BAUTECH', name: 'Bautechnik Huber OG', art: 'UNTERNEHMEN', strasse: 'Alpenstraße 48', plz: '5020', ort: 'Salzburg' });

  const akt1 = await createAkt(prisma, viewer, { aktenzeichen: '2026/0001', bezeichnung: 'Holzbau Gruber gg. Maier – Werklohn', sachgebiet: 'Inkasso', klientId: klient, gegnerIds: [g1, g2], zustaendigId: benutzerId });
  await createForderung(prisma, viewer, { aktId: akt1, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 2026-114', betrag: d('12345.67'), faelligAm: day('2026-03-31'), zinssatz: d('9.2'), zinsenAb: day('2026-04-01') });
  await createForderung(prisma, viewer, { aktId: akt1, art: 'NEBENFORDERUNG', bezeichnung: 'Mahnspesen', betrag: d('40.00') });
  // Priced by the tariff tables (MAK, two Gegner): no amounts given.
  await createLeistung(prisma, viewer, { aktId: akt1, datum: day('2026-04-10'), kuerzel: 'MAK', text: 'Mahnung ausführlich nach Konferenz', sachbearbeiterId: sb.id, zeitMinuten: 30 });

  // The Zahlungsbefehl, final against Gegner 1 only so far (titel.md, two defendants).
  await createTitel(prisma, viewer, {
    aktId: akt1, datum: day('2026-05-12'), beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BG LINZ', geschaeftszahl: '12 C 345/26k',
    vollstreckbarAm: day('2026-06-15'), gegenWen: 1, verdienst: d('173.80'), einheitssatz: d('104.28'), barauslagenDurchlaufer: d('107.00'),
    sachbearbeiter: 'KH', memo: 'Zustellanstand beim Zweitbeklagten.',
  });

  const akt2 = await createAkt(prisma, viewer, { aktenzeichen: '2026/0002', bezeichnung: 'Weber gg. Bautechnik Huber – Gewährleistung', sachgebiet: 'Zivilrecht', klientId: klientin, gegnerIds: [g3], bemessungsgrundlage: d('8500.00'), zustaendigId: benutzerId });
  await createLeistung(prisma, viewer, { aktId: akt2, datum: day('2026-05-04'), kuerzel: '82', text: 'Besprechung mit Klientin', zeitMinuten: 45 });

  const akt3 = await createAkt(prisma, viewer, { aktenzeichen: '2026/0003', bezeichnung: 'Holzbau Gruber gg. Bautechnik Huber – Kaufpreis', sachgebiet: 'Inkasso', klientId: klient, gegnerIds: [g3], zustaendigId: sb.id });
  await createForderung(prisma, viewer, { aktId: akt3, art: 'HAUPTFORDERUNG', bezeichnung: 'Kaufpreis Lieferung 03/2026', betrag: d('500.00'), faelligAm: day('2026-04-15') });
  return key;
}
