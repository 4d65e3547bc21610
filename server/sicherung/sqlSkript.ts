// pg_dump's plain output split into its SQL statements, so that it can be sent in batches by a
// driver (node-postgres, PGlite's exec), which runs SQL only: psql's meta-commands (`\restrict`
// and `\unrestrict`, which pg_dump writes since 17.6/15.14 against CVE-2025-8714) are left out.
// The scanner knows what pg_dump writes: '…' literals ('' inside; standard_conforming_strings is on),
// "…" identifiers, $tag$…$tag$ bodies, -- and /* */ comments.

/** The statements of a script, each with its closing semicolon, comments and meta-commands dropped. */
export function sqlAnweisungen(skript: string): string[] {
  const out: string[] = [];
  let start = -1; // where the current statement began, -1 between statements
  let i = 0;
  const n = skript.length;
  while (i < n) {
    const c = skript[i]!;
    if (start < 0) {
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
      if (c === '\\') { // a meta-command: to the end of its line
        const nl = skript.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
        continue;
      }
      if (c === '-' && skript[i + 1] === '-') { const nl = skript.indexOf('\n', i); i = nl < 0 ? n : nl + 1; continue; }
      start = i;
    }
    if (c === "'" || c === '"') {
      // '' (or "") inside is the quote itself: scanning on from the next quote handles it.
      const end = skript.indexOf(c, i + 1);
      if (end < 0) throw new Error(`Unvollständiges SQL: ${c} ab Zeichen ${i} nicht geschlossen.`);
      i = end + 1;
    } else if (c === '-' && skript[i + 1] === '-') {
      const nl = skript.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === '/' && skript[i + 1] === '*') {
      const end = skript.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`Unvollständiges SQL: Kommentar ab Zeichen ${i} nicht geschlossen.`);
      i = end + 2;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(skript.slice(i, i + 64));
      if (tag) {
        const end = skript.indexOf(tag[0], i + tag[0].length);
        if (end < 0) throw new Error(`Unvollständiges SQL: ${tag[0]} ab Zeichen ${i} nicht geschlossen.`);
        i = end + tag[0].length;
      } else i++;
    } else if (c === ';') {
      out.push(skript.slice(start, i + 1));
      start = -1;
      i++;
    } else i++;
  }
  if (start >= 0 && skript.slice(start).trim()) throw new Error('Unvollständiges SQL: die letzte Anweisung endet nicht mit ";".');
  return out;
}

/** Statements joined into batches of about `bytes` characters (one round trip each). */
export function inBuendeln(anweisungen: string[], bytes = 1 << 20): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let size = 0;
  for (const a of anweisungen) {
    if (size + a.length > bytes && cur.length) { out.push(cur.join('\n')); cur = []; size = 0; }
    cur.push(a);
    size += a.length + 1;
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

/** The parameter a `SET name = …;` statement sets, else null. */
export function setParameter(anweisung: string): string | null {
  return /^SET\s+([a-z_.]+)\s*(=|TO)\s/i.exec(anweisung)?.[1]?.toLowerCase() ?? null;
}
