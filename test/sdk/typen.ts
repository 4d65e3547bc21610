// Type-level tests of the SDK (checked by `tsc --noEmit`, the first step of `npm test`):
// mutation errors are a discriminated union by __typename with each error type's own fields, and a
// selection's result type has exactly the selected fields. Each @ts-expect-error must be an error.
import { createClient, type Result } from '@kanzlei/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql', apiKey: 'kz_x' });

export async function fehler(): Promise<string[]> {
  const out: string[] = [];
  const r = await client.mutation.updateAkt({ id: '1', version: 1, bezeichnung: 'x' });
  if (r.ok) {
    const version: number = r.value.akt.version;
    out.push(String(version));
    // @ts-expect-error a payload has no __typename (it is the value of a success)
    out.push(r.value.__typename);
    return out;
  }
  // @ts-expect-error entity exists on some error types only: narrow first
  out.push(r.error.entity);
  switch (r.error.__typename) {
    case 'NotFoundError':
      out.push(r.error.entity, r.error.id);
      break;
    case 'ConflictError':
      out.push(r.error.entity, String(r.error.currentVersion));
      // @ts-expect-error a ConflictError has no issues
      out.push(r.error.issues);
      break;
    case 'ValidationError':
      out.push(String(r.error.field), ...r.error.issues.map((i) => i.field + i.message));
      // @ts-expect-error a ValidationError has no entity
      out.push(r.error.entity);
      break;
    case 'ForbiddenError':
      out.push(r.error.message);
      break;
    default: {
      // Every error type of updateAkt is handled above.
      const nie: never = r.error;
      out.push(nie);
    }
  }
  // @ts-expect-error RateLimitError is not among updateAkt's errors
  if (r.error.__typename === 'RateLimitError') out.push('');
  return out;
}

export async function auswahl(): Promise<void> {
  const seite = await client.query.akten({ first: 10 }, { edges: { node: { id: true, mahnkosten: { $args: { tarif: 'MAK' }, brutto: true } } } });
  const node = seite.edges[0]!.node;
  const brutto: string | undefined = node.mahnkosten?.brutto;
  const fehler: string | undefined = node.$errors?.mahnkosten?.message;
  // @ts-expect-error not selected
  void node.aktenzeichen;
  // @ts-expect-error not selected
  void node.mahnkosten?.netto;
  // @ts-expect-error mahnkosten may be null (when it failed for this Akt)
  void node.mahnkosten.brutto;
  // @ts-expect-error totalCount was not selected
  void seite.totalCount;
  // @ts-expect-error mahnkosten needs its tarif
  await client.query.akten({}, { edges: { node: { mahnkosten: { brutto: true } } } });
  // @ts-expect-error no such field
  await client.query.akten({}, { edges: { node: { gibtsNicht: true } } });
  // @ts-expect-error akt needs an id
  await client.query.akt({});
  void [brutto, fehler];

  const mut = await client.mutation.createAkt({ aktenzeichen: '1', bezeichnung: 'x', klientId: 'k' }, { akt: { id: true } });
  const erwartet: Result<{ akt: { id: string } }, unknown> = mut;
  if (mut.ok) {
    // @ts-expect-error only akt.id was selected
    void mut.value.akt.aktenzeichen;
  }
  void erwartet;

  // $scalars: every scalar and enum field, lists of them included, no relation, no __typename.
  const akt = await client.query.akt({ id: '1' }, { $scalars: true, klient: { name: true } });
  if (akt) {
    const zahlen: string[] = akt.geschaeftszahlen;
    const status: 'ANGELEGT' | 'IN_BEARBEITUNG' | 'ABGESCHLOSSEN' | 'ARCHIVIERT' = akt.status;
    void [zahlen, status, akt.klient.name];
    // @ts-expect-error relations are not scalars
    void akt.gegner;
    // @ts-expect-error __typename only when selected
    void akt.__typename;
  }
}
