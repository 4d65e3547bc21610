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
export type FieldErrors<T> = {
    [K in keyof T]?: FieldError;
};
/** Adds the optional `$errors` map to every object of an answer. */
export type WithFieldErrors<T> = T extends null | undefined | string | number | boolean ? T : T extends readonly (infer U)[] ? WithFieldErrors<U>[] : {
    [K in keyof T]: WithFieldErrors<T[K]>;
} & {
    $errors?: FieldErrors<T>;
};
/** A mutation's outcome: the payload, or the typed error the API returned (nothing was changed). */
export type Result<T, E> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: E;
};
/** The default result of a mutation: the payload member of the result union, or one of its errors. */
export type MutationResult<U, P extends string> = Result<Omit<Extract<U, {
    __typename: P;
}>, '__typename'>, Exclude<U, {
    __typename: P;
}>>;
type Leaf = string | number | boolean | bigint;
type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
type ScalarKeys<T> = {
    [K in Exclude<keyof T, '__typename'>]-?: NonNullable<T[K]> extends Leaf | readonly (Leaf | null)[] ? K : never;
}[Exclude<keyof T, '__typename'>];
type ChosenKeys<T, S> = {
    [K in keyof S & keyof T]-?: S[K] extends false | undefined ? never : K;
}[keyof S & keyof T] | (S extends {
    $scalars: true;
} ? ScalarKeys<T> : never);
/** The result type of selection S on result type T (nullability and lists kept). */
export type Selected<T, S> = T extends null | undefined ? null : T extends Leaf ? T : T extends readonly (infer U)[] ? Selected<U, S>[] : Simplify<{
    [K in ChosenKeys<T, S>]: K extends keyof S ? Selected<T[K], S[K]> : T[K];
} & {
    $errors?: FieldErrors<Pick<T, ChosenKeys<T, S>>>;
}>;
/** The generated schema table (sdk/src/generated/schema.ts). */
export interface SchemaTable {
    /** Per object type, per field: 0 for a scalar/enum, else the type's name; with arguments [target, { arg: GraphQL type }]. */
    types: Record<string, Record<string, string | 0 | [string | 0, Record<string, string>]>>;
    /** payload: the result union's member that is not an Error (null: the result is no union). */
    mutations: Record<string, {
        payload: string | null;
        errors: string[];
        idempotent: boolean;
    }>;
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
/** The document for root field `field` with arguments and a selection (of the payload, for a mutation). */
export declare function buildDocument(table: SchemaTable, op: 'query' | 'mutation', field: string, args: Record<string, unknown> | undefined, sel: Selection): BuiltDocument;
/**
 * Attaches each error with a path to the nearest object that still exists along that path (as
 * `$errors[field]`, not enumerable so answers compare and serialise as before); returns the errors
 * that belong to no object inside a root field (those fail the call).
 */
export declare function attachFieldErrors(data: Record<string, unknown>, errors: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
}[]): {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
}[];
export {};
