// Conflict check (Kollisionsprüfung): is a new opponent already a client of the office, or a new
// client already an opponent? Names match tolerantly, and every hit says why it matched. Pure.

/** Legal-form words that do not tell two parties apart ("Huber GmbH" is "Huber"). */
const RECHTSFORMEN = new Set([
  'gmbh', 'gesmbh', 'gesellschaft mbh', 'ag', 'og', 'kg', 'eu', 'ke', 'kes', 'oeg', 'keg', 'se', 'ltd', 'limited', 'inc', 'co', 'cokg',
  'gmbhcokg', 'verein', 'genossenschaft', 'egen', 'gen', 'stiftung', 'privatstiftung', 'mbh', 'ges',
]);

const UMLAUTE: [RegExp, string][] = [[/ä/g, 'ae'], [/ö/g, 'oe'], [/ü/g, 'ue'], [/ß/g, 'ss']];

const basis = (name: string) => name.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
const faltUmlaute = (s: string) => UMLAUTE.reduce((acc, [re, to]) => acc.replace(re, to), s);
/** Remaining accents (é, č …) go; punctuation becomes a word break ("Ges.m.b.H." → "ges m b h"). */
const woerter = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[.&+]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const ohneRechtsform = (ws: string[]) => ws.filter((w) => !RECHTSFORMEN.has(w));

export interface NamensSchluessel {
  /** The comparable form: folded, without legal form, words sorted. */
  schluessel: string;
  /** The folded words in their original order, legal form included. */
  woerter: string[];
  rechtsform: string[];
  hatUmlaut: boolean;
}

export function namensSchluessel(name: string): NamensSchluessel {
  const b = basis(name);
  const ws = woerter(faltUmlaute(b));
  const ohne = ohneRechtsform(ws);
  return {
    schluessel: [...ohne].sort().join(' '),
    woerter: ohne,
    rechtsform: ws.filter((w) => RECHTSFORMEN.has(w)),
    hatUmlaut: /[äöüß]/.test(b),
  };
}

/** Why two names that share a key matched: the differences the matching forgave. */
export function gruende(a: string, b: string): string[] {
  const [ba, bb] = [basis(a), basis(b)];
  if (ba === bb) return [a.trim() === b.trim() ? 'gleicher Name' : 'gleicher Name (Groß-/Kleinschreibung)'];
  const [ka, kb] = [namensSchluessel(a), namensSchluessel(b)];
  const out: string[] = [];
  if (ka.hatUmlaut !== kb.hatUmlaut) out.push('Umlaute/ß gleichgesetzt (ä = ae, ö = oe, ü = ue, ß = ss)');
  if (ka.rechtsform.join(' ') !== kb.rechtsform.join(' ')) {
    out.push(`Rechtsform nicht verglichen (${[...new Set([...ka.rechtsform, ...kb.rechtsform])].join(', ')})`);
  }
  if (ka.woerter.join(' ') !== kb.woerter.join(' ')) out.push('Wortreihenfolge vertauscht');
  if (out.length === 0) out.push('Schreibweise (Satzzeichen, Leerzeichen, Akzente)');
  return out;
}

export type Rolle = 'KLIENT' | 'GEGNER';

export interface Bekannt<T> {
  name: string;
  rolle: Rolle;
  ref: T;
}

export interface Treffer<T> {
  /** The name that was checked. */
  name: string;
  /** Its role in the new mandate. */
  neueRolle: Rolle;
  /** The known party it matched and that party's role in an existing Akt. */
  bekannt: Bekannt<T>;
  gruende: string[];
}

/**
 * A conflict is a new Gegner who is a known Klient, or a new Klient who is a known Gegner (in any
 * Akt, open or closed). The same side again (an existing client bringing a new case) is no conflict.
 */
export function kollisionen<T>(neu: { klient: string[]; gegner: string[] }, bekannt: Bekannt<T>[]): Treffer<T>[] {
  const index = new Map<string, Bekannt<T>[]>();
  for (const b of bekannt) {
    const k = namensSchluessel(b.name).schluessel;
    if (!k) continue;
    index.set(k, [...(index.get(k) ?? []), b]);
  }
  const treffer: Treffer<T>[] = [];
  const pruefe = (name: string, neueRolle: Rolle, gesucht: Rolle) => {
    const k = namensSchluessel(name).schluessel;
    for (const b of index.get(k) ?? []) if (b.rolle === gesucht) treffer.push({ name, neueRolle, bekannt: b, gruende: gruende(name, b.name) });
  };
  for (const n of neu.gegner) pruefe(n, 'GEGNER', 'KLIENT');
  for (const n of neu.klient) pruefe(n, 'KLIENT', 'GEGNER');
  return treffer;
}
