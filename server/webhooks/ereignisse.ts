// The events a webhook can subscribe to. The type names follow Standard Webhooks' convention
// (lower-case, dot-separated: "<object>.<what happened>"), the words stay German as in the API.
// A delivery's body is `{ "type", "timestamp", "data" }` (the Standard Webhooks envelope), `data`
// being the object as the API's GraphQL type shows it at the moment of the change.

export const EREIGNIS_TYPEN = [
  'mandatsanfrage.eingegangen',
  'mandatsanfrage.angenommen',
  'mandatsanfrage.abgelehnt',
  'akt.angelegt',
  'akt.status_geaendert',
  'akt.archiviert',
  // The "an Akt changed": its own data (updateAkt), its Gegner, instalments or legal hold.
  'akt.geaendert',
  'forderung.angelegt',
  'forderung.geaendert',
  'forderung.geloescht',
  'leistung.angelegt',
  'leistung.geaendert',
  'leistung.geloescht',
  'titel.angelegt',
  'titel.geaendert',
  'titel.geloescht',
  'honorarnote.erstellt',
  'honorarnote.storniert',
  'honorarnote.bezahlt',
  // Settled without payment (schreibeHonorarnoteAb): no longer open, but not "bezahlt" either.
  'honorarnote.abgeschrieben',
  'zahlung.erfasst',
  'zahlung.storniert',
  // The client's payments on a Honorarnote: another object (Honorarzahlung) than the debtor's
  // payments on an Akt (Zahlung), so another type, and one shape of `data` per type.
  'honorarzahlung.erfasst',
  'honorarzahlung.storniert',
  // A dunning letter recorded as sent (mahnschreibenVersenden).
  'mahnschreiben.versendet',
] as const;

export type EreignisTyp = (typeof EREIGNIS_TYPEN)[number];

export const istEreignisTyp = (s: string): s is EreignisTyp => (EREIGNIS_TYPEN as readonly string[]).includes(s);
