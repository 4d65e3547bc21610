// The floor: the benchmark's three scenarios written by hand, as the strongest hand-writer would
// without a framework: bare node:http, a pg Pool, and per read ONE SQL statement in which
// PostgreSQL checks the API key and builds the response's JSON (json_build_object / json_agg in
// correlated subqueries and lateral joins); the server only prices Mahnkosten and splices their
// JSON into PostgreSQL's text. It returns exactly the JSON the GraphQL API returns for the
// documents in bench/setup.ts, so that bench/http.ts can check both agree before timing them.
//
// It keeps the API's guarantees:
// - the key is checked in the request's own statement, so a revoked key is refused at once;
// - the office's tariff data is cached as the API caches it (server/services/tarifdatenCache.ts):
//   per office and Kanzlei.tarifStand, which the key check reads; a new Stand reloads it;
// - Mahnkosten are priced by the same pure tariff engine (server/tarif/);
// - writes run in one transaction with the audit actor set (the same audit triggers fire) and follow
//   the API's locking discipline (server/services/sperren.ts): the first statement checks the key,
//   sets the actor and locks the Akt row; only the next one, with a snapshot taken after the lock,
//   reads what the decision depends on and writes. Three statements per write (COMMIT counted, as
//   the API's counter counts it; BEGIN not).
// What it leaves out: the API's rate limits (an upsert in the key lookup's statement).
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

type Query = <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<pg.QueryResult<R>>;

/**
 * Statements sent often are named, so that pg prepares each once per connection and PostgreSQL
 * skips parsing and, once it settles on a generic plan, planning (≈ 1.5 ms for the reads).
 */
const names = new Map<string, string>();
const named = (text: string, values: unknown[]): pg.QueryConfig => {
  if (values.length === 0) return { text }; // COMMIT, ROLLBACK
  let name = names.get(text);
  if (!name) names.set(text, (name = `floor_${names.size}`));
  return { name, text, values };
};

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
    return this.pool.query<R>(named(sql, params));
  }
  /** BEGIN … COMMIT on one connection; ROLLBACK when `work` throws. */
  async transaction<T>(work: (q: Query) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const q: Query = (sql, params = []) => {
      this.statements++;
      return client.query(named(sql, params));
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

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const unauthorized = () => new HttpError(401, 'Invalid or revoked API key.');

/** A response body already serialised (PostgreSQL's JSON text with the server's parts spliced in). */
class Json {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

// ---- SQL pieces: the API's scalars, built in PostgreSQL -----------------------------------------

const ISO_TS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`; // Prisma stores DateTime as UTC timestamp(3)

/** A numeric as the API's Decimal prints it: trailing zeros dropped, at least two decimals. */
const dec = (x: string) => `(CASE WHEN scale(trim_scale(${x})) < 2 THEN round(${x}, 2)::text ELSE trim_scale(${x})::text END)`;

/** Titel.zugesprochen: the four Barauslagen + Verdienst + ES + USt (exact numeric sum). */
const zugesprochen = (t: string) =>
  dec(`(${['"barauslagenDurchlaufer"', '"barauslagenUstFrei"', '"barauslagenUstPflichtig"', '"barauslagenKlient"', 'verdienst', 'einheitssatz', 'ust'].map((c) => `${t}.${c}`).join(' + ')})`);

/** json_build_object of `fields` (name → SQL expression; a bare name is `alias.name`). */
const object = (alias: string, fields: (string | [string, string])[]) =>
  `json_build_object(${fields.map((f) => (typeof f === 'string' ? `'${f}', ${alias}."${f}"` : `'${f[0]}', ${f[1]}`)).join(', ')})`;

/** The valid key's Benutzer and office, with the office's tariff Stand: the first CTE of every statement. */
const KEY_CTE = `c AS (
  SELECT b."kanzleiId", b.id AS "benutzerId", b.kuerzel, k.prefix AS "keyPrefix", z."tarifStand"
    FROM "ApiKey" k JOIN "Benutzer" b ON b.id = k."benutzerId" JOIN "Kanzlei" z ON z.id = b."kanzleiId"
   WHERE k.hash = $1 AND k."widerrufenAm" IS NULL)`;

function keyHash(req: IncomingMessage): string {
  const key = bearerToken(req.headers.authorization);
  if (!key) throw new HttpError(401, 'Authentication required: send "Authorization: Bearer <API key>".');
  return hashApiKey(key);
}

/** Only the key check: for requests whose input is refused before any data is read. */
async function checkKey(db: CountingPool, hash: string): Promise<void> {
  const { rows } = await db.query(`WITH ${KEY_CTE} SELECT 1 FROM c`, [hash]);
  if (!rows[0]) throw unauthorized();
}

// ---- The office's tariff data, cached per Stand as the API caches it -------------------------------

const tarifCache = new Map<string, { stand: number; daten: Tarifdaten }>();

/** The office's RATG tables, postage and its Tarife; loaded (one statement) only for a Stand not yet seen. */
async function tarifdaten(db: CountingPool, kanzleiId: string, stand: number): Promise<Tarifdaten> {
  const cached = tarifCache.get(kanzleiId);
  if (cached?.stand === stand) return cached.daten;
  const { rows } = await db.query<{
    tabellen: unknown[] | null;
    porto: { gueltigAb: string; betrag: string }[] | null;
    tarife: { code: string; name: string; porto: boolean; positionen: { post: Tarifpost; zuschlag: boolean; anzahl: number }[] | null }[] | null;
  }>(
    `SELECT (SELECT json_agg(definition) FROM "RatgTabelle" WHERE "kanzleiId" = $1) AS tabellen,
            (SELECT json_agg(json_build_object('gueltigAb', "gueltigAb"::text, 'betrag', betrag::text)) FROM "PortoSatz" WHERE "kanzleiId" = $1) AS porto,
            (SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'porto', t.porto, 'positionen',
                    (SELECT json_agg(json_build_object('post', p.post, 'zuschlag', p.zuschlag, 'anzahl', p.anzahl) ORDER BY p.reihenfolge)
                       FROM "TarifPosition" p WHERE p."tarifId" = t.id)))
               FROM "Tarif" t WHERE t."kanzleiId" = $1) AS tarife`,
    [kanzleiId],
  );
  const r = rows[0]!;
  const daten: Tarifdaten = {
    tabellen: (r.tabellen ?? []).map((t) => ratgTabelleSchema.parse(t)),
    porto: (r.porto ?? []).map((p) => ({ gueltigAb: p.gueltigAb, betrag: toDecimal(p.betrag) })),
    tarife: new Map((r.tarife ?? []).map((t) => [t.code, { ...t, positionen: t.positionen ?? [] }])),
  };
  tarifCache.set(kanzleiId, { stand, daten });
  return daten;
}

interface GraphQLishError {
  message: string;
  path: (string | number)[];
  extensions: { code: string; field: string };
}

/** What pricing an Akt's Mahnkosten needs, as each read statement returns it beside the JSON. */
interface MahnkostenBasis {
  bg: string | null;
  gegner: number;
  /** [art, betrag] of each Forderung. */
  fm: [string, string][] | null;
}

/** Mahnkosten of one Akt, or null and an error entry, as the API's resolver does. */
function mahnkosten(daten: Tarifdaten, datum: string, akt: MahnkostenBasis, path: (string | number)[], errors: GraphQLishError[]): Mahnkosten | null {
  try {
    return mahnkostenAm(daten, {
      tarif: 'MAK',
      datum,
      gegner: akt.gegner,
      bemessung: bemessungsgrundlage({
        forderungen: (akt.fm ?? []).map(([art, betrag]) => ({ art: art as 'HAUPTFORDERUNG' | 'NEBENFORDERUNG', betrag: toDecimal(betrag) })),
        aktBemessungsgrundlage: akt.bg ? toDecimal(akt.bg) : null,
      }),
    });
  } catch (error) {
    if (!(error instanceof TarifError)) throw error;
    errors.push({ message: error.message, path, extensions: { code: 'TARIF_ERROR', field: error.field } });
    return null;
  }
}

/** `{"errors":[…],"data":…}` or `{"data":…}` from the data's JSON text. */
const body = (data: string, errors: GraphQLishError[]) => new Json(errors.length ? `{"errors":${JSON.stringify(errors)},"data":${data}}` : `{"data":${data}}`);

/** An object's JSON text (as PostgreSQL prints it) with one more member. */
const withMember = (objectJson: string, name: string, valueJson: string) => `${objectJson.slice(0, objectJson.lastIndexOf('}'))}, "${name}" : ${valueJson}}`;

// ---- 1. The dashboard: one statement ------------------------------------------------------------

const LIST = (j: string) => `COALESCE(${j}, '[]'::json)`;

/**
 * LIMIT as a literal (first + 1 ≤ 101: at most 101 statements): with `LIMIT $2` PostgreSQL's generic
 * plan assumes a tenth of the table, so it plans again on every execution (as the API found for
 * its own pages, server/db/singleStatementLoad.ts).
 */
const dashboardSql = (limit: number) => `WITH ${KEY_CTE}
SELECT c."kanzleiId", c."tarifStand", a.id, a.bemessungsgrundlage::text AS bg, ge.n AS gegner, fo.m AS fm,
       ${object('a', ['id', 'aktenzeichen', 'bezeichnung', 'status', ['angelegtAm', `to_char(a."angelegtAm", ${ISO_TS})`],
         ['klient', object('k', ['id', 'name'])], ['gegner', LIST('ge.j')], ['forderungen', LIST('fo.j')], ['titel', LIST('ti.j')]])}::text AS node
  FROM c
  LEFT JOIN LATERAL (
    SELECT * FROM "Akt" a WHERE a."kanzleiId" = c."kanzleiId" ORDER BY a."angelegtAm" DESC, a.aktenzeichen DESC LIMIT ${limit}) a ON true
  LEFT JOIN "Person" k ON k.id = a."klientId"
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('p', ['id', 'name'])} ORDER BY g.position) AS j, count(*)::int AS n
      FROM "AktGegner" g JOIN "Person" p ON p.id = g."personId" WHERE g."aktId" = a.id) ge ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('f', ['id', 'art', ['betrag', dec('f.betrag')], ['faelligAm', 'f."faelligAm"::text']])} ORDER BY f."angelegtAm", f.id) AS j,
           json_agg(json_build_array(f.art, f.betrag::text)) AS m
      FROM "Forderung" f WHERE f."aktId" = a.id) fo ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('t', ['id', ['datum', 't.datum::text'], 'beschlussart', ['zugesprochen', zugesprochen('t')]])} ORDER BY t.datum, t."angelegtAm", t.id) AS j
      FROM "Titel" t WHERE t."aktId" = a.id) ti ON true
 ORDER BY a."angelegtAm" DESC, a.aktenzeichen DESC`;

const cursor = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64'); // plugin-prisma's format

type DashboardRow = MahnkostenBasis & { kanzleiId: string; tarifStand: number; id: string | null; node: string };

async function dashboard(db: CountingPool, hash: string, first: number): Promise<Json> {
  const { rows } = await db.query<DashboardRow>(dashboardSql(first + 1), [hash]);
  const c = rows[0];
  if (!c) throw unauthorized();
  const daten = await tarifdaten(db, c.kanzleiId, c.tarifStand);
  const page = rows.filter((r) => r.id !== null).slice(0, first);
  const datum = heute();
  const errors: GraphQLishError[] = [];
  const edges = page.map((r, i) => {
    const m = mahnkosten(daten, datum, r, ['akten', 'edges', i, 'node', 'mahnkosten'], errors);
    return `{"node":${withMember(r.node, 'mahnkosten', m ? `{"brutto":"${formatDecimal(m.brutto)}"}` : 'null')}}`;
  });
  const last = page[page.length - 1];
  const pageInfo = `{"hasNextPage":${rows.length > first},"endCursor":${last ? `"${cursor(last.id!)}"` : 'null'}}`;
  return body(`{"akten":{"edges":[${edges.join(',')}],"pageInfo":${pageInfo}}}`, errors);
}

// ---- 2. One Akt with everything: one statement ---------------------------------------------------

const PERSON = ['id', 'kurzbezeichnung', 'art', 'name', 'strasse', 'plz', 'ort', 'email', 'telefon'];
const decs = (alias: string, names: string[]): [string, string][] => names.map((n) => [n, dec(`${alias}."${n}"`)]);

const AKT_SQL = `WITH ${KEY_CTE}
SELECT c."kanzleiId", c."tarifStand", a.id, a.bemessungsgrundlage::text AS bg, ge.n AS gegner, fo.m AS fm,
       ${object('a', ['id', 'aktenzeichen', 'bezeichnung', 'sachgebiet', 'status', ['bemessungsgrundlage', dec('a.bemessungsgrundlage')],
         ['angelegtAm', `to_char(a."angelegtAm", ${ISO_TS})`], 'version', ['klient', object('k', PERSON)],
         ['gegner', LIST('ge.j')], ['forderungen', LIST('fo.j')], ['leistungen', LIST('le.j')], ['titel', LIST('ti.j')]])}::text AS node
  FROM c
  LEFT JOIN "Akt" a ON a.id = $2 AND a."kanzleiId" = c."kanzleiId"
  LEFT JOIN "Person" k ON k.id = a."klientId"
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('p', PERSON)} ORDER BY g.position) AS j, count(*)::int AS n
      FROM "AktGegner" g JOIN "Person" p ON p.id = g."personId" WHERE g."aktId" = a.id) ge ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('f', ['id', 'art', 'bezeichnung', ...decs('f', ['betrag', 'zinssatz']), ['faelligAm', 'f."faelligAm"::text'],
             ['zinsenAb', 'f."zinsenAb"::text'], ['titel', `CASE WHEN f."titelId" IS NULL THEN NULL ELSE json_build_object('id', f."titelId") END`]])}
             ORDER BY f."angelegtAm", f.id) AS j,
           json_agg(json_build_array(f.art, f.betrag::text)) AS m
      FROM "Forderung" f WHERE f."aktId" = a.id) fo ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('l', ['id', ['datum', 'l.datum::text'], 'kuerzel', 'text',
             ...decs('l', ['bemessungsgrundlage', 'verdienst', 'einheitssatz', 'streitgenossenzuschlag', 'barauslagenUstPflichtig', 'barauslagenUstFrei', 'barauslagenDurchlaufer', 'ust']),
             'tarifbasis', ['ratgGueltigAb', 'l."ratgGueltigAb"::text'], 'zeitMinuten'])} ORDER BY l.datum, l."angelegtAm", l.id) AS j
      FROM "Leistung" l WHERE l."aktId" = a.id) le ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(${object('t', ['id', ['datum', 't.datum::text'], 'beschlussart', 'honorartext', 'geschaeftszahl', 'zinsen54a',
             ['vollstreckbarAm', 't."vollstreckbarAm"::text'], 'gegenWen',
             ...decs('t', ['barauslagenDurchlaufer', 'barauslagenUstFrei', 'barauslagenUstPflichtig', 'barauslagenKlient', 'verdienst', 'einheitssatz', 'ust']),
             ['zugesprochen', zugesprochen('t')], 'memo', ['gericht', object('g', ['id', 'kurzbezeichnung', 'name'])]])} ORDER BY t.datum, t."angelegtAm", t.id) AS j
      FROM "Titel" t JOIN "Gericht" g ON g.id = t."gerichtId" WHERE t."aktId" = a.id) ti ON true`;

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

async function einAkt(db: CountingPool, hash: string, id: string): Promise<Json> {
  if (!UUID.test(id)) {
    await checkKey(db, hash);
    return body('{"akt":null}', []);
  }
  const { rows } = await db.query<DashboardRow>(AKT_SQL, [hash, id]);
  const r = rows[0];
  if (!r) throw unauthorized();
  if (r.id === null) return body('{"akt":null}', []);
  const daten = await tarifdaten(db, r.kanzleiId, r.tarifStand);
  const errors: GraphQLishError[] = [];
  const m = mahnkosten(daten, heute(), r, ['akt', 'mahnkosten'], errors);
  return body(`{"akt":${withMember(r.node, 'mahnkosten', m ? JSON.stringify(mahnkostenJson(m)) : 'null')}}`, errors);
}

// ---- 3. Writes: three statements each -----------------------------------------------------------

const AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first statement of a write: checks the key, sets the audit actor for the transaction (the
 * audit triggers read it) and locks the Akt row that `lock` (a scalar sub-select with FOR UPDATE,
 * $3 its parameter) finds in the caller's office. No row: the key is not valid.
 */
const KEY_ACTOR_LOCK = (operation: string, lock: string) => `WITH ${KEY_CTE}
SELECT c."kanzleiId",
       set_config('audit.actor', json_build_object('kanzleiId', c."kanzleiId", 'benutzerId', c."benutzerId", 'benutzerKuerzel', c.kuerzel,
                  'keyPrefix', c."keyPrefix", 'operation', '${operation}')::text, true) AS actor,
       (${lock}) AS locked
  FROM c`;

const CREATE_LOCK = KEY_ACTOR_LOCK('createForderung', `SELECT a.status FROM "Akt" a WHERE a.id = $2 AND a."kanzleiId" = c."kanzleiId" FOR UPDATE`);

/** Rule 2 of titel.md: a new Forderung goes to the Akt's first Titel. Read after the lock. */
const CREATE_INSERT = `WITH t AS (
  SELECT id, datum::text AS datum, beschlussart, geschaeftszahl FROM "Titel" WHERE "aktId" = $2 ORDER BY datum, "angelegtAm", id LIMIT 1),
f AS (
  INSERT INTO "Forderung" (id, "kanzleiId", "aktId", art, bezeichnung, betrag, "faelligAm", "titelId")
  VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, (SELECT id FROM t)) RETURNING id, betrag)
SELECT f.id, ${dec('f.betrag')} AS betrag, t.id AS "titelId", t.datum, t.beschlussart, t.geschaeftszahl FROM f LEFT JOIN t ON true`;

const ASSIGN_LOCK = KEY_ACTOR_LOCK(
  'assignForderungenToTitel',
  `SELECT json_build_array(t."aktId", a.status) FROM "Titel" t JOIN "Akt" a ON a.id = t."aktId" WHERE t.id = $2 AND t."kanzleiId" = c."kanzleiId" FOR UPDATE OF a`,
);

/** Thrown inside a transaction to roll it back and answer with `result`. */
class Abort {
  readonly result: unknown;
  constructor(result: unknown) {
    this.result = result;
  }
}

const userError = (typename: string, message: string) => ({ __typename: typename, message });

/** Runs `work` in a transaction; an Abort rolls it back and answers with its result. */
const transaction = (db: CountingPool, work: (q: Query) => Promise<unknown>) =>
  db.transaction(work).catch((error: unknown) => {
    if (error instanceof Abort) return error.result;
    throw error;
  });

async function createForderung(db: CountingPool, hash: string, input: Record<string, unknown>) {
  const { aktId, art, betrag, bezeichnung, faelligAm } = input;
  const invalid =
    (typeof aktId !== 'string' || !UUID.test(aktId)) ? 'aktId: keine gültige ID'
    : art !== 'HAUPTFORDERUNG' && art !== 'NEBENFORDERUNG' ? 'art: unbekannt'
    : typeof betrag !== 'string' || !AMOUNT.test(betrag) || Number(betrag) <= 0 ? 'betrag: positiv, höchstens zwei Dezimalstellen'
    : bezeichnung != null && (typeof bezeichnung !== 'string' || bezeichnung.length > 200) ? 'bezeichnung: höchstens 200 Zeichen'
    : faelligAm != null && (typeof faelligAm !== 'string' || !DATE.test(faelligAm)) ? 'faelligAm: YYYY-MM-DD'
    : null;
  if (invalid) {
    await checkKey(db, hash);
    return userError('ValidationError', invalid);
  }
  return transaction(db, async (q) => {
    const locked = await q<{ kanzleiId: string; locked: string | null }>(CREATE_LOCK, [hash, aktId]);
    const c = locked.rows[0];
    if (!c) throw unauthorized();
    if (c.locked === null) throw new Abort(userError('NotFoundError', `Akt ${aktId} wurde nicht gefunden`));
    if (c.locked === 'ARCHIVIERT') throw new Abort(userError('ValidationError', 'Der Akt ist archiviert'));
    const { rows } = await q<{ id: string; betrag: string; titelId: string | null; datum: string; beschlussart: string; geschaeftszahl: string | null }>(
      CREATE_INSERT, [c.kanzleiId, aktId, art, bezeichnung ?? null, betrag, faelligAm ?? null]);
    const f = rows[0]!;
    const hinweis = f.titelId
      ? `Die Forderung wurde dem ersten Titel des Akts zugeordnet (${f.beschlussart} vom ${f.datum}${f.geschaeftszahl ? `, ${f.geschaeftszahl}` : ''}). ` +
        'Falls sie ein anderer Titel zuspricht: assignForderungenToTitel.'
      : null;
    return { __typename: 'CreateForderungPayload', forderung: { id: f.id, betrag: f.betrag, titel: f.titelId ? { id: f.titelId } : null }, hinweis };
  });
}

async function assignForderungen(db: CountingPool, hash: string, input: Record<string, unknown>) {
  const { titelId, forderungIds } = input;
  const invalid =
    typeof titelId !== 'string' || !UUID.test(titelId) ? 'titelId: keine gültige ID'
    : !Array.isArray(forderungIds) || forderungIds.length === 0 || forderungIds.length > 500 || !forderungIds.every((f) => typeof f === 'string' && UUID.test(f)) ? 'forderungIds: gültige IDs'
    : null;
  if (invalid) {
    await checkKey(db, hash);
    return userError('ValidationError', invalid);
  }
  return transaction(db, async (q) => {
    const locked = await q<{ kanzleiId: string; locked: [string, string] | null }>(ASSIGN_LOCK, [hash, titelId]);
    const c = locked.rows[0];
    if (!c) throw unauthorized();
    if (c.locked === null) throw new Abort(userError('NotFoundError', `Titel ${titelId} wurde nicht gefunden`));
    const [aktId, status] = c.locked;
    if (status === 'ARCHIVIERT') throw new Abort(userError('ValidationError', 'Der Akt ist archiviert'));
    // All or nothing: every Forderung must belong to the Titel's Akt.
    const updated = await q(`UPDATE "Forderung" SET "titelId" = $1 WHERE id = ANY($2::uuid[]) AND "kanzleiId" = $3 AND "aktId" = $4`, [titelId, forderungIds, c.kanzleiId, aktId]);
    if (updated.rowCount !== new Set(forderungIds as string[]).size) throw new Abort(userError('ValidationError', 'forderungIds: gehören nicht zum Akt dieses Titels'));
    return { __typename: 'AssignForderungenToTitelPayload', titel: { id: titelId } };
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
  const json = body instanceof Json ? body.text : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function floorHandler(db: CountingPool): RequestListener {
  return (req, res) => {
    const route = async () => {
      const url = new URL(req.url ?? '/', 'http://floor');
      if (req.method === 'GET' && url.pathname === '/minimal') {
        await checkKey(db, keyHash(req));
        return { data: { __typename: 'Query' } };
      }
      if (req.method === 'GET' && url.pathname === '/akten') {
        const first = Number(url.searchParams.get('first') ?? 20);
        if (!Number.isInteger(first) || first < 0 || first > 100) throw new HttpError(400, 'first must be between 0 and 100.');
        return dashboard(db, keyHash(req), first);
      }
      if (req.method === 'GET' && url.pathname.startsWith('/akt/')) {
        return einAkt(db, keyHash(req), decodeURIComponent(url.pathname.slice(5)));
      }
      if (req.method === 'POST' && url.pathname === '/forderungen') {
        const hash = keyHash(req);
        return { data: { createForderung: await createForderung(db, hash, await readJson(req)) } };
      }
      if (req.method === 'POST' && url.pathname === '/titel/forderungen') {
        const hash = keyHash(req);
        return { data: { assignForderungenToTitel: await assignForderungen(db, hash, await readJson(req)) } };
      }
      throw new HttpError(404, 'Not found.');
    };
    route().then(
      (result) => send(res, 200, result),
      (error: unknown) => {
        if (error instanceof HttpError) return send(res, error.status, { errors: [{ message: error.message }] });
        console.error(error);
        send(res, 500, { errors: [{ message: 'Unexpected error.' }] });
      },
    );
  };
}
