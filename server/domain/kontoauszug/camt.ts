// camt.053 (BkToCstmrStmt/Stmt, end-of-day statement) and camt.054 (BkToCstmrDbtCdtNtfctn/Ntfctn,
// credit/debit notification), versions .001.02 to .001.08, on the XML parser saxes (no regex over XML).
// Both share the entry structure (Ntry → NtryDtls → TxDtls), so one reader serves both.
//
// Rules decided here (the issue is silent on them):
// - The root must be `Document` in the namespace urn:iso:std:iso:20022:tech:xsd:camt.05x.001.0v of the
//   chosen format, v from 02 to 08, with the format's message element under it; anything else (a
//   camt.054 given as CAMT053, another version, no namespace) is refused before any entry is read.
// - A DOCTYPE is refused (no bank sends one; no entity expansion). Well-formedness errors name line and column.
// - Several Stmt/Ntfctn in one file are read in order if all are for the same account (IBAN);
//   `auszugId` is then their Ids joined by "+". Different accounts: error (one import, one account).
// - Only booked entries are returned: `Sts` BOOK (.001.02: text, from .001.03 on: `Sts/Cd`) or no
//   `Sts`. Pending (PDNG) and information-only (INFO) entries are not money on the account yet and are
//   left out; the same entry comes again, booked, in a later statement.
// - bankReferenz: `Ntry/AcctSvcrRef`; if missing `Ntry/NtryRef`; if missing and the entry holds exactly
//   one TxDtls, its `Refs/AcctSvcrRef`. No reference at all: error (a made-up one would defeat the
//   import's duplicate check).
// - Dates: `Dt` as is; `DtTm` by its date part as written (the bank's local date, no time-zone shift).
// - Each TxDtls is one Transaktion. Its amount: `AmtDtls/TxAmt/Amt`, else `TxDtls/Amt` (from .001.03
//   on), else — only when the entry has exactly one TxDtls — the entry's amount. It must be in the
//   entry's currency, and the transactions must add up exactly (decimal.js) to the entry's amount; else
//   the file is refused naming the entry. An entry without TxDtls (a batch the bank does not itemise)
//   is one Transaktion with the entry's amount and nothing else known.
// - The payer (`zahlerName`, `zahlerIban`) is the counterparty of the original payment: for an incoming
//   payment the debtor (`RltdPties/Dbtr`, .001.08: `Dbtr/Pty`; else `UltmtDbtr`) with `DbtrAcct`; for an
//   outgoing one the creditor (`Cdtr`, `CdtrAcct`). A reversal swaps the direction (a reversed incoming
//   payment is booked DBIT with RvslInd), so its counterparty is that of the original payment.
//   An account that is not a valid IBAN gives `zahlerIban` null.
// - strukturierteReferenz: the first `RmtInf/Strd/CdtrRefInf/Ref`, spaces removed and upper case; if
//   none, the first valid RF reference in the free text (see rfReferenzImText).
// - verwendungszweck: all `RmtInf/Ustrd` joined by one space.
// - endToEndId: `Refs/EndToEndId`; "NOTPROVIDED" (the SEPA placeholder) → null.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import {
  camtBetrag, fehler, ibanOderNull, istDatum, kurz, MAX_KONTOAUSZUG_EINTRAEGE, MAX_KONTOAUSZUG_TRANSAKTIONEN,
  oderNull, rfReferenzImText, summe, waehrung,
} from './gemeinsam.js';
import { KontoauszugFormatError, type Buchungseintrag, type Kontoauszug, type Transaktion } from './typen.js';

type Art = 'CAMT053' | 'CAMT054';

const NAMENSRAUM = /^urn:iso:std:iso:20022:tech:xsd:camt\.(05[34])\.001\.([0-9]{2})$/;
const VERSIONEN = ['02', '03', '04', '05', '06', '07', '08'];

const AUFBAU: Record<Art, { nachricht: string; auszug: string; nummer: string }> = {
  CAMT053: { nachricht: 'BkToCstmrStmt', auszug: 'Stmt', nummer: '053' },
  CAMT054: { nachricht: 'BkToCstmrDbtCdtNtfctn', auszug: 'Ntfctn', nummer: '054' },
};

// --- the element tree -----------------------------------------------------------------------------
// saxes reads the XML (well-formedness checked as it goes, namespaces resolved, no DTD processing);
// from its events a small tree is built. Elements of the document's namespace are named by their
// local name; elements of any other namespace (extensions in SplmtryData) get "{uri}local" and so
// never match what is read here.
interface Element {
  name: string;
  attrs: Record<string, string> | null;
  kinder: Element[];
  text: string;
}
type Knoten = Element | undefined;

function alle(n: Knoten, name: string): Element[] {
  if (!n) return [];
  const r: Element[] = [];
  for (const k of n.kinder) if (k.name === name) r.push(k);
  return r;
}

/** The first element along the path, or undefined. */
function pfad(n: Knoten, ...namen: string[]): Knoten {
  let k: Knoten = n;
  for (const name of namen) {
    k = k?.kinder.find((c) => c.name === name);
    if (!k) return undefined;
  }
  return k;
}

/** The text of an element (trimmed; '' for an empty one), null if absent. */
const text = (n: Knoten): string | null => (n ? n.text.trim() : null);

const attribut = (n: Knoten, name: string): string | null => n?.attrs?.[name]?.trim() ?? null;

const textVon = (n: Knoten, ...namen: string[]) => oderNull(text(pfad(n, ...namen)));

// --- counting entries before parsing -----------------------------------------------------------------
/** Start tags `<Ntry>` or `<p:Ntry>` (also with attributes) in the raw text, without parsing it. */
export function zaehleCamtEintraege(xml: string): number {
  let n = 0;
  for (let i = xml.indexOf('Ntry'); i !== -1; i = xml.indexOf('Ntry', i + 4)) {
    const nach = xml.charCodeAt(i + 4);
    // '>' or whitespace or '/' after the name (not NtryRef, NtryDtls)
    if (!(nach === 62 || nach === 32 || nach === 9 || nach === 10 || nach === 13 || nach === 47)) continue;
    const vor = xml[i - 1];
    if (vor === '<') n++;
    else if (vor === ':') {
      // <prefix:Ntry — find the '<' before the prefix; not a closing tag
      const lt = xml.lastIndexOf('<', i);
      if (lt !== -1 && i - lt < 40 && xml[lt + 1] !== '/' && /^[A-Za-z_][\w.-]*$/.test(xml.slice(lt + 1, i - 1))) n++;
    }
  }
  return n;
}

/** The document's root element with its namespace URI (null if none). */
function leseXml(xml: string): { element: Element; ns: string | null } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const wurzel: Element = { name: '', attrs: null, kinder: [], text: '' };
  const stapel: Element[] = [wurzel];
  let oben: Element = wurzel;
  let wurzelNs: string | null | undefined;
  parser.on('doctype', () => {
    throw fehler('Eine DOCTYPE-Deklaration ist in camt-Dateien nicht erlaubt', `Zeile ${parser.line}`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (wurzelNs === undefined) wurzelNs = tag.uri || null;
    const name = tag.uri === wurzelNs || (!tag.uri && wurzelNs === null) ? tag.local : `{${tag.uri}}${tag.local}`;
    let attrs: Record<string, string> | null = null;
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns' || a.prefix) continue; // namespace declarations and qualified attributes
      (attrs ??= {})[a.local] = a.value;
    }
    const el: Element = { name, attrs, kinder: [], text: '' };
    oben.kinder.push(el);
    stapel.push(el);
    oben = el;
  });
  // camt has no mixed content: the whitespace between child elements is not kept.
  parser.on('text', (t) => {
    if (oben.kinder.length === 0) oben.text += t;
  });
  parser.on('cdata', (t) => {
    oben.text += t;
  });
  parser.on('closetag', () => {
    stapel.pop();
    oben = stapel[stapel.length - 1]!;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof KontoauszugFormatError) throw e;
    // saxes: "line:column: message"
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+): (.*)$/s.exec(msg);
    throw fehler(`Kein wohlgeformtes XML: ${m ? m[3] : msg}`, m ? `Zeile ${m[1]}, Spalte ${m[2]}` : 'Datei');
  }
  const element = wurzel.kinder[0];
  if (!element) throw fehler('Kein Wurzelelement', 'Datei');
  return { element, ns: wurzelNs ?? null };
}

// --- the parser --------------------------------------------------------------------------------------
export function parseCamt(art: Art, xml: string): Kontoauszug {
  const aufbau = AUFBAU[art];
  const erwartet = `camt.${aufbau.nummer}`;
  const wurzel = leseXml(xml);
  if (wurzel.ns === null || wurzel.element.name !== 'Document') {
    const name = wurzel.element.name;
    throw fehler(`Wurzelelement muss Document im Namensraum urn:iso:std:iso:20022:tech:xsd:${erwartet}.001.xx sein, ist ${name}${wurzel.ns ? '' : ' ohne Namensraum'}`, 'Document');
  }
  const ns = wurzel.ns;
  const nsTreffer = NAMENSRAUM.exec(ns);
  if (!nsTreffer) throw fehler(`Namensraum "${kurz(ns, 100)}" ist kein camt-Namensraum (erwartet ${erwartet})`, 'Document');
  const [, nummer, version] = nsTreffer;
  if (nummer !== aufbau.nummer) {
    throw fehler(`Die Datei ist camt.${nummer}.001.${version}, nicht ${erwartet} wie angegeben`, 'Document');
  }
  if (!VERSIONEN.includes(version!)) {
    throw fehler(`Version ${erwartet}.001.${version} wird nicht unterstützt (.001.02 bis .001.08)`, 'Document');
  }
  const dokument = wurzel.element;
  const nachricht = pfad(dokument, aufbau.nachricht);
  if (nachricht === undefined) throw fehler(`${aufbau.nachricht} fehlt`, 'Document');
  const auszuege = alle(nachricht, aufbau.auszug);
  if (auszuege.length === 0) throw fehler(`${aufbau.auszug} fehlt`, `Document/${aufbau.nachricht}`);

  const mehrere = auszuege.length > 1;
  let kontoIban: string | null = null;
  const ids: string[] = [];
  const eintraege: Buchungseintrag[] = [];
  let transaktionen = 0;
  for (const [ai, auszug] of auszuege.entries()) {
    const ort = mehrere ? `${aufbau.auszug} ${ai + 1}` : aufbau.auszug;
    const id = textVon(auszug, 'Id');
    if (!id) throw fehler('Id fehlt', ort);
    ids.push(id);
    const ibanText = textVon(auszug, 'Acct', 'Id', 'IBAN');
    if (!ibanText) throw fehler('Acct/Id/IBAN fehlt (das Konto muss eine IBAN haben)', ort);
    const iban = ibanOderNull(ibanText);
    if (!iban) throw fehler(`Acct/Id/IBAN "${kurz(ibanText)}" ist keine gültige IBAN`, ort);
    if (kontoIban !== null && iban !== kontoIban) {
      throw fehler(`Konto ${iban} weicht vom Konto ${kontoIban} des ersten Auszugs ab (eine Datei, ein Konto)`, ort);
    }
    kontoIban = iban;

    const ntrys = alle(auszug, 'Ntry');
    if (eintraege.length + ntrys.length > MAX_KONTOAUSZUG_EINTRAEGE) {
      throw fehler(`Mehr als ${MAX_KONTOAUSZUG_EINTRAEGE} Buchungen`, ort);
    }
    for (const [ni, ntry] of ntrys.entries()) {
      const fundstelle = mehrere ? `${ort}, Ntry ${ni + 1}` : `Ntry ${ni + 1}`;
      const eintrag = leseEintrag(ntry, fundstelle);
      if (eintrag === null) continue;
      transaktionen += eintrag.transaktionen.length;
      if (transaktionen > MAX_KONTOAUSZUG_TRANSAKTIONEN) throw fehler(`Mehr als ${MAX_KONTOAUSZUG_TRANSAKTIONEN} Transaktionen (TxDtls)`, fundstelle);
      eintraege.push(eintrag);
    }
  }
  return { format: art, kontoIban: kontoIban!, auszugId: ids.join('+'), eintraege };
}

function datum(n: Knoten, name: 'BookgDt' | 'ValDt', fundstelle: string): string | null {
  const el = pfad(n, name);
  if (el === undefined) return null;
  const dt = textVon(el, 'Dt');
  const dtTm = textVon(el, 'DtTm');
  const roh = dt ?? dtTm;
  if (!roh) throw fehler(`${name} ohne Dt oder DtTm`, fundstelle);
  const m = dt ? /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(roh) : /^([0-9]{4})-([0-9]{2})-([0-9]{2})T/.exec(roh);
  if (!m || !istDatum(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw fehler(`${name}/${dt ? 'Dt' : 'DtTm'} "${kurz(roh)}" ist kein Datum`, fundstelle);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function leseEintrag(ntry: Knoten, fundstelle: string): Buchungseintrag | null {
  // Status: .001.02 writes <Sts>BOOK</Sts>, later versions <Sts><Cd>BOOK</Cd></Sts>.
  const stsEl = pfad(ntry, 'Sts');
  const sts = stsEl === undefined ? null : (textVon(stsEl, 'Cd') ?? textVon(stsEl, 'Prtry') ?? oderNull(text(stsEl)));
  if (sts !== null && sts !== 'BOOK') return null;

  const amtEl = pfad(ntry, 'Amt');
  if (amtEl === undefined) throw fehler('Amt fehlt', fundstelle);
  const betrag = camtBetrag(text(amtEl), fundstelle, 'Amt');
  const whg = waehrung(attribut(amtEl, 'Ccy'), `${fundstelle}, Amt`);
  const ind = textVon(ntry, 'CdtDbtInd');
  if (ind !== 'CRDT' && ind !== 'DBIT') throw fehler(ind ? `CdtDbtInd "${kurz(ind)}" ist weder CRDT noch DBIT` : 'CdtDbtInd fehlt', fundstelle);
  const rvsl = textVon(ntry, 'RvslInd');
  if (rvsl !== null && rvsl !== 'true' && rvsl !== 'false' && rvsl !== '1' && rvsl !== '0') throw fehler(`RvslInd "${kurz(rvsl)}" ist kein Wahrheitswert`, fundstelle);
  const storno = rvsl === 'true' || rvsl === '1';
  const buchungsdatum = datum(ntry, 'BookgDt', fundstelle);
  if (!buchungsdatum) throw fehler('BookgDt fehlt', fundstelle);
  const valutadatum = datum(ntry, 'ValDt', fundstelle);

  const txDtls = alle(ntry, 'NtryDtls').flatMap((d) => alle(d, 'TxDtls'));
  const bankReferenz = textVon(ntry, 'AcctSvcrRef') ?? textVon(ntry, 'NtryRef') ?? (txDtls.length === 1 ? textVon(txDtls[0], 'Refs', 'AcctSvcrRef') : null);
  if (!bankReferenz) throw fehler('AcctSvcrRef fehlt (auch NtryRef)', fundstelle);

  // The counterparty of the original payment (see the rule at the top).
  const eingehend = (ind === 'CRDT') !== storno;
  const transaktionen: Transaktion[] =
    txDtls.length === 0
      ? [{ index: 0, betrag, waehrung: whg, strukturierteReferenz: null, verwendungszweck: null, zahlerName: null, zahlerIban: null, endToEndId: null }]
      : txDtls.map((tx, i) => leseTransaktion(tx, i, { betrag, whg, ind, eingehend, einzige: txDtls.length === 1 }, `${fundstelle}, TxDtls ${i + 1}`));

  const gesamt = summe(transaktionen.map((t) => t.betrag));
  if (!gesamt.equals(betrag)) {
    throw fehler(`Die Beträge der TxDtls ergeben ${gesamt.toFixed()}, der Eintrag lautet auf ${betrag} ${whg}`, fundstelle);
  }
  return { bankReferenz, richtung: ind, betrag, waehrung: whg, buchungsdatum, valutadatum, storno, transaktionen, fundstelle };
}

function leseTransaktion(
  tx: Knoten, index: number,
  eintrag: { betrag: string; whg: string; ind: 'CRDT' | 'DBIT'; eingehend: boolean; einzige: boolean },
  fundstelle: string,
): Transaktion {
  const amtEl = pfad(tx, 'AmtDtls', 'TxAmt', 'Amt') ?? pfad(tx, 'Amt');
  let betrag: string;
  let whg: string;
  if (amtEl !== undefined) {
    betrag = camtBetrag(text(amtEl), fundstelle, 'AmtDtls/TxAmt/Amt');
    whg = waehrung(attribut(amtEl, 'Ccy'), fundstelle);
    if (whg !== eintrag.whg) throw fehler(`Währung ${whg} weicht von der des Eintrags (${eintrag.whg}) ab`, fundstelle);
  } else if (eintrag.einzige) {
    betrag = eintrag.betrag;
    whg = eintrag.whg;
  } else {
    throw fehler('AmtDtls/TxAmt/Amt fehlt (der Eintrag hat mehrere TxDtls)', fundstelle);
  }
  const txInd = textVon(tx, 'CdtDbtInd');
  if (txInd !== null && txInd !== eintrag.ind) throw fehler(`CdtDbtInd ${txInd} weicht von dem des Eintrags (${eintrag.ind}) ab`, fundstelle);

  const parteien = pfad(tx, 'RltdPties');
  const seite = eintrag.eingehend ? 'Dbtr' : 'Cdtr';
  const partei = pfad(parteien, seite);
  const name = textVon(partei, 'Nm') ?? textVon(partei, 'Pty', 'Nm') ?? textVon(parteien, `Ultmt${seite}`, 'Nm') ?? textVon(parteien, `Ultmt${seite}`, 'Pty', 'Nm');
  const zahlerIban = ibanOderNull(textVon(parteien, `${seite}Acct`, 'Id', 'IBAN'));

  const rmtInf = pfad(tx, 'RmtInf');
  const ustrd = alle(rmtInf, 'Ustrd').map((u) => oderNull(text(u))).filter((u): u is string => u !== null);
  const verwendungszweck = ustrd.length ? ustrd.join(' ') : null;
  let referenz: string | null = null;
  for (const strd of alle(rmtInf, 'Strd')) {
    const ref = textVon(strd, 'CdtrRefInf', 'Ref');
    if (ref) {
      referenz = ref.replace(/\s+/g, '').toUpperCase();
      break;
    }
  }
  referenz ??= rfReferenzImText(verwendungszweck);

  const e2e = textVon(tx, 'Refs', 'EndToEndId');
  return {
    index, betrag, waehrung: whg, strukturierteReferenz: referenz, verwendungszweck,
    zahlerName: name, zahlerIban, endToEndId: e2e === null || e2e === 'NOTPROVIDED' ? null : e2e,
  };
}
