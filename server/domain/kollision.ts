// Conflict check (Kollisionsprüfung): is a new opponent already a client of the office, or a new
// client already an opponent? Names match tolerantly, and every hit says why it matched. Pure.

// ---------------------------------------------------------------------------------------------
// Legal forms and academic titles do not tell two parties apart: "Huber Bau Gesellschaft m.b.H." is
// "Huber Bau GmbH", "Dr. Franz Huber, MBA" is "Franz Huber". Names are split into words at every
// character that is no letter or digit ("Ges.m.b.H." → ges m b h, "Dipl.-Ing." → dipl ing), the words
// folded (case, ä = ae, ö = oe, ü = ue, ß = ss, accents), and the forms below matched as word sequences.

/** Spellings of one legal form as folded word sequences ("m.b.H." is m b h, "beschränkter" beschraenkter). */
const GMBH = ['gmbh', 'g m b h', 'gesmbh', 'ges m b h', 'ges mbh', 'gesm b h', 'gesellschaft mbh', 'gesellschaft m b h', 'gesellschaft mit beschraenkter haftung'];
const KG = ['kg', 'k g', 'kommanditgesellschaft'];
const CO = ['co', 'und co', 'cie', 'und cie', 'compagnie'];

/** Canonical legal form → its spellings. Austrian and German forms, old ones (KEG, OEG) and a few foreign ones. */
const RECHTSFORM_SCHREIBWEISEN: [string, string[]][] = [
  ['GmbH', [...GMBH, 'mbh']],
  ['GmbH & Co KG', GMBH.flatMap((g) => CO.flatMap((c) => KG.map((k) => `${g} ${c} ${k}`))).concat(['gmbhcokg', 'gmbh cokg', 'cokg'])],
  ['AG', ['ag', 'a g', 'aktiengesellschaft']],
  ['AG & Co KG', ['ag', 'aktiengesellschaft'].flatMap((a) => CO.flatMap((c) => KG.map((k) => `${a} ${c} ${k}`)))],
  ['SE', ['se', 's e', 'societas europaea', 'europaeische gesellschaft', 'europaeische aktiengesellschaft']],
  ['KG', KG],
  ['KGaA', ['kgaa', 'kg aa', 'kommanditgesellschaft auf aktien']],
  ['OG', ['og', 'o g', 'offene gesellschaft']],
  ['OHG', ['ohg', 'o h g', 'offene handelsgesellschaft']],
  ['KEG', ['keg', 'k e g', 'kommandit erwerbsgesellschaft', 'kommanditerwerbsgesellschaft', 'ke', 'kes']],
  ['OEG', ['oeg', 'o e g', 'offene erwerbsgesellschaft']],
  ['e.U.', ['eu', 'e u', 'eingetragenes unternehmen', 'eingetragener unternehmer', 'eingetragene unternehmerin']],
  ['e.K.', ['ek', 'e k', 'e kfm', 'e kfr', 'eingetragener kaufmann', 'eingetragene kauffrau']],
  ['Verein', ['verein', 'eingetragener verein', 'ev', 'e v']],
  ['Privatstiftung', ['privatstiftung', 'pst', 'stiftung']],
  ['Genossenschaft', [
    'genossenschaft', 'egen', 'e gen', 'eg', 'e g', 'gen', 'eingetragene genossenschaft', 'registrierte genossenschaft',
    'genmbh', 'gen mbh', 'gen m b h', 'reg genmbh', 'reg gen mbh', 'reg gen m b h', 'reggenmbh', 'genossenschaft mbh',
    'genossenschaft mit beschraenkter haftung', 'registrierte genossenschaft mit beschraenkter haftung', 'reg genossenschaft mbh',
  ]],
  ['UG (haftungsbeschränkt)', ['ug', 'ug haftungsbeschraenkt', 'unternehmergesellschaft', 'unternehmergesellschaft haftungsbeschraenkt']],
  ['GesbR', ['gesbr', 'gesnbr', 'gbr', 'gesellschaft buergerlichen rechts', 'gesellschaft des buergerlichen rechts', 'gesellschaft nach buergerlichem recht']],
  ['PartG', ['partg', 'partg mbb', 'partnerschaftsgesellschaft', 'partnerschaftsgesellschaft mbb', 'partnerschaftsgesellschaft mit beschraenkter berufshaftung']],
  ['EWIV', ['ewiv', 'europaeische wirtschaftliche interessenvereinigung']],
  ['VVaG', ['vvag', 'versicherungsverein auf gegenseitigkeit']],
  ['Co', ['co', 'cie', 'und co', 'und cie']],
  ['Ltd', ['ltd', 'limited', 'plc', 'llc', 'inc', 'corp', 'corporation', 'incorporated']],
  ['Ges', ['ges']],
];

/** Folded word sequence → canonical form; the longest sequence is tried first. */
const RECHTSFORMEN = new Map(RECHTSFORM_SCHREIBWEISEN.flatMap(([kanon, ws]) => ws.map((w) => [w, kanon] as const)));
const RECHTSFORM_MAX_WOERTER = Math.max(...[...RECHTSFORMEN.keys()].map((k) => k.split(' ').length));

/**
 * Academic and professional titles (Austrian and German usage), before or after the name. Matched only
 * at the start and the end of a name, so a word inside a name stays ("Marco Di Stefano").
 */
const TITEL = new Set([
  'dr', 'drin', 'ddr', 'dddr', 'mag', 'maga', 'mmag', 'mmaga', 'dipl', 'diplom', 'ing', 'ingin', 'diin', 'prof', 'profin', 'doz', 'dozin',
  'dkfm', 'kfm', 'kff', 'bakk', 'mba', 'emba', 'msc', 'bsc', 'llm', 'llb', 'phd', 'mph', 'beng', 'meng', 'bed', 'kommr', 'univ',
  'ingenieur', 'ingenieurin', 'magister', 'magistra', 'doktor', 'doktorin', 'professor', 'professorin', 'mmed', 'ma', 'ba', 'mas', 'di', 'hr', 'ra',
]);
/** Titles that are also words of names ("Di Stefano", "Ma"): a title only when written in capitals ("DI", "MA"). */
const TITEL_NUR_GROSS = new Set(['di', 'ma', 'ba', 'mas', 'hr', 'ra']);
/** Parts of a title that are titles only next to one ("Dr. med.", "Dr.in", "Mag.a", "Univ.-Prof.", "DI (FH)", "LL. M."). */
const TITEL_ZUSATZ = new Set([
  'in', 'a', 'med', 'dent', 'vet', 'iur', 'jur', 'phil', 'techn', 'rer', 'nat', 'pol', 'oec', 'soc', 'mont', 'theol', 'hc', 'h', 'c', 'habil',
  'fh', 'o', 'ao', 'em', 'hon', 'priv', 'mult', 'agr', 'silv', 'biol',
]);

const UMLAUTE: [RegExp, string][] = [[/ä/g, 'ae'], [/ö/g, 'oe'], [/ü/g, 'ue'], [/ß/g, 'ss']];

const basis = (name: string) => name.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
const faltUmlaute = (s: string) => UMLAUTE.reduce((acc, [re, to]) => acc.replace(re, to), s);
/** One word folded: lower case, umlauts spelled out, other accents (é, č …) dropped. */
const falte = (wort: string) => faltUmlaute(wort.toLowerCase().normalize('NFC')).normalize('NFD').replace(/[\p{Diacritic}\p{M}]/gu, '');

interface Wort {
  /** As written. */
  orig: string;
  /** Folded. */
  w: string;
}
/** The words of a name: every character that is no letter, digit or accent separates ("Ges.m.b.H." → Ges m b H). */
const woerter = (name: string): Wort[] =>
  name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((orig) => ({ orig, w: falte(orig) }))
    .filter((x) => x.w);

/** Takes the legal forms out of the words (anywhere in the name, the longest spelling first). */
function ohneRechtsform(ws: Wort[]): { rest: Wort[]; rechtsform: string[]; schreibweise: string[] } {
  const rest: Wort[] = [];
  const rechtsform: string[] = [];
  const schreibweise: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let n = Math.min(RECHTSFORM_MAX_WOERTER, ws.length - i);
    for (; n > 0; n--) {
      const folge = ws.slice(i, i + n).map((x) => x.w).join(' ');
      const kanon = RECHTSFORMEN.get(folge);
      if (kanon) {
        rechtsform.push(kanon);
        schreibweise.push(folge);
        break;
      }
    }
    if (n > 0) i += n;
    else rest.push(ws[i++]!);
  }
  return { rest, rechtsform, schreibweise };
}

const istTitel = (x: Wort) => TITEL.has(x.w) && (!TITEL_NUR_GROSS.has(x.w) || (x.orig.length > 1 && x.orig === x.orig.toUpperCase()));
const istTitelTeil = (x: Wort) => istTitel(x) || TITEL_ZUSATZ.has(x.w);

/** Short words that spell a title together ("LL. M." → LLM, "B. Sc." → BSc, "Ph. D." → PhD) become one word. */
function abkuerzungenZusammen(ws: Wort[]): Wort[] {
  const out: Wort[] = [];
  for (let i = 0; i < ws.length; ) {
    let n = Math.min(3, ws.length - i);
    for (; n > 1; n--) {
      const teile = ws.slice(i, i + n);
      if (teile.every((x) => x.w.length <= 2) && TITEL.has(teile.map((x) => x.w).join(''))) break;
    }
    if (n > 1) {
      const teile = ws.slice(i, i + n);
      out.push({ orig: teile.map((x) => x.orig).join(''), w: teile.map((x) => x.w).join('') });
      i += n;
    } else out.push(ws[i++]!);
  }
  return out;
}

/** Takes titles off the start and the end of the name: a run of title words with at least one title proper. */
function ohneTitel(woerterMitPunkten: Wort[]): { rest: Wort[]; titel: string[] } {
  const ws = abkuerzungenZusammen(woerterMitPunkten);
  let anfang = 0;
  while (anfang < ws.length && istTitelTeil(ws[anfang]!)) anfang++;
  if (!ws.slice(0, anfang).some(istTitel)) anfang = 0;
  let ende = ws.length;
  while (ende > anfang && istTitelTeil(ws[ende - 1]!)) ende--;
  if (!ws.slice(ende).some(istTitel)) ende = ws.length;
  // A name that is nothing but title words stays as it is.
  if (ende <= anfang) return { rest: ws, titel: [] };
  const titel = [ws.slice(0, anfang), ws.slice(ende)].filter((t) => t.length).map((t) => t.map((x) => x.orig).join(' '));
  return { rest: ws.slice(anfang, ende), titel };
}

export interface NamensSchluessel {
  /** The comparable form: folded, without legal form and titles, words sorted. */
  schluessel: string;
  /** The folded words in their original order, without legal form and titles. */
  woerter: string[];
  /** The legal forms, canonical ("GmbH", "AG"). */
  rechtsform: string[];
  /** The legal forms as written (folded). */
  rechtsformSchreibweise: string[];
  /** The titles as written, one entry per run ("Mag Dr", "MBA"). */
  titel: string[];
  hatUmlaut: boolean;
}

export function namensSchluessel(name: string): NamensSchluessel {
  const ws = woerter(name);
  const rf = ohneRechtsform(ws);
  // A name that is nothing but a legal form ("GmbH") keeps its words.
  const ohneRf = rf.rest.length ? rf.rest : ws;
  const t = ohneTitel(ohneRf);
  const rest = t.rest.map((x) => x.w);
  return {
    schluessel: [...rest].sort().join(' '),
    woerter: rest,
    rechtsform: rf.rest.length ? rf.rechtsform : [],
    rechtsformSchreibweise: rf.rest.length ? rf.schreibweise : [],
    titel: t.titel,
    hatUmlaut: /[äöüß]/.test(basis(name)),
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
  } else if (ka.rechtsformSchreibweise.join(' ') !== kb.rechtsformSchreibweise.join(' ')) {
    out.push(`Rechtsform gleich, anders geschrieben (${ka.rechtsform.join(', ')})`);
  }
  if (ka.titel.join(' ').toLowerCase() !== kb.titel.join(' ').toLowerCase()) {
    out.push(`Titel nicht verglichen (${[...new Set([...ka.titel, ...kb.titel])].join(', ')})`);
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
