// The typed query builder's types and runtime: a selection object ({ id: true, klient: { name: true },
// mahnkosten: { $args: { tarif: 'MAK' }, brutto: true } }) becomes a GraphQL document with variables,
// and its result type follows the selection. Per-field errors (a GraphQL error with a path) are
// attached to the object that holds the field, as `$errors`, instead of failing the whole call.

/** A GraphQL error on one field of one object: that field is null, its siblings are fine. */
export interface FieldError {
  message: string;
  /** Where in the answer, e.g. ["akten", "edges", 1, "node", "mahnkosten"]. */
  path: (string | number)[];
  /** extensions.code, e.g. TARIF_ERROR. */
  code?: string;
  extensions?: Record<string, unknown>;
}

/** The errors of an object's fields, by field name (absent when every field resolved). */
export type FieldErrors<T> = { [K in keyof T]?: FieldError };

/** Adds the optional `$errors` map to every object of an answer. */
export type WithFieldErrors<T> = T extends null | undefined | string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? WithFieldErrors<U>[]
    : { [K in keyof T]: WithFieldErrors<T[K]> } & { $errors?: FieldErrors<T> };

/** A mutation's outcome: the payload, or the typed error the API returned (nothing was changed). */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** The default result of a mutation: the payload member of the result union, or one of its errors. */
export type MutationResult<U, P extends string> = Result<Omit<Extract<U, { __typename: P }>, '__typename'>, Exclude<U, { __typename: P }>>;

type Leaf = string | number | boolean | bigint;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ScalarKeys<T> = { [K in Exclude<keyof T, '__typename'>]-?: NonNullable<T[K]> extends Leaf | readonly (Leaf | null)[] ? K : never }[Exclude<keyof T, '__typename'>];
type ChosenKeys<T, S> =
  | { [K in keyof S & keyof T]-?: S[K] extends false | undefined ? never : K }[keyof S & keyof T]
  | (S extends { $scalars: true } ? ScalarKeys<T> : never);

/** The result type of selection S on result type T (nullability and lists kept). */
export type Selected<T, S> = T extends null | undefined
  ? null
  : T extends Leaf
    ? T
    : T extends readonly (infer U)[]
      ? Selected<U, S>[]
      : Simplify<{ [K in ChosenKeys<T, S>]: K extends keyof S ? Selected<T[K], S[K]> : T[K] } & { $errors?: FieldErrors<Pick<T, ChosenKeys<T, S>>> }>;

/** The generated schema table (sdk/src/generated/schema.ts). */
export interface SchemaTable {
  /** Per object type, per field: 0 for a scalar/enum, else the type's name; with arguments [target, { arg: GraphQL type }]. */
  types: Record<string, Record<string, string | 0 | [string | 0, Record<string, string>]>>;
  /** payload: the result union's member that is not an Error (null: the result is no union). */
  mutations: Record<string, { payload: string | null; errors: string[]; idempotent: boolean }>;
  errorSelections: Record<string, string>;
  query: string;
  mutation: string;
}

/** A document built from a selection, with its variables. */
export interface BuiltDocument {
  query: string;
  variables: Record<string, unknown>;
}

type Selection = Record<string, unknown>;

class Builder {
  private readonly defs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  constructor(private readonly table: SchemaTable) {}

  /** `(name: $v1, …)` for the given values; undefined values are left out (the schema's default applies). */
  args(values: Record<string, unknown> | undefined, types: Record<string, string>, where: string): string {
    if (!values) return '';
    const parts: string[] = [];
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const type = types[name];
      if (!type) throw new TypeError(`${where} has no argument "${name}"`);
      const v = `v${this.defs.length + 1}`;
      this.defs.push(`$${v}: ${type}`);
      this.variables[v] = value;
      parts.push(`${name}: $${v}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  selection(typeName: string, sel: Selection): string {
    const fields = this.table.types[typeName];
    if (!fields) throw new TypeError(`Unknown type ${typeName}`);
    const parts: string[] = [];
    if (sel.$scalars === true) {
      for (const [name, entry] of Object.entries(fields)) {
        if (entry === 0 || (Array.isArray(entry) && entry[0] === 0 && !Object.values(entry[1]).some((t) => t.endsWith('!')))) {
          if (!(name in sel)) parts.push(name);
        }
      }
    }
    for (const [name, value] of Object.entries(sel)) {
      if (name === '$scalars' || name === '$args' || value === false || value === undefined) continue;
      if (name === '__typename') {
        parts.push('__typename');
        continue;
      }
      const entry = fields[name];
      if (entry === undefined) throw new TypeError(`${typeName} has no field "${name}"`);
      const [target, argTypes] = Array.isArray(entry) ? entry : [entry, {}];
      const sub = typeof value === 'object' && value !== null ? (value as Selection) : undefined;
      const args = this.args(sub?.$args as Record<string, unknown> | undefined, argTypes, `${typeName}.${name}`);
      if (target === 0) parts.push(name + args);
      else if (!sub) throw new TypeError(`${typeName}.${name} is an object: select its fields, e.g. { id: true }`);
      else parts.push(`${name}${args} { ${this.selection(target, sub)} }`);
    }
    if (!parts.length) throw new TypeError(`Empty selection on ${typeName}`);
    return parts.join(' ');
  }

  document(op: 'query' | 'mutation', body: string): BuiltDocument {
    return { query: `${op}${this.defs.length ? `(${this.defs.join(', ')})` : ''} { ${body} }`, variables: this.variables };
  }
}

/** The document for root field `field` with arguments and a selection (of the payload, for a mutation). */
export function buildDocument(table: SchemaTable, op: 'query' | 'mutation', field: string, args: Record<string, unknown> | undefined, sel: Selection): BuiltDocument {
  const b = new Builder(table);
  const root = table.types[op === 'query' ? table.query : table.mutation]![field];
  if (root === undefined) throw new TypeError(`No ${op} field "${field}"`);
  const [target, argTypes] = Array.isArray(root) ? root : [root, {}];
  const a = b.args(args, argTypes, field);
  const m = op === 'mutation' ? table.mutations[field] : undefined;
  if (m?.payload) {
    const errors = m.errors.map((e) => ` ... on ${e} { ${table.errorSelections[e]} }`).join('');
    return b.document(op, `${field}${a} { __typename ... on ${m.payload} { ${b.selection(m.payload, sel)} }${errors} }`);
  }
  return b.document(op, target === 0 ? `${field}${a}` : `${field}${a} { ${b.selection(target, sel)} }`);
}

/**
 * Attaches each error with a path to the nearest object that still exists along that path (as
 * `$errors[field]`, not enumerable so answers compare and serialise as before); returns the errors
 * that belong to no object inside a root field (those fail the call).
 */
export function attachFieldErrors(data: Record<string, unknown>, errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]) {
  const rest: typeof errors = [];
  for (const error of errors) {
    const path = error.path;
    let holder: Record<string, unknown> | undefined;
    let key: string | undefined;
    let current: unknown = data;
    for (let i = 0; path && i < path.length; i++) {
      if (current === null || typeof current !== 'object') break;
      if (!Array.isArray(current) && current !== data) {
        holder = current as Record<string, unknown>;
        key = String(path[i]);
      }
      current = (current as Record<string | number, unknown>)[path[i]!];
    }
    if (!holder || !key) {
      rest.push(error);
      continue;
    }
    if (!Object.hasOwn(holder, '$errors')) Object.defineProperty(holder, '$errors', { value: {}, enumerable: false });
    const fieldError: FieldError = { message: error.message, path: path!, ...(typeof error.extensions?.code === 'string' ? { code: error.extensions.code } : {}), ...(error.extensions ? { extensions: error.extensions } : {}) };
    (holder.$errors as Record<string, FieldError>)[key] = fieldError;
  }
  return rest;
}
