// An event's `data`: the object as the API's GraphQL type shows it, at the moment of the change.
// It is rendered by executing the SDK's fragment (sdk/operations/webhooks.graphql) through the
// API's own schema, with a context that reads through the change's transaction (so it sees the
// uncommitted change) and is bound to the office the event belongs to (so it can never show
// another office's rows: every read field filters by the viewer's office, as for any request).
// The SDK's payload types are generated from the same fragments, and a test compares `data`
// with what the API answers for the same fragment.
import { readFileSync } from 'node:fs';
import { execute, Kind, parse, validate, visit, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { SchreibTx, Tx } from '../services/db.js';
import { loadTarifdaten } from '../services/tarifdaten.js';
import type { EreignisTyp } from './ereignisse.js';
import { schreibeEreignis } from './outbox.js';

const FRAGMENTE = new Map(
  parse(readFileSync(new URL('../../sdk/operations/webhooks.graphql', import.meta.url), 'utf8'))
    .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** `query` with the webhook fragments it spreads, directly or through others (GraphQL refuses unused ones). */
export function mitFragmenten(query: string): DocumentNode {
  const doc = parse(query);
  const benutzt = new Map<string, FragmentDefinitionNode>();
  const sammle = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const def = FRAGMENTE.get(name);
        if (!def) throw new Error(`Unbekanntes Webhook-Fragment ${name}`);
        if (!benutzt.has(name)) {
          benutzt.set(name, def);
          sammle(def);
        }
      },
    });
  sammle(doc);
  return { ...doc, definitions: [...doc.definitions, ...benutzt.values()] };
}

/**
 * How each object is fetched: by its own root field where the API has one, otherwise from its
 * Akt's list (the API has no `forderung(id)`), picking the row by id.
 */
const ABFRAGEN = {
  akt: { query: 'query($id: ID!) { objekt: akt(id: $id) { ...AktEreignis } }' },
  mandatsanfrage: { query: 'query($id: ID!) { objekt: mandatsanfrage(id: $id) { ...MandatsanfrageEreignis } }' },
  honorarnote: { query: 'query($id: ID!) { objekt: honorarnote(id: $id) { ...HonorarnoteEreignis } }' },
  honorarzahlung: { query: 'query($id: ID!) { objekt: honorarzahlung(id: $id) { ...HonorarzahlungEreignis } }' },
  forderung: { query: 'query($aktId: ID!) { akt(id: $aktId) { liste: forderungen { ...ForderungEreignis } } }' },
  leistung: { query: 'query($aktId: ID!) { akt(id: $aktId) { liste: leistungen { ...LeistungEreignis } } }' },
  titel: { query: 'query($aktId: ID!) { akt(id: $aktId) { liste: titel { ...TitelEreignis } } }' },
  zahlung: { query: 'query($aktId: ID!) { akt(id: $aktId) { liste: zahlungen { ...ZahlungEreignis } } }' },
  mahnschreiben: { query: 'query($aktId: ID!) { akt(id: $aktId) { liste: mahnschreiben { ...MahnschreibenEreignis } } }' },
} as const;

export type Objektart = keyof typeof ABFRAGEN;
/** Objects reached through their Akt need its id. */
export type Objekt =
  | { art: 'akt' | 'mandatsanfrage' | 'honorarnote' | 'honorarzahlung'; id: string }
  | { art: 'forderung' | 'leistung' | 'titel' | 'zahlung' | 'mahnschreiben'; id: string; aktId: string };

let vorbereitet: Promise<{ schema: GraphQLSchema; dokumente: Record<Objektart, DocumentNode> }> | undefined;

/**
 * Parsed and validated once. The schema is imported lazily: the services import this module, and
 * the schema imports the services.
 */
const vorbereiten = () =>
  (vorbereitet ??= import('../../schema/index.js').then(({ schema }) => {
    const dokumente = {} as Record<Objektart, DocumentNode>;
    for (const [art, { query }] of Object.entries(ABFRAGEN)) {
      const doc = mitFragmenten(query);
      const fehler = validate(schema, doc);
      if (fehler.length) throw new Error(`Webhook-Fragment ${art}: ${fehler.map((f) => f.message).join('; ')}`);
      dokumente[art as Objektart] = doc;
    }
    return { schema, dokumente };
  }));

/** A context like a request's, reading through `tx`, for the office only, with no user behind it. */
function kontext(tx: Tx, kanzleiId: string): Context {
  const memo = new Map<string, Promise<unknown>>();
  return {
    prisma: tx as unknown as PrismaClient,
    viewer: { benutzerId: '00000000-0000-0000-0000-000000000000', kanzleiId, rolle: 'ADMIN', kuerzel: 'webhook', keyPrefix: '', nurPersistiert: false },
    intake: null,
    clientAddress: '',
    rateLimits: undefined as never,
    tarifdaten: () => loadTarifdaten(tx, kanzleiId),
    singleStatementReads: true,
    // The fragments read no webhook; the strict rule is the safe default.
    webhookZiele: { lokaleZiele: false },
    perRequest: <T>(key: string, load: () => Promise<T>) => {
      let p = memo.get(key) as Promise<T> | undefined;
      if (!p) memo.set(key, (p = load()));
      return p;
    },
  };
}

async function ausfuehren(tx: Tx, kanzleiId: string, art: Objektart, variableValues: Record<string, string>): Promise<Record<string, unknown> | null | undefined> {
  const { schema, dokumente } = await vorbereiten();
  const result = await execute({ schema, document: dokumente[art], variableValues, contextValue: kontext(tx, kanzleiId) });
  if (result.errors?.length) throw new Error(`Webhook-Daten ${art}: ${result.errors.map((e) => e.message).join('; ')}`);
  // Plain JSON values (execute's objects have no prototype).
  return JSON.parse(JSON.stringify(result.data ?? null)) as Record<string, unknown> | null;
}

type ListenArt = Extract<Objekt, { aktId: string }>['art'];

/** The Akt's list (its Forderungen, Leistungen, Titel or Zahlungen) as the fragment shows each. */
async function rendereListe(tx: Tx, kanzleiId: string, art: ListenArt, aktId: string): Promise<Record<string, unknown>[]> {
  const data = await ausfuehren(tx, kanzleiId, art, { aktId });
  return ((data?.akt as { liste: Record<string, unknown>[] } | null)?.liste ?? []);
}

const finde = (objekt: Record<string, unknown> | null | undefined, art: string, id: string) => {
  if (!objekt) throw new Error(`Webhook-Daten: ${art} ${id} nicht gefunden`);
  return objekt;
};

/** The object as the fragment shows it, read in `tx` as the office `kanzleiId` sees it. */
export async function rendere(tx: Tx, kanzleiId: string, o: Objekt): Promise<Record<string, unknown>> {
  if ('aktId' in o) return finde((await rendereListe(tx, kanzleiId, o.art, o.aktId)).find((x) => x.id === o.id), o.art, o.id);
  return finde((await ausfuehren(tx, kanzleiId, o.art, { id: o.id }))?.objekt as Record<string, unknown> | null, o.art, o.id);
}

/** Writes the event `typ` about `objekt` in `tx` (rendered only when a webhook of the office listens). */
export const melde = (tx: SchreibTx, kanzleiId: string, typ: EreignisTyp, objekt: Objekt): Promise<string | null> =>
  schreibeEreignis(tx, { kanzleiId, typ, daten: (voll) => rendere(voll, kanzleiId, objekt) });

/** One event per object of one Akt's list (say every Forderung moved), the list rendered once. */
export async function meldeJe(tx: SchreibTx, kanzleiId: string, typ: EreignisTyp, art: ListenArt, aktId: string, ids: readonly string[]): Promise<void> {
  let liste: Promise<Record<string, unknown>[]> | undefined;
  for (const id of ids) {
    await schreibeEreignis(tx, {
      kanzleiId, typ,
      daten: async (voll) => finde((await (liste ??= rendereListe(voll, kanzleiId, art, aktId))).find((x) => x.id === id), art, id),
    });
  }
}
