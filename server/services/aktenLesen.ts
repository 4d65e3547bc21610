// Reading Akten for the API: one Akt, or a page of them, with what the GraphQL query asks for; and
// any office row by id the same way (a mutation's payload).
// A plain shape (the dashboard's, the detail page's) is loaded in one statement as JSON (a page
// without a filter with its ids picked in the same statement), with only the columns the request reads (server/db/singleStatementLoad.ts); any other shape, or
// `needs: null` (the app option singleStatementReads: false), the way plugin-prisma planned it.
import type { Akt, Prisma } from '../generated/prisma/client.js';
import { loadByIds, loadPage, planSingleStatementLoad, type ColumnNeeds, type Page } from '../db/singleStatementLoad.js';
import { isId } from '../domain/validation.js';
import type { Db } from './db.js';

/** What plugin-prisma hands a resolver: the relations to include, and for a page its paging. */
type AktQuery = { include?: Prisma.AktInclude; select?: Prisma.AktSelect };
type AktPageQuery = AktQuery & Pick<Prisma.AktFindManyArgs, 'take' | 'skip' | 'cursor'>;

/**
 * The office's row of `model` with this id, loaded in one statement, or null if there is none;
 * undefined when the shape has no plan (or `needs` is null): then the caller lets Prisma load it.
 */
export async function findPlanned<T>(
  db: Db, model: string, kanzleiId: string, id: string, query: { include?: unknown; select?: unknown }, needs: ColumnNeeds | null,
): Promise<T | null | undefined> {
  const plan = needs && planSingleStatementLoad(model, query, needs);
  if (!plan) return undefined;
  const [row] = await loadByIds<T>(db, plan, [id], kanzleiId);
  return row ?? null;
}

/** The office's Akt with this id (a UUID), or null. */
export async function findAkt(db: Db, kanzleiId: string, id: string, query: AktQuery, needs: ColumnNeeds | null): Promise<Akt | null> {
  const akt = await findPlanned<Akt>(db, 'Akt', kanzleiId, id, query, needs);
  return akt !== undefined ? akt : db.akt.findFirst({ ...query, where: { id, kanzleiId } });
}

/**
 * A page of the office's Akten. Without a filter (the dashboard) one statement picks the ids and
 * loads them; with one, or a page backwards, Prisma picks the ids (filter, order, cursor, take and
 * skip as planned) and one more statement loads them with their relations.
 */
export async function findAktenPage(
  db: Db,
  kanzleiId: string,
  { include, select, ...page }: AktPageQuery,
  where: Prisma.AktWhereInput,
  orderBy: Prisma.AktOrderByWithRelationInput[],
  needs: ColumnNeeds | null,
): Promise<Akt[]> {
  const plan = needs && planSingleStatementLoad('Akt', { include, select }, needs);
  if (!plan) return db.akt.findMany({ ...page, include, select, where: { ...where, kanzleiId }, orderBy } as Prisma.AktFindManyArgs);
  const seite = ohneFilter(where, kanzleiId) && planbareSeite(page, orderBy);
  const geladen = seite ? await loadPage<Akt>(db, plan, seite, kanzleiId) : undefined;
  if (geladen) return geladen;
  const ids = await db.akt.findMany({ ...page, where: { ...where, kanzleiId }, orderBy, select: { id: true } });
  return loadByIds<Akt>(db, plan, ids.map((a) => a.id), kanzleiId);
}

const ohneFilter = (where: Prisma.AktWhereInput, kanzleiId: string) =>
  Object.keys(where).every((k) => k === 'kanzleiId') && (where.kanzleiId === undefined || where.kanzleiId === kanzleiId);

/** Prisma's paging as a Page, when it is plain: a page forwards, by scalar columns, a cursor by id. */
function planbareSeite({ take, skip, cursor }: Omit<AktPageQuery, 'include' | 'select'>, orderBy: Prisma.AktOrderByWithRelationInput[]): Page | null {
  if (take === undefined || take <= 0) return null;
  if (!nachSpalten(orderBy)) return null;
  const cursorKeys = cursor ? Object.keys(cursor) : [];
  if (cursor && (cursorKeys.length !== 1 || typeof cursor.id !== 'string' || !isId(cursor.id))) return null;
  return { orderBy, take, skip: skip ?? 0, cursorId: cursor?.id ?? null };
}

const nachSpalten = (orderBy: readonly object[]): orderBy is Page['orderBy'] =>
  orderBy.every((term) => Object.values(term).every((d) => d === 'asc' || d === 'desc'));
