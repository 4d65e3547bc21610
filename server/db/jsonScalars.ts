// The API's scalars as PostgreSQL writes them in a JSON response it builds itself
// (schema/compiledReads.ts): each expression gives exactly the JSON value the scalar's `serialize`
// gives for the column's value, so that an answer built in PostgreSQL cannot be told from one built
// by graphql-js (test/compiledReads.test.ts compares them value for value).

/** Decimal (formatDecimal): trailing zeros dropped, at least two decimals; as a JSON string. */
export const decimalJson = (x: string) =>
  `(CASE WHEN scale(trim_scale(${x})) < 2 THEN round(${x}, 2)::text ELSE trim_scale(${x})::text END)`;

/**
 * Date (isoDate) of a `date` column: "YYYY-MM-DD" is how PostgreSQL writes a date in JSON, whatever
 * the session's DateStyle (which `::text` would follow); cheaper than `to_char`.
 */
export const dateJson = (x: string) => x;

/** DateTime (toISOString) of a `timestamp(3)` column, which Prisma fills with UTC. */
export const dateTimeJson = (x: string) => `to_char(${x}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A plugin-prisma cursor of a row by its UUID id: base64 of "GPC:S:<id>" (42 bytes, so 56
 * characters without the line breaks PostgreSQL's `encode` puts after 76).
 */
export const uuidCursorJson = (id: string) => `encode(convert_to('GPC:S:' || ${id}::text, 'UTF8'), 'base64')`;

/** A string literal of a GraphQL name (letters, digits, underscores: nothing to escape beyond quotes). */
export const nameLiteral = (name: string) => `'${name.replaceAll("'", "''")}'`;
