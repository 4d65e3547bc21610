// Fuzzing helpers: a seeded PRNG, bad values generated from the GraphQL input types of
// schema/schema.graphql, the request each case becomes, how its answer is judged, and a snapshot
// of every table (by office) to tell whether anything changed.
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import type { PrismaClient } from '../../server/generated/prisma/client.js';
import type { GqlResponse } from './testServer.js';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => list[int(list.length)]!,
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    chance: (p) => next() < p,
  };
}

const hex = (r: Rng, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(16)]).join('');
export const randomUuid = (r: Rng) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[r.int(4)]}${hex(r, 3)}-${hex(r, 12)}`;
export const randomCuid = (r: Rng) => `c${Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[r.int(36)]).join('')}`;

/** Letters from several scripts, emoji, combining marks, RTL, zero-width and odd white space. */
const UNICODE = ['a', 'Z', 'ä', 'ß', 'É', 'ñ', 'ø', 'Ж', 'я', 'Ω', 'λ', '中', '文', 'العربية', 'עברית', '😀', '👩‍⚖️', '🇦🇹', 'e\u0301', '\u200b', '\u202e', '\u00a0', '\t', '\n', ' ', '"', "'", '\\', '<', '>', '&', '%', '$', '{', '}', '#WV:', '#'];
/** Always with a letter outside ASCII, so that no code, e-mail address or PLZ can come out by chance. */
export const randomUnicode = (r: Rng, max = 40) => `${r.pick(['ä', 'Ж', '中', 'é'])}${Array.from({ length: r.int(max) }, () => r.pick(UNICODE)).join('')}`;

// ---------------------------------------------------------------------------------------------
// The schema

export const loadSchema = (path = new URL('../../schema/schema.graphql', import.meta.url)): GraphQLSchema =>
  buildSchema(readFileSync(path, 'utf8'));

export const mutationFields = (schema: GraphQLSchema): GraphQLField<unknown, unknown>[] => Object.values(schema.getMutationType()!.getFields());

/** The selection that asks for every error's details and every scalar of the payload (one level down). */
function resultSelection(field: GraphQLField<unknown, unknown>): string {
  const result = getNamedType(field.type);
  const members: readonly GraphQLObjectType[] = isUnionType(result) ? result.getTypes() : isObjectType(result) ? [result] : [];
  const leaves = (t: GraphQLObjectType) =>
    Object.values(t.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
      .map((f) => f.name);
  const parts = ['__typename', '... on Error { message }'];
  for (const m of members) {
    if (m.getInterfaces().some((i) => i.name === 'Error')) {
      if (m.name === 'ValidationError') parts.push('... on ValidationError { field issues { field message } }');
      continue;
    }
    const sub = Object.values(m.getFields()).map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (isObjectType(named)) {
        const l = leaves(named);
        return l.length ? `${f.name} { ${l.join(' ')} }` : '';
      }
      return '';
    });
    parts.push(`... on ${m.name} { ${sub.filter(Boolean).join(' ')} }`);
  }
  return parts.join(' ');
}

export function mutationDocument(field: GraphQLField<unknown, unknown>, argumentsText?: string): string {
  const input = field.args.find((a) => a.name === 'input');
  const head = input ? `mutation Fuzz($input: ${String(input.type)})` : 'mutation Fuzz';
  const args = argumentsText ?? (input ? '(input: $input)' : '');
  return `${head} { r: ${field.name}${args} { ${resultSelection(field)} } }`;
}

/**
 * A query for (nearly) everything the API can show: every query field and every field below it
 * without required arguments, down to `maxDepth` levels, each type once per path. Run after a
 * successful mutation, it finds stored data that breaks a later read.
 */
export function readEverythingDocument(schema: GraphQLSchema, maxDepth = 5): string {
  const selection = (type: GraphQLObjectType, depth: number, path: Set<string>): string =>
    Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
      .map((f) => {
        const named = getNamedType(f.type);
        if (isLeafType(named)) return f.name;
        if (!isObjectType(named) || depth >= maxDepth || path.has(named.name)) return '';
        const inner = selection(named, depth + 1, new Set([...path, named.name]));
        return inner ? `${f.name} { ${inner} }` : '';
      })
      .filter(Boolean)
      .join(' ');
  return `query ReadEverything { ${selection(schema.getQueryType()!, 0, new Set(['Query']))} }`;
}

// ---------------------------------------------------------------------------------------------
// Bad values

/** A case's input leaves a field out. */
export const ABSENT = Symbol('absent');

/** `fail`: the value is invalid, nothing may be written; `any`: valid or not, but never a crash. */
export type Expect = 'fail' | 'any';

export interface Gen {
  label: string;
  value: unknown;
  expect: Expect;
}

export interface Case {
  label: string;
  /** Sent with another key than the office ADMIN's. */
  as?: 'sachbearbeiter' | 'intake';
  /** The `input` variable (ABSENT: not sent). */
  input: unknown;
  expect: Expect;
  /** Instead of `(input: $input)`, e.g. an unknown argument. */
  argumentsText?: string;
  /** Must be one of the cases every run makes (e.g. another office's id). */
  priority?: boolean;
}

export interface IdContext {
  /** The entity an ID field names, e.g. "Akt" for `aktId`; null if unknown (the test then fails). */
  entityOf(path: (string | number)[]): string | null;
  /** The other office's id of the same role as `ownId` (or its default one of the entity). */
  foreignId(entity: string, ownId: unknown): string;
  /** An id of the own office, of another entity type. */
  ownIdOfOtherEntity(entity: string): string;
  /** An own row of the entity in an archived (read-only) Akt, if there is one. */
  archivedId(entity: string): string | null;
}

export interface GenOptions {
  rnd: Rng;
  ids: IdContext;
  /** A nominally invalid value that is acceptable at this path (e.g. 4 decimals for a rate). */
  relax(path: string, label: string): boolean;
  /** A nominally acceptable value that is invalid at this path (random text for an e-mail address). */
  tighten(path: string, label: string): boolean;
  /** Texts the data set already holds (Kurzbezeichnungen, Aktenzeichen, codes): uniqueness clashes. */
  existing: readonly string[];
}

const LONG = 'x'.repeat(10_001);

function scalarValues(name: string, o: GenOptions, path: (string | number)[], base: unknown): Gen[] {
  const r = o.rnd;
  switch (name) {
    case 'ID': {
      const entity = o.ids.entityOf(path);
      if (!entity) throw new Error(`No entity known for the ID field ${path.join('.')}: add it to the fuzz test's ID table`);
      const archived = o.ids.archivedId(entity);
      return [
        { label: `other office's ${entity}`, value: o.ids.foreignId(entity, base), expect: 'fail' },
        ...(archived && archived !== base ? [{ label: `own ${entity} in an archived Akt`, value: archived, expect: 'fail' as const }] : []),
        { label: 'random uuid', value: randomUuid(r), expect: 'fail' },
        { label: 'random cuid', value: randomCuid(r), expect: 'fail' },
        { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000', expect: 'fail' },
        { label: 'empty', value: '', expect: 'fail' },
        { label: 'sql', value: "' OR '1'='1'; DROP TABLE \"Akt\"; --", expect: 'fail' },
        { label: 'null byte', value: `${typeof base === 'string' ? base : randomUuid(r)}\u0000`, expect: 'fail' },
        { label: `own ${entity === 'Person' ? 'Akt' : 'Person'} id (wrong entity)`, value: o.ids.ownIdOfOtherEntity(entity), expect: 'fail' },
        { label: 'number', value: 12345, expect: 'fail' },
        { label: 'long', value: LONG, expect: 'fail' },
        { label: 'boolean', value: true, expect: 'fail' },
      ];
    }
    case 'String':
      return [
        { label: 'unicode', value: randomUnicode(r), expect: 'any' },
        { label: 'existing value', value: r.pick(o.existing), expect: 'any' },
        { label: 'long', value: LONG, expect: 'fail' },
        { label: 'sql', value: "Robert'); DROP TABLE \"Person\"; --", expect: 'any' },
        { label: 'null byte', value: `a\u0000b`, expect: 'fail' },
        { label: 'lone surrogate', value: 'x\ud800y', expect: 'fail' },
        { label: 'empty', value: '', expect: 'any' },
        { label: 'blank', value: ' \t\n ', expect: 'any' },
        { label: 'number', value: 42, expect: 'fail' },
        { label: 'object', value: { a: 1 }, expect: 'fail' },
      ];
    case 'Int':
      return [
        { label: '2^31', value: 2 ** 31, expect: 'fail' },
        { label: 'max int', value: 2 ** 31 - 1, expect: 'fail' },
        { label: 'min int', value: -(2 ** 31), expect: 'fail' },
        { label: '-1', value: -1, expect: 'fail' },
        { label: '0', value: 0, expect: 'any' },
        { label: '100000', value: 100_000, expect: 'any' },
        { label: '1e308', value: 1e308, expect: 'fail' },
        { label: 'float', value: 1.5, expect: 'fail' },
        { label: 'string', value: '7', expect: 'fail' },
      ];
    case 'Decimal':
      return [
        { label: '1e308', value: '1e308', expect: 'fail' },
        { label: 'huge', value: '99999999999999999999.99', expect: 'fail' },
        { label: 'just too big', value: '10000000000000000.00', expect: 'fail' },
        { label: 'negative', value: '-1.00', expect: 'fail' },
        { label: 'three decimals', value: '1.001', expect: 'fail' },
        { label: 'tiny', value: '0.0000000000000000000001', expect: 'fail' },
        { label: 'NaN', value: 'NaN', expect: 'fail' },
        { label: 'Infinity', value: 'Infinity', expect: 'fail' },
        { label: 'empty', value: '', expect: 'fail' },
        { label: 'comma', value: '1,50', expect: 'fail' },
        { label: 'hex', value: '0x10', expect: 'fail' },
        { label: 'digits', value: '1'.repeat(61), expect: 'fail' },
        { label: 'zero', value: '0', expect: 'any' },
        { label: 'minus zero', value: '-0.00', expect: 'any' },
        { label: 'plus sign', value: '+5.00', expect: 'any' },
        { label: 'max amount', value: '9999999999999999.99', expect: 'any' },
        { label: 'padded', value: ' 12.50 ', expect: 'any' },
        { label: 'float number', value: 12.5, expect: 'fail' },
      ];
    case 'Date':
      return [
        { label: 'feb 30', value: '2024-02-30', expect: 'fail' },
        { label: 'month 13', value: '2024-13-01', expect: 'fail' },
        { label: 'year 0', value: '0000-01-01', expect: 'fail' },
        { label: 'with time', value: '2024-01-01T00:00:00Z', expect: 'fail' },
        { label: 'german', value: '01.02.2024', expect: 'fail' },
        { label: 'empty', value: '', expect: 'fail' },
        { label: 'number', value: 20240101, expect: 'fail' },
        { label: 'year 9999', value: '9999-12-31', expect: 'any' },
        { label: 'year 2999', value: '2999-12-31', expect: 'any' },
        { label: 'year 1000', value: '1000-01-01', expect: 'any' },
        { label: 'leap day', value: '2028-02-29', expect: 'any' },
      ];
    case 'DateTime':
      return [
        { label: 'garbage', value: 'gestern', expect: 'fail' },
        { label: 'empty', value: '', expect: 'fail' },
        { label: 'number', value: 0, expect: 'fail' },
        { label: 'far past', value: '-271821-04-20T00:00:00.000Z', expect: 'fail' },
        { label: 'year -1000', value: '-001000-01-01T00:00:00.000Z', expect: 'fail' },
        { label: 'far future', value: '+275760-09-13T00:00:00.000Z', expect: 'fail' },
        { label: 'feb 30', value: '2024-02-30T10:00:00Z', expect: 'any' },
        { label: 'year 9999', value: '9999-12-31T23:59:59.999Z', expect: 'any' },
      ];
    case 'Boolean':
      return [
        { label: 'the other value', value: base !== true, expect: 'any' },
        { label: 'string', value: 'true', expect: 'fail' },
        { label: 'number', value: 1, expect: 'fail' },
      ];
    default:
      throw new Error(`No generator for the scalar ${name} (${path.join('.')}): add one to test/support/fuzz.ts`);
  }
}

/** Bad (and borderline) values for one position of the input, by its GraphQL type. */
function valuesFor(type: GraphQLInputType, o: GenOptions, path: (string | number)[], base: unknown): { path: (string | number)[]; gen: Gen }[] {
  const out: { path: (string | number)[]; gen: Gen }[] = [];
  const add = (gen: Gen, p = path) => out.push({ path: p, gen });
  const nonNull = isNonNullType(type);
  const inner = (nonNull ? type.ofType : type) as GraphQLInputType;
  if (typeof path[path.length - 1] === 'string') add({ label: 'left out', value: ABSENT, expect: nonNull ? 'fail' : 'any' });
  add({ label: 'null', value: null, expect: nonNull ? 'fail' : 'any' });
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    const itemNamed = getNamedType(item);
    const baseList = Array.isArray(base) ? base : [];
    add({ label: 'empty list', value: [], expect: 'any' });
    add({ label: 'list of null', value: [null], expect: isNonNullType(item) ? 'fail' : 'any' });
    if (itemNamed.name === 'ID') {
      for (const { gen } of valuesFor(item, o, [...path, baseList.length], undefined)) {
        if (gen.value === ABSENT || gen.value === null) continue;
        add({ label: `item ${gen.label}`, value: [...baseList, gen.value], expect: gen.expect });
      }
      add({ label: '11 random ids', value: Array.from({ length: 11 }, () => randomUuid(o.rnd)), expect: 'fail' });
      add({ label: '1000 random ids', value: Array.from({ length: 1000 }, () => randomUuid(o.rnd)), expect: 'fail' });
      add({ label: 'a single id, not a list', value: randomUuid(o.rnd), expect: 'fail' });
      if (baseList.length) add({ label: 'each id twice', value: [...baseList, ...baseList], expect: 'any' });
    } else if (isInputObjectType(itemNamed) && baseList.length) {
      add({ label: '21 items', value: Array.from({ length: 21 }, () => baseList[0]), expect: 'fail' });
      add({ label: 'an object, not a list', value: baseList[0], expect: 'any' });
      out.push(...valuesFor(item, o, [...path, 0], baseList[0]));
    } else {
      add({ label: 'string, not a list', value: 'x', expect: 'fail' });
    }
    return out;
  }
  const named = getNamedType(inner);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    const first = values[0]!;
    const others = values.filter((v) => v !== base);
    if (others.length) add({ label: 'another value', value: o.rnd.pick(others), expect: 'any' });
    add({ label: 'unknown enum value', value: 'GIBT_ES_NICHT', expect: 'fail' });
    add({ label: 'lower case', value: first.toLowerCase(), expect: 'fail' });
    add({ label: 'number', value: 0, expect: 'fail' });
    add({ label: 'empty', value: '', expect: 'fail' });
    return out;
  }
  if (isInputObjectType(named)) {
    add({ label: 'string', value: 'kein Objekt', expect: 'fail' });
    add({ label: 'list', value: [], expect: 'fail' });
    add({ label: 'unknown field', value: { ...(base as object | undefined), gibtEsNicht: 1 }, expect: 'fail' });
    if (base && typeof base === 'object') {
      for (const f of Object.values(named.getFields())) out.push(...valuesFor(f.type, o, [...path, f.name], (base as Record<string, unknown>)[f.name]));
    }
    return out;
  }
  for (const gen of scalarValues(named.name, o, path, base)) add(gen);
  return out;
}

const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = clone(root);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1]!;
  if (value === ABSENT) delete node[last];
  else node[last] = value;
  return copy;
}

const getAt = (root: unknown, path: (string | number)[]): unknown => path.reduce<any>((n, k) => (n == null ? undefined : n[k]), root);

/**
 * The cases for one mutation: its valid `base` input with one position changed at a time (a
 * round-robin over the fields, so each gets its turn), the priority cases (other office's ids)
 * always, and `randomInputs` inputs made of random fields.
 */
export function casesFor(field: GraphQLField<unknown, unknown>, base: Record<string, unknown> | null, o: GenOptions, budget: number, randomInputs: number): Case[] {
  const input = field.args.find((a) => a.name === 'input');
  if (!input) {
    return [
      { label: 'no arguments', input: ABSENT, expect: 'any' },
      { label: 'no arguments, as SACHBEARBEITER', input: ABSENT, expect: 'any', as: 'sachbearbeiter' },
      { label: 'no arguments, with an intake token', input: ABSENT, expect: 'fail', as: 'intake' },
      { label: 'unknown argument', input: ABSENT, expect: 'fail', argumentsText: '(gibtEsNicht: 1)' },
      { label: 'input that does not exist', input: ABSENT, expect: 'fail', argumentsText: '(input: { id: "x" })' },
    ];
  }
  const type = getNamedType(input.type);
  if (!isInputObjectType(type) || !base) throw new Error(`${field.name}: no valid base input`);
  const all = Object.values(type.getFields()).flatMap((f) =>
    valuesFor(f.type, o, [f.name], base[f.name]).map(({ path, gen }) => ({
      label: `${path.join('.')} = ${gen.label}`,
      input: setAt(base, path, gen.value),
      expect: gen.expect === 'fail' && o.relax(path.join('.'), gen.label) ? ('any' as const) : gen.expect === 'any' && o.tighten(path.join('.'), gen.label) ? ('fail' as const) : gen.expect,
      priority: /^(item )?(other office's|own \w+ in an archived Akt)/.test(gen.label),
      field: String(path[0]),
    })),
  );
  const picked: Case[] = all.filter((c) => c.priority);
  const byField = new Map<string, typeof all>();
  for (const c of o.rnd.shuffle(all.filter((c) => !c.priority))) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const queues = o.rnd.shuffle([...byField.values()]);
  while (picked.length < budget && queues.some((q) => q.length)) {
    for (const q of queues) if (q.length && picked.length < budget) picked.push(q.shift()!);
  }
  picked.push({ label: 'input = a string', input: 'x', expect: 'fail' });
  picked.push({ label: 'input = null', input: null, expect: isNonNullType(input.type) ? 'fail' : 'any' });
  picked.push({ label: 'valid base input', input: clone(base), expect: 'any' });
  picked.push({ label: 'valid base input as SACHBEARBEITER', input: clone(base), expect: 'any', as: 'sachbearbeiter' });
  picked.push({ label: 'valid base input with an intake token', input: clone(base), expect: field.name === 'submitMandatsanfrage' ? 'any' : 'fail', as: 'intake' });
  // Random inputs: each field left out, kept, or given one of its values (valid or not).
  const pool = new Map<string, unknown[]>();
  for (const c of all) if (c.label.split(' = ')[0] === c.field) pool.set(c.field, [...(pool.get(c.field) ?? []), getAt(c.input, [c.field])]);
  for (let i = 0; i < randomInputs; i++) {
    const random: Record<string, unknown> = {};
    for (const f of Object.keys(type.getFields())) {
      const roll = o.rnd.next();
      if (roll < 0.35) continue;
      const v = roll < 0.6 && f in base ? base[f] : o.rnd.pick(pool.get(f) ?? [null]);
      if (v !== undefined) random[f] = clone(v);
    }
    picked.push({ label: `random input #${i + 1}`, input: random, expect: 'any' });
  }
  return picked.map(({ label, input: value, expect, priority, argumentsText, as }) => ({ label, input: value, expect, priority, argumentsText, as }));
}

// ---------------------------------------------------------------------------------------------
// Judging an answer

export type Outcome = 'graphql-error' | 'typed-error' | 'success';

const short = (v: unknown, n = 300) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v, (_k, x) => (typeof x === 'string' && x.length > 60 ? `${x.slice(0, 40)}…(${x.length} chars)` : x));
  return s && s.length > n ? `${s.slice(0, n)}…` : s;
};
export { short as describeValue };

/** What came back, and what is wrong with it (empty: fine). */
export function judge(res: GqlResponse, c: Case, payloadType: string): { outcome: Outcome | null; problems: string[] } {
  const problems: string[] = [];
  // An intake token is refused outright (403; 401 once it was replaced).
  const statuses = c.as === 'intake' ? [200, 400, 401, 403] : [200, 400];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  else if (!statuses.includes(res.status)) problems.push(`unexpected HTTP ${res.status}`);
  const errors = res.body?.errors;
  const r = (res.body?.data as { r?: { __typename?: string; message?: string } } | null | undefined)?.r;
  let outcome: Outcome | null = null;
  if (errors?.length) {
    outcome = 'graphql-error';
    for (const e of errors) {
      if (!e.message || /unexpected error|unerwarteter fehler/i.test(e.message) || e.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`unhandled exception: ${short(e)}`);
      else if (typeof e.extensions?.code !== 'string') problems.push(`error without extensions.code: ${short(e)}`);
    }
    if (r) problems.push(`errors and a result at once: ${short(res.body)}`);
  } else if (!r?.__typename) {
    problems.push(`neither errors nor a result: ${short(res.body)}`);
  } else if (r.__typename.endsWith('Error')) {
    outcome = 'typed-error';
    if (typeof r.message !== 'string' || !r.message.trim()) problems.push(`${r.__typename} without a message`);
  } else if (r.__typename === payloadType) {
    outcome = 'success';
    if (c.expect === 'fail') problems.push('accepted an invalid input');
  } else {
    problems.push(`unexpected __typename ${r.__typename}`);
  }
  return { outcome, problems };
}

// ---------------------------------------------------------------------------------------------
// Snapshots of all tables

export interface Snapshot {
  /** "table\toffice\trow" lines, sorted. */
  rows: string[];
}

/**
 * One query that reads every row of every table of the schema as JSON, with the office it belongs
 * to: its `kanzleiId`, the Kanzlei's own id, or (for rows without one) that of the row a foreign
 * key of it names. Left out: Prisma's migration history, the audit trail (which grows with
 * every write by design) and the rate-limit counters (which grow with every request).
 */
export async function snapshotQuery(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const columns = await prisma.$queryRawUnsafe<{ tbl: string; col: string }[]>(
    `SELECT table_name AS tbl, column_name AS col FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const fks = await prisma.$queryRawUnsafe<{ tbl: string; col: string; ref: string; refcol: string }[]>(
    `SELECT cl.relname AS tbl, a.attname AS col, rcl.relname AS ref, ra.attname AS refcol
       FROM pg_constraint c
       JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
       JOIN pg_class rcl ON rcl.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const has = (tbl: string, col: string) => columns.some((c) => c.tbl === tbl && c.col === col);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const parts = tables
    .map((t) => t.name)
    .filter((name) => name !== '_prisma_migrations' && name !== 'RateLimitCounter' && !/audit/i.test(name))
    .map((name) => {
      let office = 'NULL';
      if (name === 'Kanzlei') office = 'x."id"::text';
      else if (has(name, 'kanzleiId')) office = 'x."kanzleiId"::text';
      else {
        const via = fks.filter((f) => f.tbl === name && has(f.ref, 'kanzleiId'));
        if (via.length) office = `COALESCE(${via.map((f) => `(SELECT y."kanzleiId"::text FROM ${q(f.ref)} y WHERE y.${q(f.refcol)} = x.${q(f.col)})`).join(', ')})`;
      }
      return `SELECT '${name}' AS t, ${office} AS o, to_jsonb(x)::text AS r FROM ${q(name)} x`;
    });
  return parts.join('\nUNION ALL\n');
}

/**
 * A stamp of the tables `snapshotQuery` reads: per table, its row count and the newest `xmin` (the
 * transaction that wrote a row version) among its rows. Every INSERT and UPDATE leaves a row version
 * with a new transaction's xmin, every DELETE lowers the count (and a DELETE plus INSERT brings a
 * new xmin): a table whose stamp is unchanged was not written. Reads no column, so it costs a
 * fraction of a snapshot; an UPDATE to the same values changes the stamp but not the snapshot, so
 * a changed stamp says only "read the rows".
 */
export function stampQuery(snapshotSql: string): string {
  const tables = [...snapshotSql.matchAll(/^SELECT '([^']+)' AS t, .* FROM ("(?:[^"]|"")+") x$/gm)].map((m) => [m[1]!, m[2]!] as const);
  if (!tables.length || tables.length !== snapshotSql.split('\nUNION ALL\n').length) throw new Error('stampQuery: not every table of the snapshot query found');
  return tables.map(([name, q]) => `SELECT '${name}' AS t, count(*)::int AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM ${q}`).join('\nUNION ALL\n');
}

export async function stamp(prisma: PrismaClient, query: string): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: number; x: string }[]>(query);
  return rows.map((r) => `${r.t}:${r.n}:${r.x}`).sort().join(' ');
}

export async function snapshot(prisma: PrismaClient, query: string): Promise<Snapshot> {
  const rows = await prisma.$queryRawUnsafe<{ t: string; o: string | null; r: string }[]>(query);
  return { rows: rows.map((x) => `${x.t}\t${x.o ?? '-'}\t${x.r}`).sort() };
}

/** Rows added and removed between two snapshots, restricted to rows for which `keep(office)` holds. */
export function diff(before: Snapshot, after: Snapshot, keep: (office: string) => boolean = () => true): string[] {
  const filter = (s: Snapshot) => new Set(s.rows.filter((l) => keep(l.split('\t')[1]!)));
  const a = filter(before);
  const b = filter(after);
  const out: string[] = [];
  for (const l of a) if (!b.has(l)) out.push(`- ${short(l, 400)}`);
  for (const l of b) if (!a.has(l)) out.push(`+ ${short(l, 400)}`);
  return out;
}
