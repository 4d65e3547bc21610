// Text filters that match what the user typed, literally. Prisma turns `contains` and the
// case-insensitive `equals` into LIKE/ILIKE on PostgreSQL and passes the text on as the pattern
// unescaped, so `%` and `_` acted as wildcards ("50%" found "500"). Escaped with backslash,
// PostgreSQL's default LIKE escape, they (and the backslash itself) match only themselves.

export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

/** Contains the text, any case. */
export const enthaelt = (text: string) => ({ contains: likeLiteral(text), mode: 'insensitive' as const });

/** Equals the text, any case (ILIKE: hence escaped too; test/inputs.test.ts holds Prisma to it). */
export const gleichBisAufGrossKlein = (text: string) => ({ equals: likeLiteral(text), mode: 'insensitive' as const });
