// "The API answers the same": what migrate-to-postgres compares between the embedded database and
// its copy in PostgreSQL, beyond the rows. For every office, as its first ADMIN:
// - the dashboard, every page of akten(first: 50) with the Klient, Gegner, Forderungen, Titel,
//   Leistungen, Honorarnoten, Schuldnerstand and Mahnkosten (MAK) of each Akt;
// - the PDF and the ebInterface e-invoice of the newest Honorarnoten (up to `noten` per office).
// Queries run through the server's own schema and resolvers, in process (the copy has the same
// API keys, but only their hashes: no key can be made up to send over HTTP, and the move must not
// write one into either database). Each answer is reduced to its SHA-256; only differences are named.
import { createHash } from 'node:crypto';
import { execute, parse } from 'graphql';
import { schema } from '../../schema/index.js';
import { perRequestMemo } from '../app.js';
import { RateLimits } from '../auth/rateLimiter.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { honorarnoteEbInterface, honorarnotePdf } from '../services/dokumente.js';
import { loadTarifdaten } from '../services/tarifdaten.js';

const DASHBOARD = parse(`query Vergleich($after: String) {
  akten(first: 50, after: $after) {
    totalCount
    edges { node {
      id aktenzeichen bezeichnung sachgebiet status angelegtAm version bemessungsgrundlage
      klient { id name } gegner { id name }
      forderungen { id art bezeichnung betrag faelligAm zinssatz zinsenAb }
      titel { id datum beschlussart zugesprochen }
      leistungen { id datum kuerzel verdienst ust }
      honorarnoten { id nummer brutto offenerBetrag zahlungsstatus rfReferenz }
      schuldnerstand { kapital zinsen kosten bezahlt gesamt }
      mahnkosten(tarif: "MAK") { netto ust brutto }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`);

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function kontext(prisma: PrismaClient, viewer: Viewer): Context {
  const perRequest = perRequestMemo();
  const ohneGrenze = { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
  return {
    prisma, viewer, intake: null, clientAddress: 'migrate-to-postgres', perRequest, singleStatementReads: true,
    rateLimits: new RateLimits(prisma, ohneGrenze, ohneGrenze, ohneGrenze),
    webhookZiele: { lokaleZiele: false },
    tarifdaten: () => perRequest('tarifdaten', () => loadTarifdaten(prisma, viewer.kanzleiId)),
  };
}

/** Answer name → SHA-256, e.g. "Demo-Kanzlei: akten Seite 1", "Demo-Kanzlei: Honorarnote 2026-0001 PDF". */
export async function apiAntworten(prisma: PrismaClient, { noten = 20 } = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const kanzleien = await prisma.kanzlei.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
  for (const k of kanzleien) {
    const b = await prisma.benutzer.findFirst({ where: { kanzleiId: k.id }, orderBy: [{ rolle: 'asc' }, { kuerzel: 'asc' }] });
    if (!b) continue;
    const viewer: Viewer = { benutzerId: b.id, kanzleiId: k.id, rolle: 'ADMIN', kuerzel: b.kuerzel, keyPrefix: 'umzug', nurPersistiert: false };
    let after: string | null = null;
    for (let seite = 1; ; seite++) {
      const r = await execute({ schema, document: DASHBOARD, variableValues: { after }, contextValue: kontext(prisma, viewer) });
      out.set(`${k.name}: akten Seite ${seite}`, sha(JSON.stringify(r)));
      const page = (r.data as { akten?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null)?.akten?.pageInfo;
      if (!page?.hasNextPage) break;
      after = page.endCursor;
    }
    const neueste = await prisma.honorarnote.findMany({ where: { kanzleiId: k.id }, orderBy: [{ jahr: 'desc' }, { laufnummer: 'desc' }], take: noten, select: { id: true, jahr: true, laufnummer: true } });
    for (const n of neueste) {
      const name = `${k.name}: Honorarnote ${n.jahr}-${String(n.laufnummer).padStart(4, '0')}`;
      const pdf = await honorarnotePdf(prisma, viewer, n.id);
      const xml = await honorarnoteEbInterface(prisma, viewer, n.id);
      out.set(`${name} PDF`, pdf ? sha(pdf.pdf) : 'fehlt');
      out.set(`${name} E-Rechnung`, xml ? sha(xml.xml) : 'fehlt');
    }
  }
  return out;
}

/** The names of the answers that differ (or exist on one side only). */
export function antwortUnterschiede(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}
