// MT940 as Austrian banks deliver it (STUZZA "MBS" format): statements of tagged fields
// (:20: :25: :28C: :60F: … :61: :86: … :62F:), separated by a line "-"; the details of an entry in
// :86: as ?-subfields ("166?00GUTSCHRIFT?20…?32Name?31IBAN").
//
// Rules decided here (the issue is silent on them):
// - Lines are split at CR LF, LF or CR. A statement ends at a line "-" or where the next :20: begins. A line that does not start with a tag (":NN:" or ":NNa:") and
//   is not "-" continues the field above it (SWIFT wraps fields at 65 characters). Blank lines and a
//   SWIFT block header/trailer ("{1:…}{4:" / "-}") are skipped. Unknown tags (:13D:, :64:, :65:,
//   :NS: …) are skipped. A :86: after :62F: (statement information) is skipped.
// - :25: account: an IBAN (also after a "BIC/" prefix) as is; "BLZ/Kontonummer" (5 digits / up to 11)
//   becomes the Austrian IBAN AT + check digits + BLZ + account number padded to 11 digits (the
//   Austrian BBAN); anything else is an error. Several statements in one file must be for one account.
// - auszugId: ":20:/:28C:" ("STARTUMS/00042/001"); several statements joined by "+".
// - :61: value date YYMMDD (year 20YY); booking date MMDD takes the year that puts it nearest to the
//   value date (a booking on 31 Dec valued 2 Jan is in the year before; one on 2 Jan valued 31 Dec in
//   the year after). No booking date: the value date is the booking date.
// - C/D credit/debit; RC (reversal of a credit) is an outgoing entry, RD (reversal of a debit) an
//   incoming one, both `storno` (as camt's RvslInd with the booked direction). The funds code letter
//   after the mark is skipped. Amount: see mt940Betrag. Currency: that of the opening balance :60F:.
// - bankReferenz: the bank reference after "//" in :61:, up to the line end; without one the file is
//   refused (a made-up reference would defeat the import's duplicate check).
// - :86: with subfields: ?20–?29 and ?60–?63 joined without separator (the bank cuts the 140-character
//   SEPA remittance text into 27-character pieces) are `verwendungszweck`; ?32 + ?33 joined are the
//   payer's name; ?31 is the payer's IBAN if it is a valid IBAN (an old account number gives null).
//   :86: without subfields: its lines joined by a space are `verwendungszweck`.
// - strukturierteReferenz: the first valid RF reference found in the subfields ?20–?29/?60–?63 each
//   on its own, else in their joined text (a reference cut across two pieces).
// - endToEndId is not part of MBS :86: and stays null; MT940 has no batch details: one Transaktion
//   with the entry's amount.
// - Text: the caller decodes the bytes (ISO-8859-1 for most Austrian MT940 files); U+FFFD
//   replacement characters and "?" where an umlaut was lost are kept as they come.
import { normalisiereIban } from '../iban.js';
import { fehler, ibanOderNull, istDatum, isoDatum, kurz, MAX_KONTOAUSZUG_EINTRAEGE, mt940Betrag, oderNull, rfReferenzImText, waehrung } from './gemeinsam.js';
import type { Buchungseintrag, Kontoauszug, Transaktion } from './typen.js';

interface Feld {
  tag: string;
  /** The field's lines (the first without its tag). */
  zeilen: string[];
  /** 1-based line number of the tag. */
  zeile: number;
}

const TAG = /^:([0-9]{2}[A-Z]?|NS):(.*)$/;

/** Lines starting with ":61:", counted before anything is parsed. */
export function zaehleMt940Eintraege(text: string): number {
  let n = text.startsWith(':61:') ? 1 : 0;
  for (let i = text.indexOf('\n:61:'); i !== -1; i = text.indexOf('\n:61:', i + 5)) n++;
  for (let i = text.indexOf('\r:61:'); i !== -1; i = text.indexOf('\r:61:', i + 5)) n++; // CR-only line ends
  return n;
}

/** The statements of the file: each a list of fields, in order. */
function zerlege(text: string): Feld[][] {
  const zeilen = text.split(/\r\n|\n|\r/);
  const auszuege: Feld[][] = [];
  let aktuell: Feld[] = [];
  let feld: Feld | null = null;
  for (const [i, roh] of zeilen.entries()) {
    const nr = i + 1;
    const zeile = roh.replace(/\s+$/, '');
    if (zeile === '' || /^\{[0-9]:/.test(zeile) || zeile === '-}') {
      feld = null;
      continue;
    }
    if (zeile === '-') {
      if (aktuell.length) auszuege.push(aktuell);
      aktuell = [];
      feld = null;
      continue;
    }
    const m = TAG.exec(zeile);
    if (m) {
      // A new :20: also starts a new statement where a bank leaves out the "-" line between them.
      if (m[1] === '20' && aktuell.some((f) => f.tag === '20')) {
        auszuege.push(aktuell);
        aktuell = [];
      }
      feld = { tag: m[1]!, zeilen: [m[2]!], zeile: nr };
      aktuell.push(feld);
    } else if (feld) {
      feld.zeilen.push(zeile);
    } else {
      throw fehler(`"${kurz(zeile)}" ist weder ein Feld (:NN:) noch dessen Fortsetzung`, `Zeile ${nr}`);
    }
  }
  if (aktuell.length) auszuege.push(aktuell);
  return auszuege;
}

/** The IBAN of a :25: field (see the rule above). */
function kontoAus25(wert: string, fundstelle: string): string {
  const roh = wert.trim();
  const direkt = ibanOderNull(roh) ?? ibanOderNull(roh.slice(roh.lastIndexOf('/') + 1));
  if (direkt) return direkt;
  const blz = /^([0-9]{5})\/([0-9]{1,11})$/.exec(roh.replace(/\s+/g, ''));
  if (blz) {
    const bban = blz[1]! + blz[2]!.padStart(11, '0');
    // ISO 13616 check digits: BBAN + "AT00", letters as numbers (A = 10, T = 29), 98 − (mod 97).
    let rest = 0;
    for (const z of `${bban}102900`) rest = (rest * 10 + Number(z)) % 97;
    const iban = `AT${String(98 - rest).padStart(2, '0')}${bban}`;
    if (ibanOderNull(iban)) return iban;
  }
  throw fehler(`:25: "${kurz(roh)}" ist weder eine IBAN noch BLZ/Kontonummer`, fundstelle);
}

const ZEILE61 = /^([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{4})?(RC|RD|C|D)([A-Z])?([0-9][0-9.,]*)([NSF][A-Z0-9]{3})(.*)$/;

function lese61(feld: Feld, whg: string): Omit<Buchungseintrag, 'transaktionen'> {
  const fundstelle = `Zeile ${feld.zeile}`;
  const m = ZEILE61.exec(feld.zeilen[0]!);
  if (!m) throw fehler(`:61: "${kurz(feld.zeilen[0]!)}" hat nicht die Form Valuta JJMMTT [Buchung MMTT] C/D/RC/RD Betrag Buchungsschlüssel Referenz`, fundstelle);
  const [, jj, mm, tt, buchungMMTT, marke, , betragText, , rest] = m;
  const jahr = 2000 + Number(jj);
  if (!istDatum(jahr, Number(mm), Number(tt))) throw fehler(`:61: Valutadatum ${jj}${mm}${tt} ist kein Datum`, fundstelle);
  const valutadatum = isoDatum(jahr, Number(mm), Number(tt));
  let buchungsdatum = valutadatum;
  if (buchungMMTT) {
    const bm = Number(buchungMMTT.slice(0, 2));
    const bt = Number(buchungMMTT.slice(2));
    // The year that puts the booking date nearest to the value date (New Year's rollover).
    const valuta = Date.UTC(jahr, Number(mm) - 1, Number(tt));
    let bestes: number | null = null;
    for (const j of [jahr - 1, jahr, jahr + 1]) {
      if (!istDatum(j, bm, bt)) continue;
      if (bestes === null || Math.abs(Date.UTC(j, bm - 1, bt) - valuta) < Math.abs(Date.UTC(bestes, bm - 1, bt) - valuta)) bestes = j;
    }
    if (bestes === null) throw fehler(`:61: Buchungsdatum ${buchungMMTT} ist kein Datum`, fundstelle);
    buchungsdatum = isoDatum(bestes, bm, bt);
  }
  const betrag = mt940Betrag(betragText!, fundstelle);
  const bankRef = rest!.indexOf('//');
  const bankReferenz = bankRef === -1 ? null : oderNull(rest!.slice(bankRef + 2));
  if (!bankReferenz) throw fehler(':61: ohne Bankreferenz (nach "//")', fundstelle);
  const richtung = marke === 'C' || marke === 'RD' ? 'CRDT' : 'DBIT';
  return {
    bankReferenz, richtung, betrag, waehrung: whg, buchungsdatum, valutadatum, storno: marke === 'RC' || marke === 'RD', fundstelle,
  };
}

const VERWENDUNG = (code: number) => (code >= 20 && code <= 29) || (code >= 60 && code <= 63);

function lese86(feld: Feld | null, betrag: string, whg: string): Transaktion {
  const t: Transaktion = {
    index: 0, betrag, waehrung: whg, strukturierteReferenz: null, verwendungszweck: null, zahlerName: null, zahlerIban: null, endToEndId: null,
  };
  if (!feld) return t;
  const ganz = feld.zeilen.join('');
  const erstes = ganz.search(/\?[0-9]{2}/);
  if (erstes === -1 || !/^[0-9]{0,3}$/.test(ganz.slice(0, erstes).trim())) {
    // Free text without subfields.
    t.verwendungszweck = oderNull(feld.zeilen.map((z) => z.trim()).filter(Boolean).join(' '));
    t.strukturierteReferenz = rfReferenzImText(t.verwendungszweck);
    return t;
  }
  const teile = new Map<number, string>();
  const verwendung: string[] = [];
  for (const m of ganz.slice(erstes).matchAll(/\?([0-9]{2})((?:(?!\?[0-9]{2}).)*)/gs)) {
    const code = Number(m[1]);
    const wert = m[2]!;
    if (VERWENDUNG(code)) verwendung.push(wert);
    else teile.set(code, (teile.get(code) ?? '') + wert);
  }
  t.verwendungszweck = oderNull(verwendung.join(''));
  t.strukturierteReferenz = rfReferenzImText(verwendung.map((v) => v.trim()).join(' ')) ?? rfReferenzImText(t.verwendungszweck);
  t.zahlerName = oderNull(`${teile.get(32) ?? ''}${teile.get(33) ?? ''}`);
  t.zahlerIban = ibanOderNull(teile.get(31));
  return t;
}

export function parseMt940(text: string): Kontoauszug {
  const auszuege = zerlege(text);
  if (auszuege.length === 0) throw fehler('Keine MT940-Felder gefunden', 'Zeile 1');
  let kontoIban: string | null = null;
  const ids: string[] = [];
  const eintraege: Buchungseintrag[] = [];
  for (const felder of auszuege) {
    const erste = felder[0]!;
    const ort = `Zeile ${erste.zeile}`;
    const hole = (tag: string) => felder.find((f) => f.tag === tag);
    const f20 = hole('20');
    if (!f20) throw fehler('Auszug ohne :20: (Referenz)', ort);
    const f25 = hole('25');
    if (!f25) throw fehler('Auszug ohne :25: (Konto)', `Zeile ${f20.zeile}`);
    const iban = kontoAus25(f25.zeilen.join(''), `Zeile ${f25.zeile}`);
    if (kontoIban !== null && iban !== kontoIban) {
      throw fehler(`Konto ${iban} weicht vom Konto ${kontoIban} des ersten Auszugs ab (eine Datei, ein Konto)`, `Zeile ${f25.zeile}`);
    }
    kontoIban = iban;
    const f28 = hole('28C') ?? hole('28');
    ids.push([oderNull(f20.zeilen[0]), oderNull(f28?.zeilen[0])].filter(Boolean).join('/'));
    const f60 = hole('60F') ?? hole('60M');
    if (!f60) throw fehler('Auszug ohne :60F: (Anfangssaldo)', `Zeile ${f20.zeile}`);
    const saldo = /^[CD][0-9]{6}([A-Z]{3})[0-9]/.exec(f60.zeilen[0]!);
    if (!saldo) throw fehler(`:60F: "${kurz(f60.zeilen[0]!)}" hat nicht die Form C/D JJMMTT Währung Betrag`, `Zeile ${f60.zeile}`);
    const whg = waehrung(saldo[1], `Zeile ${f60.zeile}`);

    let ende = false;
    for (const [i, feld] of felder.entries()) {
      if (feld.tag === '62F' || feld.tag === '62M') ende = true;
      if (feld.tag !== '61') continue;
      if (ende) throw fehler(':61: nach dem Schlusssaldo :62F:', `Zeile ${feld.zeile}`);
      const eintrag = lese61(feld, whg);
      const naechstes = felder[i + 1];
      const f86 = naechstes?.tag === '86' ? naechstes : null;
      eintraege.push({ ...eintrag, transaktionen: [lese86(f86, eintrag.betrag, whg)] });
      if (eintraege.length > MAX_KONTOAUSZUG_EINTRAEGE) throw fehler(`Mehr als ${MAX_KONTOAUSZUG_EINTRAEGE} Buchungen`, `Zeile ${feld.zeile}`);
    }
  }
  return { format: 'MT940', kontoIban: normalisiereIban(kontoIban!), auszugId: ids.join('+'), eintraege };
}
