// Names for the statements Prisma sends to PostgreSQL, so that each connection prepares a statement
// once and reuses it: PostgreSQL then skips parsing and, once it settles on a generic plan, planning
// (≈ 1.5 ms for the single-statement reads of a dashboard page or an Akt; measured in BENCHMARKS.md).
//
// Bounded, because a connection keeps every statement prepared on it until it closes: the first
// MAX_NAMED distinct SQL texts of this process get a name, later ones run unnamed as before (pg
// treats the empty name as PostgreSQL's unnamed statement). The
// texts depend on the query's shape only (values travel as parameters), so a server sees a few
// hundred. The name is derived from the text, so that two texts never share one.
import { createHash } from 'node:crypto';

const MAX_NAMED = 2_000;

export function statementNames(max = MAX_NAMED): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `p${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name ?? '';
  };
}
