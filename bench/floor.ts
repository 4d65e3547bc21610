// The floor: the benchmark's three scenarios written by hand, as a competent engineer would
// without a framework: bare node:http, a pg Pool, a few hand-written SQL statements per request
// (`= ANY($1)` for the children of a page, never one query per row, independent queries in
// parallel), JSON.stringify. It returns exactly the JSON the GraphQL API returns for the documents
// in bench/setup.ts, so that bench/http.ts can check both agree before timing them.
//
// It does the work the API must do too: it authenticates the key on every request (one query,
// revocation takes effect at once), keeps to the office of the key, prices Mahnkosten with the same
// pure tariff engine (server/tarif/) from the office's tariff data loaded per request, and writes in
// one transaction with the audit actor set, so the same audit triggers fire.
//
//   GET  /akten?first=50          the dashboard page
//   GET  /akt/<id>                one Akt with everything
//   POST /forderungen             { aktId, art, betrag, bezeichnung?, faelligAm? }
//   POST /titel/forderungen       { titelId, forderungIds }
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import pg from 'pg';
import { bearerToken, hashApiKey } from '../server/auth/apiKeys.js';
import { heute } from '../server/domain/dates.js';
import { formatDecimal, toDecimal } from '../server/domain/money.js';
import { bemessungsgrundlage, type Mahnkosten } from '../server/tarif/mahnkosten.js';
import { mahnkostenAm, type Tarifdaten } from '../server/tarif/preise.js';
import { ratgTabelleSchema, TarifError, type Tarifpost } from '../server/tarif/ratg.js';

/** A pg Pool whose statements are counted (as the API counts them: COMMIT and ROLLBACK, not BEGIN). */
export class CountingPool {
  readonly pool: pg.Pool;
  statements = 0;
  constructor(url: string, max = 10) {
    // The same pool size as the API's PrismaPg (pg's default, 10).
    this.pool = new pg.Pool({ connectionString: url, max });
  }
  query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    this.statements++;
    return this.pool.query<R>(sql, params);
  }
  /** BEGIN … COMMIT on one connection; ROLLBACK when `work` throws. */
  async transaction<T>(work: (q: <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<pg.QueryResult<R>>) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const q = <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
      this.statements++;
      return client.query<R>(sql, params);
    };
    try {
      // Not counted, like the API's StatementCounter, which never sees the adapter's BEGIN.
      await client.query('BEGIN');
      const result = await work(q);
      await q('COMMIT');
      return result;
    } catch (error) {
      await q('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

interface Caller {
  kanzleiId: string;
  benutzerId: string;
  kuerzel: string;
  keyPrefix: string;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// ---- Formatting: the API's scalars ------------------------------------------------------------

const ISO_TS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`; // Prisma stores DateTime as UTC timestamp(3)

/** A numeric's text as the API's Decimal prints it: trailing zeros dropped, at least two decimals. */
function dec(text: string | null): string | null {
  if (text == null) return null;
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00`;
  let end = text.length;
  while (end > dot + 3 && text[end - 1] === '0') end--;
  return text.length - dot === 2 ? `${text}0` : text.slice(0, end);
}

const cursor = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64'); // plugin-prisma's format

// ---- Shared loads -----------------------------------------------------------------------------

async function caller(db: CountingPool, req: IncomingMessage): Promise<Caller> {
  const key = bearerToken(req.headers.authorization);
  if (!key) throw new HttpError(401, 'Authentication required: send "Authorization: Bearer <API key>".');
  const { rows } = await db.query<Caller>(
    `SELECT b."kanzleiId", b.id AS "benutzerId", b.kuerzel, k.prefix AS "keyPrefix"
       FROM "ApiKey" k JOIN "Benutzer" b ON b.id = k."benutzerId"
      WHERE k.hash = $1 AND k."widerrufenAm" IS NULL`,
    [hashApiKey(key)],
  );
  if (!rows[0]) throw new HttpError(401, 'Invalid or revoked API key.');
  return rows[0];
}

/** The office's RATG tables, postage and one tariff in one statement (what mahnkosten needs). */
async function tarifdaten(db: CountingPool, kanzleiId: string, code: string): Promise<Tarifdaten> {
  const { rows } = await db.query<{
    tabellen: unknown[] | null;
    porto: { gueltigAb: string; betrag: string }[] | null;
    tarif: { code: string; name: string; porto: boolean; positionen: { post: Tarifpost; zuschlag: boolean; anzahl: number }[] | null } | null;
  }>(
    `SELECT (SELECT json_agg(definition) FROM "RatgTabelle" WHERE "kanzleiId" = $1) AS tabellen,
            (SELECT json_agg(json_build_object('gueltigAb', "gueltigAb"::text, 'betrag', betrag::text)) FROM "PortoSatz" WHERE "kanzleiId" = $1) AS porto,
            (SELECT json_build_object('code', t.code, 'name', t.name, 'porto', t.porto, 'positionen',
                    (SELECT json_agg(json_build_object('post', p.post, 'zuschlag', p.zuschlag, 'anzahl', p.anzahl) ORDER BY p.reihenfolge)
                       FROM "TarifPosition" p WHERE p."tarifId" = t.id))
               FROM "Tarif" t WHERE t."kanzleiId" = $1 AND t.code = $2) AS tarif`,
    [kanzleiId, code],
  );
  const r = rows[0]!;
  const tarife = new Map<string, Tarifdaten['tarife'] extends Map<string, infer V> ? V : never>();
  if (r.tarif) tarife.set(r.tarif.code, { ...r.tarif, positionen: r.tarif.positionen ?? [] });
  return {
    tabellen: (r.tabellen ?? []).map((t) => ratgTabelleSchema.parse(t)),
    porto: (r.porto ?? []).map((p) => ({ gueltigAb: p.gueltigAb, betrag: toDecimal(p.betrag) })),
    tarife,
  };
}

interface GraphQLishError {
  message: string;
  path: (string | number)[];
  extensions: { code: string; field: string };
}

/** Mahnkosten of one Akt, or null and an error entry, as the API's resolver does. */
function mahnkosten(
  daten: Tarifdaten,
  datum: string,
  akt: { bemessungsgrundlage: string | null; gegner: number; forderungen: { art: string; betrag: string }[] },
  path: (string | number)[],
  errors: GraphQLishError[],
): Mahnkosten | null {
  try {
    return mahnkostenAm(daten, {
      tarif: 'MAK',
      datum,
      gegner: akt.gegner,
      bemessung: bemessungsgrundlage({
        forderungen: akt.forderungen.map((f) => ({ art: f.art as 'HAUPTFORDERUNG' | 'NEBENFORDERUNG', betrag: toDecimal(f.betrag) })),
        aktBemessungsgrundlage: akt.bemessungsgrundlage ? toDecimal(akt.bemessungsgrundlage) : null,
      }),
    });
  } catch (error) {
    if (!(error instanceof TarifError)) throw error;
    errors.push({ message: error.message, path, extensions: { code: 'TARIF_ERROR', field: error.field } });
    return null;
  }
}

/** Rows grouped by their Akt, in query order. */
function byAkt<R extends { aktId: string }>(rows: R[]): Map<string, Omit<R, 'aktId'>[]> {
  const map = new Map<string, Omit<R, 'aktId'>[]>();
  for (const { aktId, ...rest } of rows) {
    let list = map.get(aktId);
    if (!list) map.set(aktId, (list = []));
    list.push(rest);
  }
  return map;
}

/** Titel.zugesprochen in SQL: the four Barauslagen + Verdienst + ES + USt (exact numeric sum). */
const zugesprochen = (t: string) =>
  `(${['"barauslagenDurchlaufer"', '"barauslagenUstFrei"', '"barauslagenUstPflichtig"', '"barauslagenKlient"', 'verdienst', 'einheitssatz', 'ust'].map((c) => `${t}.${c}`).join(' + ')})::text`;

// ---- 1. The dashboard ---------------------------------------------------------------------------

async function dashboard(db: CountingPool, c: Caller, first: number) {
  const [akten, daten] = await Promise.all([
    db.query<{ id: string; aktenzeichen: string; bezeichnung: string; status: string; angelegtAm: string; bg: string | null; klientId: string; klientName: string }>(
      `SELECT a.id, a.aktenzeichen, a.bezeichnung, a.status, to_char(a."angelegtAm", ${ISO_TS}) AS "angelegtAm", a.bemessungsgrundlage::text AS bg,
              k.id AS "klientId", k.name AS "klientName"
         FROM "Akt" a JOIN "Person" k ON k.id = a."klientId"
        WHERE a."kanzleiId" = $1
        ORDER BY a."angelegtAm" DESC, a.aktenzeichen DESC
        LIMIT $2`,
      [c.kanzleiId, first + 1],
    ),
    tarifdaten(db, c.kanzleiId, 'MAK'),
  ]);
  const page = akten.rows.slice(0, first);
  const ids = page.map((a) => a.id);
  const [gegner, forderungen, titel] = await Promise.all([
    db.query<{ aktId: string; id: string; name: string }>(
      `SELECT g."aktId", p.id, p.name FROM "AktGegner" g JOIN "Person" p ON p.id = g."personId"
        WHERE g."aktId" = ANY($1::uuid[]) ORDER BY g."aktId", g.position`,
      [ids],
    ),
    db.query<{ aktId: string; id: string; art: string; betrag: string; faelligAm: string | null }>(
      `SELECT "aktId", id, art, betrag::text, "faelligAm"::text AS "faelligAm" FROM "Forderung"
        WHERE "aktId" = ANY($1::uuid[]) ORDER BY "angelegtAm", id`,
      [ids],
    ),
    db.query<{ aktId: string; id: string; datum: string; beschlussart: string; zugesprochen: string }>(
      `SELECT "aktId", id, datum::text, beschlussart, ${zugesprochen('"Titel"')} AS zugesprochen FROM "Titel"
        WHERE "aktId" = ANY($1::uuid[]) ORDER BY datum, "angelegtAm", id`,
      [ids],
    ),
  ]);
  const g = byAkt(gegner.rows);
  const f = byAkt(forderungen.rows);
  const t = byAkt(titel.rows);
  const datum = heute();
  const errors: GraphQLishError[] = [];
  const edges = page.map((a, i) => {
    const fs = f.get(a.id) ?? [];
    const gs = g.get(a.id) ?? [];
    const m = mahnkosten(daten, datum, { bemessungsgrundlage: a.bg, gegner: gs.length, forderungen: fs }, ['akten', 'edges', i, 'node', 'mahnkosten'], errors);
    return {
      node: {
        id: a.id, aktenzeichen: a.aktenzeichen, bezeichnung: a.bezeichnung, status: a.status, angelegtAm: a.angelegtAm,
        klient: { id: a.klientId, name: a.klientName },
        gegner: gs,
        forderungen: fs.map((x) => ({ ...x, betrag: dec(x.betrag) })),
        titel: (t.get(a.id) ?? []).map((x) => ({ ...x, zugesprochen: dec(x.zugesprochen) })),
        mahnkosten: m && { brutto: formatDecimal(m.brutto) },
      },
    };
  });
  const last = page[page.length - 1];
  const data = { akten: { edges, pageInfo: { hasNextPage: akten.rows.length > first, endCursor: last ? cursor(last.id) : null } } };
  return errors.length ? { errors, data } : { data };
}

// ---- 2. One Akt with everything -----------------------------------------------------------------

const PERSON = `p.id, p.kurzbezeichnung, p.art, p.name, p.strasse, p.plz, p.ort, p.email, p.telefon`;
type PersonRow = { id: string; kurzbezeichnung: string; art: string; name: string; strasse: string | null; plz: string | null; ort: string | null; email: string | null; telefon: string | null };

const mahnkostenJson = (m: Mahnkosten) => ({
  tarif: m.tarif,
  bemessungsgrundlage: formatDecimal(m.bemessungsgrundlage),
  bemessungsgrundlageQuelle: m.bemessungsgrundlageQuelle,
  ratgGueltigAb: m.ratgGueltigAb,
  positionen: m.positionen.map((p) => ({
    tarifpost: p.tarifpost, bezeichnung: p.bezeichnung, grundbetrag: formatDecimal(p.grundbetrag), zuschlag: formatDecimal(p.zuschlag), anzahl: p.anzahl, betrag: formatDecimal(p.betrag),
  })),
  verdienst: formatDecimal(m.verdienst),
  streitgenossenzuschlagProzent: formatDecimal(m.streitgenossenzuschlagProzent),
  streitgenossenzuschlag: formatDecimal(m.streitgenossenzuschlag),
  porto: formatDecimal(m.porto),
  netto: formatDecimal(m.netto),
  ust: formatDecimal(m.ust),
  brutto: formatDecimal(m.brutto),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function einAkt(db: CountingPool, c: Caller, id: string) {
  if (!UUID.test(id)) return { data: { akt: null } };
  // Children by Akt id in parallel with the Akt itself; they are thrown away unless the Akt is
  // the caller's office's.
  const [akt, gegner, forderungen, leistungen, titel, daten] = await Promise.all([
    db.query<{ id: string; aktenzeichen: string; bezeichnung: string; sachgebiet: string | null; status: string; bemessungsgrundlage: string | null; angelegtAm: string; version: number } & { klient: PersonRow }>(
      `SELECT a.id, a.aktenzeichen, a.bezeichnung, a.sachgebiet, a.status, a.bemessungsgrundlage::text, to_char(a."angelegtAm", ${ISO_TS}) AS "angelegtAm", a.version,
              json_build_object('id', p.id, 'kurzbezeichnung', p.kurzbezeichnung, 'art', p.art, 'name', p.name, 'strasse', p.strasse, 'plz', p.plz, 'ort', p.ort, 'email', p.email, 'telefon', p.telefon) AS klient
         FROM "Akt" a JOIN "Person" p ON p.id = a."klientId" WHERE a.id = $1 AND a."kanzleiId" = $2`,
      [id, c.kanzleiId],
    ),
    db.query<PersonRow>(`SELECT ${PERSON} FROM "AktGegner" g JOIN "Person" p ON p.id = g."personId" WHERE g."aktId" = $1 ORDER BY g.position`, [id]),
    db.query<{ id: string; art: string; bezeichnung: string | null; betrag: string; faelligAm: string | null; zinssatz: string | null; zinsenAb: string | null; titelId: string | null }>(
      `SELECT id, art, bezeichnung, betrag::text, "faelligAm"::text AS "faelligAm", zinssatz::text, "zinsenAb"::text AS "zinsenAb", "titelId"
         FROM "Forderung" WHERE "aktId" = $1 ORDER BY "angelegtAm", id`,
      [id],
    ),
    db.query<Record<string, string | number | null>>(
      `SELECT id, datum::text, kuerzel, text, bemessungsgrundlage::text, verdienst::text, einheitssatz::text, streitgenossenzuschlag::text,
              "barauslagenUstPflichtig"::text AS "barauslagenUstPflichtig", "barauslagenUstFrei"::text AS "barauslagenUstFrei",
              "barauslagenDurchlaufer"::text AS "barauslagenDurchlaufer", ust::text, tarifbasis, "ratgGueltigAb"::text AS "ratgGueltigAb", "zeitMinuten"
         FROM "Leistung" WHERE "aktId" = $1 ORDER BY datum, "angelegtAm", id`,
      [id],
    ),
    db.query<Record<string, unknown>>(
      `SELECT t.id, t.datum::text, t.beschlussart, t.honorartext, t.geschaeftszahl, t.zinsen54a, t."vollstreckbarAm"::text AS "vollstreckbarAm", t."gegenWen",
              t."barauslagenDurchlaufer"::text AS "barauslagenDurchlaufer", t."barauslagenUstFrei"::text AS "barauslagenUstFrei",
              t."barauslagenUstPflichtig"::text AS "barauslagenUstPflichtig", t."barauslagenKlient"::text AS "barauslagenKlient",
              t.verdienst::text, t.einheitssatz::text, t.ust::text, ${zugesprochen('t')} AS zugesprochen, t.memo,
              json_build_object('id', g.id, 'kurzbezeichnung', g.kurzbezeichnung, 'name', g.name) AS gericht
         FROM "Titel" t JOIN "Gericht" g ON g.id = t."gerichtId" WHERE t."aktId" = $1 ORDER BY t.datum, t."angelegtAm", t.id`,
      [id],
    ),
    tarifdaten(db, c.kanzleiId, 'MAK'),
  ]);
  const a = akt.rows[0];
  if (!a) return { data: { akt: null } };
  const errors: GraphQLishError[] = [];
  const m = mahnkosten(daten, heute(), { bemessungsgrundlage: a.bemessungsgrundlage, gegner: gegner.rows.length, forderungen: forderungen.rows }, ['akt', 'mahnkosten'], errors);
  const decimals = (row: Record<string, unknown>, keys: string[]) => {
    const out = { ...row };
    for (const k of keys) out[k] = dec(row[k] as string | null);
    return out;
  };
  const data = {
    akt: {
      ...a,
      bemessungsgrundlage: dec(a.bemessungsgrundlage),
      gegner: gegner.rows,
      forderungen: forderungen.rows.map(({ titelId, ...x }) => ({ ...x, betrag: dec(x.betrag), zinssatz: dec(x.zinssatz), titel: titelId ? { id: titelId } : null })),
      leistungen: leistungen.rows.map((l) =>
        decimals(l, ['bemessungsgrundlage', 'verdienst', 'einheitssatz', 'streitgenossenzuschlag', 'barauslagenUstPflichtig', 'barauslagenUstFrei', 'barauslagenDurchlaufer', 'ust']),
      ),
      titel: titel.rows.map((x) =>
        decimals(x, ['barauslagenDurchlaufer', 'barauslagenUstFrei', 'barauslagenUstPflichtig', 'barauslagenKlient', 'verdienst', 'einheitssatz', 'ust', 'zugesprochen']),
      ),
      mahnkosten: m && mahnkostenJson(m),
    },
  };
  return errors.length ? { errors, data } : { data };
}

// ---- 3. Writes ----------------------------------------------------------------------------------

const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const setActor = (c: Caller, operation: string) =>
  JSON.stringify({ kanzleiId: c.kanzleiId, benutzerId: c.benutzerId, benutzerKuerzel: c.kuerzel, keyPrefix: c.keyPrefix, operation });

/** Thrown inside a transaction to roll it back and answer with `result`. */
class Abort {
  constructor(readonly result: unknown) {}
}

const userError = (typename: string, message: string) => ({ __typename: typename, message });

async function createForderung(db: CountingPool, c: Caller, input: Record<string, unknown>) {
  const { aktId, art, betrag, bezeichnung, faelligAm } = input;
  if (typeof aktId !== 'string' || !UUID.test(aktId)) return userError('ValidationError', 'aktId: keine gültige ID');
  if (art !== 'HAUPTFORDERUNG' && art !== 'NEBENFORDERUNG') return userError('ValidationError', 'art: unbekannt');
  if (typeof betrag !== 'string' || !AMOUNT.test(betrag) || Number(betrag) <= 0) return userError('ValidationError', 'betrag: positiv, höchstens zwei Dezimalstellen');
  if (bezeichnung != null && (typeof bezeichnung !== 'string' || bezeichnung.length > 200)) return userError('ValidationError', 'bezeichnung: höchstens 200 Zeichen');
  if (faelligAm != null && (typeof faelligAm !== 'string' || !DATE.test(faelligAm))) return userError('ValidationError', 'faelligAm: YYYY-MM-DD');
  return db.transaction(async (q) => {
    await q(`SELECT set_config('audit.actor', $1, true)`, [setActor(c, 'createForderung')]);
    // The API's locking discipline (server/services/sperren.ts): the Akt row first, then decide.
    const akt = await q<{ status: string }>(`SELECT status FROM "Akt" WHERE id = $1 AND "kanzleiId" = $2 FOR UPDATE`, [aktId, c.kanzleiId]);
    if (!akt.rows[0]) return userError('NotFoundError', `Akt ${aktId} wurde nicht gefunden`);
    if (akt.rows[0].status === 'ARCHIVIERT') return userError('ValidationError', 'Der Akt ist archiviert');
    // Rule 2 of titel.md: a new Forderung goes to the Akt's first Titel.
    const titel = await q<{ id: string; datum: string; beschlussart: string; geschaeftszahl: string | null }>(
      `SELECT id, datum::text, beschlussart, geschaeftszahl FROM "Titel" WHERE "aktId" = $1 ORDER BY datum, "angelegtAm", id LIMIT 1`,
      [aktId],
    );
    const t = titel.rows[0];
    const f = await q<{ id: string; betrag: string }>(
      `INSERT INTO "Forderung" (id, "kanzleiId", "aktId", art, bezeichnung, betrag, "faelligAm", "titelId")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7) RETURNING id, betrag::text`,
      [c.kanzleiId, aktId, art, bezeichnung ?? null, betrag, faelligAm ?? null, t?.id ?? null],
    );
    const hinweis = t
      ? `Die Forderung wurde dem ersten Titel des Akts zugeordnet (${t.beschlussart} vom ${t.datum}${t.geschaeftszahl ? `, ${t.geschaeftszahl}` : ''}). ` +
        'Falls sie ein anderer Titel zuspricht: assignForderungenToTitel.'
      : null;
    return { __typename: 'CreateForderungPayload', forderung: { id: f.rows[0]!.id, betrag: dec(f.rows[0]!.betrag), titel: t ? { id: t.id } : null }, hinweis };
  });
}

async function assignForderungen(db: CountingPool, c: Caller, input: Record<string, unknown>) {
  const { titelId, forderungIds } = input;
  if (typeof titelId !== 'string' || !UUID.test(titelId)) return userError('ValidationError', 'titelId: keine gültige ID');
  if (!Array.isArray(forderungIds) || forderungIds.length === 0 || !forderungIds.every((f) => typeof f === 'string' && UUID.test(f))) {
    return userError('ValidationError', 'forderungIds: gültige IDs');
  }
  return db.transaction(async (q) => {
    await q(`SELECT set_config('audit.actor', $1, true)`, [setActor(c, 'assignForderungenToTitel')]);
    const titel = await q<{ aktId: string; status: string }>(
      `SELECT t."aktId", a.status FROM "Titel" t JOIN "Akt" a ON a.id = t."aktId" WHERE t.id = $1 AND t."kanzleiId" = $2 FOR UPDATE OF a`,
      [titelId, c.kanzleiId],
    );
    const t = titel.rows[0];
    if (!t) return userError('NotFoundError', `Titel ${titelId} wurde nicht gefunden`);
    if (t.status === 'ARCHIVIERT') return userError('ValidationError', 'Der Akt ist archiviert');
    // All or nothing: every Forderung must belong to the Titel's Akt.
    const updated = await q(
      `UPDATE "Forderung" SET "titelId" = $1 WHERE id = ANY($2::uuid[]) AND "kanzleiId" = $3 AND "aktId" = $4`,
      [titelId, forderungIds, c.kanzleiId, t.aktId],
    );
    if (updated.rowCount !== new Set(forderungIds).size) throw new Abort(userError('ValidationError', 'forderungIds: gehören nicht zum Akt dieses Titels'));
    return { __typename: 'AssignForderungenToTitelPayload', titel: { id: titelId } };
  }).catch((error: unknown) => {
    if (error instanceof Abort) return error.result;
    throw error;
  });
}

// ---- HTTP -----------------------------------------------------------------------------------------

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through
  }
  throw new HttpError(400, 'Send a JSON object.');
}

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function floorHandler(db: CountingPool): RequestListener {
  return (req, res) => {
    const route = async () => {
      const url = new URL(req.url ?? '/', 'http://floor');
      if (req.method === 'GET' && url.pathname === '/akten') {
        const first = Number(url.searchParams.get('first') ?? 20);
        if (!Number.isInteger(first) || first < 0 || first > 100) throw new HttpError(400, 'first must be between 0 and 100.');
        return dashboard(db, await caller(db, req), first);
      }
      if (req.method === 'GET' && url.pathname.startsWith('/akt/')) {
        return einAkt(db, await caller(db, req), decodeURIComponent(url.pathname.slice(5)));
      }
      if (req.method === 'POST' && url.pathname === '/forderungen') {
        const [c, input] = await Promise.all([caller(db, req), readJson(req)]);
        return { data: { createForderung: await createForderung(db, c, input) } };
      }
      if (req.method === 'POST' && url.pathname === '/titel/forderungen') {
        const [c, input] = await Promise.all([caller(db, req), readJson(req)]);
        return { data: { assignForderungenToTitel: await assignForderungen(db, c, input) } };
      }
      throw new HttpError(404, 'Not found.');
    };
    route().then(
      (body) => send(res, 200, body),
      (error: unknown) => {
        if (error instanceof HttpError) return send(res, error.status, { errors: [{ message: error.message }] });
        console.error(error);
        send(res, 500, { errors: [{ message: 'Unexpected error.' }] });
      },
    );
  };
}
