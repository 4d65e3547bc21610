// What bench/http.ts, bench/soak.ts and their server processes share: where the bench database
// lives, how big it is, the deterministic ids of the seeded rows, and the GraphQL documents of the
// scenarios (the floor serves the same data under plain REST paths, see bench/floor.ts).
import { createHash } from 'node:crypto';

const env = process.env;

/** Admin connection: creates and drops the bench database. */
export const ADMIN_URL = env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const BENCH_DB = env.BENCH_DB_NAME ?? 'kanzlei_bench';
export const benchUrl = (): string => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${BENCH_DB}`;
  return u.toString();
};

export const KANZLEI = 'Bench HTTP';
export const AKTEN = Number(env.BENCH_AKTEN ?? 10_000);

/**
 * Which Akten each scenario touches, so that writes never change what is read: the dashboard
 * reads the 50 newest (the highest numbers), single-Akt reads pick from [WRITE_AKTEN, AKTEN),
 * writes go to the oldest WRITE_AKTEN Akten.
 */
export const WRITE_AKTEN = Math.min(1_000, Math.floor(AKTEN / 10));

/** Forderungen written by the benchmark carry this text: removed before each run. */
export const BENCH_WRITE_TEXT = 'Bench-Schreiblast';

/**
 * Seeded ids are md5-derived UUIDs, computed the same way in SQL (`md5(text)::uuid`) and here, so
 * that the load generator can address rows without asking the database.
 */
export const md5Uuid = (text: string): string => {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
export const aktId = (i: number) => md5Uuid(`bench-akt-${i}`);
export const titelId = (i: number) => md5Uuid(`bench-titel-${i}`);

/** A fixed pseudo-random sequence: both servers get the same mix of Akten. */
export function randomSequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61);
    return ((s ^ (s >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// ---- The scenarios' GraphQL documents --------------------------------------------------------

/** 0. The smallest authenticated request: what every request costs before it reads any data. */
export const MINIMAL = `query Minimal { __typename }`;

/** 1. The dashboard: a page of 50 Akten with Klient, Gegner, Forderungen, Titel and Mahnkosten. */
export const DASHBOARD = `query Dashboard($first: Int!) {
  akten(first: $first) {
    edges { node {
      id aktenzeichen bezeichnung status angelegtAm
      klient { id name }
      gegner { id name }
      forderungen { id art betrag faelligAm }
      titel { id datum beschlussart zugesprochen }
      mahnkosten(tarif: "MAK") { brutto }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PERSON = 'id kurzbezeichnung art name strasse plz ort email telefon';

/** 2. One Akt with everything a detail page shows. */
export const AKT = `query Akt($id: ID!) {
  akt(id: $id) {
    id aktenzeichen bezeichnung sachgebiet status bemessungsgrundlage angelegtAm version
    klient { ${PERSON} }
    gegner { ${PERSON} }
    forderungen { id art bezeichnung betrag faelligAm zinssatz zinsenAb titel { id } }
    leistungen {
      id datum kuerzel text bemessungsgrundlage verdienst einheitssatz streitgenossenzuschlag
      barauslagenUstPflichtig barauslagenUstFrei barauslagenDurchlaufer ust tarifbasis ratgGueltigAb zeitMinuten
    }
    titel {
      id datum beschlussart honorartext geschaeftszahl zinsen54a vollstreckbarAm gegenWen
      barauslagenDurchlaufer barauslagenUstFrei barauslagenUstPflichtig barauslagenKlient
      verdienst einheitssatz ust zugesprochen memo
      gericht { id kurzbezeichnung name }
    }
    mahnkosten(tarif: "MAK") {
      tarif bemessungsgrundlage bemessungsgrundlageQuelle ratgGueltigAb
      positionen { tarifpost bezeichnung grundbetrag zuschlag anzahl betrag }
      verdienst streitgenossenzuschlagProzent streitgenossenzuschlag porto netto ust brutto
    }
  }
}`;

/** 3a. A new Forderung on an Akt (it goes to the Akt's first Titel). */
export const CREATE_FORDERUNG = `mutation CreateForderung($input: CreateForderungInput!) {
  createForderung(input: $input) {
    __typename
    ... on CreateForderungPayload { forderung { id betrag titel { id } } hinweis }
    ... on Error { message }
  }
}`;

/** 3b. Forderungen (the new one) put on a Titel. */
export const ASSIGN = `mutation Assign($input: AssignForderungenToTitelInput!) {
  assignForderungenToTitel(input: $input) {
    __typename
    ... on AssignForderungenToTitelPayload { titel { id } }
    ... on Error { message }
  }
}`;

/** The input of a benchmark write: an amount that varies, dated, marked for clean-up. */
export const neueForderung = (aktId: string, n: number) => ({
  aktId,
  art: 'HAUPTFORDERUNG' as const,
  betrag: `${100 + (n % 9000)}.${String(n % 100).padStart(2, '0')}`,
  bezeichnung: BENCH_WRITE_TEXT,
  faelligAm: '2026-12-31',
});
