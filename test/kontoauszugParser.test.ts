// The bank statement parsers (server/domain/kontoauszug): every value expected here was read by hand
// from the fixtures in test/fixtures/kontoauszug/, not taken from the parser's output.
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { mt940Betrag } from '../server/domain/kontoauszug/gemeinsam.js';
import {
  KontoauszugFormatError, MAX_KONTOAUSZUG_EINTRAEGE, MAX_KONTOAUSZUG_ZEICHEN, parseKontoauszug, rfReferenzImText,
  type Kontoauszug, type KontoauszugFormat,
} from '../server/domain/kontoauszug/index.js';
import { erzeugeCamt053 } from './support/kontoauszugGenerator.js';

const datei = (name: string) => readFileSync(new URL(`./fixtures/kontoauszug/${name}`, import.meta.url));
const utf8 = (name: string) => datei(name).toString('utf8');
// Austrian MT940 files are ISO-8859-1: the caller decodes.
const latin1 = (name: string) => new TextDecoder('latin1').decode(datei(name));

function fehlerVon(format: KontoauszugFormat, text: string): { message: string; fundstelle: string } {
  try {
    parseKontoauszug(format, text);
  } catch (e) {
    if (e instanceof KontoauszugFormatError) return { message: e.message, fundstelle: e.fundstelle };
    throw e;
  }
  throw new Error('kein Fehler');
}

const summeVon = (a: Kontoauszug, richtung: 'CRDT' | 'DBIT', waehrung = 'EUR') =>
  a.eintraege.filter((e) => e.richtung === richtung && e.waehrung === waehrung).reduce((s, e) => s.plus(e.betrag), new Decimal(0)).toFixed(2);

const NS = (v: string) => `urn:iso:std:iso:20022:tech:xsd:${v}`;
const ntry = (inhalt: string) => `<Ntry>${inhalt}</Ntry>`;
const EINFACH = '<Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef>';
const camt053 = (eintraege: string, version = 'camt.053.001.02', iban = 'AT611904300234573201') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="${NS(version)}"><BkToCstmrStmt><Stmt><Id>S1</Id><Acct><Id><IBAN>${iban}</IBAN></Id></Acct>${eintraege}</Stmt></BkToCstmrStmt></Document>`;

describe('camt.053.001.02 (test/fixtures/kontoauszug/camt053_001_02.xml)', () => {
  const a = parseKontoauszug('CAMT053', utf8('camt053_001_02.xml'));

  it('reads the statement: account, id, six entries, eight transactions, sums', () => {
    expect(a.format).toBe('CAMT053');
    expect(a.kontoIban).toBe('AT611904300234573201');
    expect(a.auszugId).toBe('2026-03-02-0042');
    expect(a.eintraege.map((e) => e.fundstelle)).toEqual(['Ntry 1', 'Ntry 2', 'Ntry 3', 'Ntry 4', 'Ntry 5', 'Ntry 6']);
    expect(a.eintraege.flatMap((e) => e.transaktionen)).toHaveLength(8);
    // EUR credits 1625.12 + 1500.00 + 99.90; debits 85.40 + 120.00 (the reversal); 500 USD apart.
    expect(summeVon(a, 'CRDT')).toBe('3225.02');
    expect(summeVon(a, 'DBIT')).toBe('205.40');
    expect(summeVon(a, 'CRDT', 'USD')).toBe('500.00');
  });

  it('Ntry 1: a Honorarnote paid with its RF reference, every field', () => {
    expect(a.eintraege[0]).toEqual({
      bankReferenz: '2026030200001', richtung: 'CRDT', betrag: '1625.12', waehrung: 'EUR', buchungsdatum: '2026-03-02',
      valutadatum: '2026-03-02', storno: false, fundstelle: 'Ntry 1',
      transaktionen: [{
        index: 0, betrag: '1625.12', waehrung: 'EUR', strukturierteReferenz: 'RF55H2026000001', verwendungszweck: null,
        zahlerName: 'Müller Anna', zahlerIban: 'AT483200000012345864', endToEndId: 'E2E-HN-2026-0001',
      }],
    });
  });

  it('Ntry 2: a batch entry, each TxDtls its own transaction with its own amount', () => {
    expect(a.eintraege[1]).toEqual({
      bankReferenz: '2026030200002', richtung: 'CRDT', betrag: '1500.00', waehrung: 'EUR', buchungsdatum: '2026-03-02',
      valutadatum: '2026-03-03', storno: false, fundstelle: 'Ntry 2',
      transaktionen: [
        {
          index: 0, betrag: '250.00', waehrung: 'EUR', strukturierteReferenz: 'RF90A1', verwendungszweck: 'Rate März',
          zahlerName: 'Jürgen Öttl', zahlerIban: 'AT026000000001349870', endToEndId: null, // NOTPROVIDED; IBAN written with spaces
        },
        {
          index: 1, betrag: '1000.50', waehrung: 'EUR', strukturierteReferenz: null, verwendungszweck: 'Zahlung Rechnung 2026-0002 Akt 12/26 Danke',
          zahlerName: 'Gößnitzer & Söhne GmbH', zahlerIban: 'DE89370400440532013000', endToEndId: 'INV20260002',
        },
        {
          // No Strd: the RF reference printed in groups of four in the free text is found and checked.
          index: 2, betrag: '249.50', waehrung: 'EUR', strukturierteReferenz: 'RF28H2026000002', verwendungszweck: 'Überweisung RF28 H202 6000 002 Teilzahlung',
          zahlerName: 'Straßer Käthe', zahlerIban: 'AT131490022010010999', endToEndId: null,
        },
      ],
    });
  });

  it('Ntry 3: outgoing bank charges, dates given as DtTm, the counterparty is the creditor', () => {
    const e = a.eintraege[2]!;
    expect([e.bankReferenz, e.richtung, e.betrag, e.buchungsdatum, e.valutadatum, e.storno]).toEqual(['2026030200003', 'DBIT', '85.40', '2026-03-02', '2026-02-28', false]);
    expect(e.transaktionen).toEqual([{
      index: 0, betrag: '85.40', waehrung: 'EUR', strukturierteReferenz: null, verwendungszweck: 'Kontoführung Februar 2026',
      zahlerName: 'UniCredit Bank Austria AG', zahlerIban: null, endToEndId: null,
    }]);
  });

  it('Ntry 4: foreign currency stays in its currency', () => {
    const e = a.eintraege[3]!;
    expect([e.betrag, e.waehrung, e.valutadatum]).toEqual(['500.00', 'USD', '2026-03-04']);
    expect(e.transaktionen[0]).toMatchObject({ betrag: '500.00', waehrung: 'USD', zahlerName: 'Smith & Wesson Legal LLC', endToEndId: 'US-7781-22' });
  });

  it('Ntry 5: a reversed incoming payment: DBIT, storno, the original payer', () => {
    const e = a.eintraege[4]!;
    expect([e.bankReferenz, e.richtung, e.betrag, e.storno, e.valutadatum]).toEqual(['2026030200005', 'DBIT', '120.00', true, '2026-02-27']);
    expect(e.transaktionen[0]).toMatchObject({ zahlerName: 'Müller Anna', zahlerIban: 'AT483200000012345864', verwendungszweck: 'Rückbuchung: Konto erloschen' });
  });

  it('Ntry 6: no AcctSvcrRef → NtryRef; a batch without TxDtls is one transaction of the whole amount', () => {
    expect(a.eintraege[5]).toEqual({
      bankReferenz: 'NR-20260302-6', richtung: 'CRDT', betrag: '99.90', waehrung: 'EUR', buchungsdatum: '2026-03-02', valutadatum: '2026-03-02',
      storno: false, fundstelle: 'Ntry 6',
      transaktionen: [{ index: 0, betrag: '99.90', waehrung: 'EUR', strukturierteReferenz: null, verwendungszweck: null, zahlerName: null, zahlerIban: null, endToEndId: null }],
    });
  });
});

describe('camt.053.001.08 (test/fixtures/kontoauszug/camt053_001_08.xml)', () => {
  const a = parseKontoauszug('CAMT053', utf8('camt053_001_08.xml'));

  it('reads the statement', () => {
    expect([a.kontoIban, a.auszugId, a.eintraege.length]).toEqual(['AT611904300234573201', 'AT611904300234573201-2026-03-03', 4]);
    expect(summeVon(a, 'CRDT')).toBe('3887.54'); // 2316.02 + 371.52 + 1200.00
    expect(summeVon(a, 'DBIT')).toBe('1200.00');
  });

  it('Ntry 1: Sts/Cd, BookgDt/DtTm, TxDtls/Amt, Dbtr/Pty/Nm, a reference written with spaces', () => {
    expect(a.eintraege[0]).toEqual({
      bankReferenz: 'ERSTE2026030300017', richtung: 'CRDT', betrag: '2316.02', waehrung: 'EUR', buchungsdatum: '2026-03-03',
      valutadatum: '2026-03-03', storno: false, fundstelle: 'Ntry 1',
      transaktionen: [
        {
          index: 0, betrag: '1625.12', waehrung: 'EUR', strukturierteReferenz: 'RF55H2026000001', verwendungszweck: null,
          zahlerName: 'Dr. Öztürk Ayşe', zahlerIban: 'AT483200000012345864', endToEndId: 'HN20260001',
        },
        {
          // The debtor, not the ultimate debtor, is the payer.
          index: 1, betrag: '690.90', waehrung: 'EUR', strukturierteReferenz: 'RF63A2', verwendungszweck: null,
          zahlerName: 'Fröhlich & Partner OG', zahlerIban: 'DE89370400440532013000', endToEndId: 'FP-OG-2026-118',
        },
      ],
    });
  });

  it('Ntry 2: a USD payment converted: the booked EUR amount (TxAmt), not the instructed USD', () => {
    expect(a.eintraege[1]).toMatchObject({ betrag: '371.52', waehrung: 'EUR', valutadatum: '2026-03-05' });
    expect(a.eintraege[1]!.transaktionen).toEqual([{
      index: 0, betrag: '371.52', waehrung: 'EUR', strukturierteReferenz: null, verwendungszweck: 'Invoice 2026-0003',
      zahlerName: 'Johnson Consulting Inc.', zahlerIban: null, endToEndId: null, // Othr account: no IBAN; NOTPROVIDED
    }]);
  });

  it('Ntry 3 outgoing and Ntry 4 its reversal (CRDT, storno): both name the creditor', () => {
    expect(a.eintraege[2]).toMatchObject({ richtung: 'DBIT', storno: false, betrag: '1200.00' });
    expect(a.eintraege[3]).toMatchObject({ bankReferenz: 'ERSTE2026030300020', richtung: 'CRDT', storno: true, betrag: '1200.00' });
    for (const e of a.eintraege.slice(2)) {
      expect(e.transaktionen[0]).toMatchObject({ zahlerName: 'Bezirksgericht Innere Stadt Wien', zahlerIban: 'AT131490022010010999', endToEndId: 'KZL-UEB-2026-031' });
    }
  });
});

describe('camt.054.001.02 (test/fixtures/kontoauszug/camt054_001_02.xml)', () => {
  const a = parseKontoauszug('CAMT054', utf8('camt054_001_02.xml'));

  it('two notifications for one account are read together; the pending entry is left out', () => {
    expect(a.format).toBe('CAMT054');
    expect(a.kontoIban).toBe('AT611904300234573201'); // written with spaces in Ntfctn 1
    expect(a.auszugId).toBe('NTF-20260304-0001+NTF-20260304-0002');
    expect(a.eintraege.map((e) => [e.fundstelle, e.bankReferenz, e.betrag])).toEqual([
      ['Ntfctn 1, Ntry 1', 'RBI-20260304-000311', '500.00'],
      ['Ntfctn 2, Ntry 1', 'RBI-20260304-000399', '300.00'],
    ]);
  });

  it('every field of the entries', () => {
    expect(a.eintraege[0]!.transaktionen).toEqual([{
      index: 0, betrag: '500.00', waehrung: 'EUR', strukturierteReferenz: 'RF25A7', verwendungszweck: null,
      zahlerName: 'Ötztaler Bergbahnen GmbH', zahlerIban: 'AT026000000001349870', endToEndId: 'OETZ-2026-0304-01',
    }]);
    expect(a.eintraege[1]).toMatchObject({ buchungsdatum: '2026-03-04', valutadatum: '2026-03-04', richtung: 'CRDT', storno: false });
    expect(a.eintraege[1]!.transaktionen).toEqual([
      {
        index: 0, betrag: '100.00', waehrung: 'EUR', strukturierteReferenz: null, verwendungszweck: 'Honorarnote 2026-0003 erste Rate',
        zahlerName: 'Weiß Ulrike', zahlerIban: 'AT131490022010010999', endToEndId: null,
      },
      {
        index: 1, betrag: '200.00', waehrung: 'EUR', strukturierteReferenz: 'RF98H2026000003', verwendungszweck: null,
        zahlerName: 'Weiß Ulrike', zahlerIban: 'AT131490022010010999', endToEndId: 'WEISS-R2',
      },
    ]);
  });
});

describe('MT940, STUZZA (test/fixtures/kontoauszug/mt940_stuzza.sta, ISO-8859-1)', () => {
  const a = parseKontoauszug('MT940', latin1('mt940_stuzza.sta'));

  it('two statements of one account (BLZ/Konto and IBAN), six entries', () => {
    expect(a.format).toBe('MT940');
    // 19043/00234573201 → AT + check digits of "1904300234573201" + "AT00" → AT61…
    expect(a.kontoIban).toBe('AT611904300234573201');
    expect(a.auszugId).toBe('BA251231001/00001/001+BA260102001/00002/001');
    expect(a.eintraege.map((e) => [e.fundstelle, e.bankReferenz, e.richtung, e.betrag, e.storno])).toEqual([
      ['Zeile 5', 'BA2512310001', 'CRDT', '1625.12', false],
      ['Zeile 10', 'BA2512310002', 'DBIT', '85.40', false],
      ['Zeile 19', 'BA2601020001', 'CRDT', '1500.00', false], // "1.500,00"
      ['Zeile 21', 'BA2601020002', 'DBIT', '120.00', true], // RC: reversal of a credit
      ['Zeile 23', 'BA2601020003', 'DBIT', '2000.00', false], // "2000,"
      ['Zeile 25', 'BA2601020004', 'CRDT', '49.90', false], // "49,9"
    ]);
    expect(summeVon(a, 'CRDT')).toBe('3175.02');
    expect(summeVon(a, 'DBIT')).toBe('2205.40');
  });

  it('dates across New Year: booking MMDD takes the year nearest the value date', () => {
    expect(a.eintraege.map((e) => [e.valutadatum, e.buchungsdatum])).toEqual([
      ['2025-12-31', '2025-12-31'],
      ['2026-01-02', '2025-12-31'], // valued 2 Jan, booked 31 Dec of the year before
      ['2025-12-31', '2026-01-02'], // valued 31 Dec, booked 2 Jan of the year after
      ['2026-01-02', '2026-01-02'],
      ['2026-01-02', '2026-01-02'],
      ['2026-01-02', '2026-01-02'],
    ]);
  });

  it(':86: subfields over several lines: remittance ?20–?29, name ?32 + ?33, IBAN ?31, RF reference', () => {
    expect(a.eintraege[0]!.transaktionen).toEqual([{
      index: 0, betrag: '1625.12', waehrung: 'EUR', strukturierteReferenz: 'RF55H2026000001',
      verwendungszweck: 'RF55H2026000001Honorarnote 2026-0001 Dr. Huber',
      zahlerName: 'Müller-Lüdenscheidt Anna Maria', zahlerIban: 'AT483200000012345864', endToEndId: null,
    }]);
    // The reference is cut across ?20 and ?21.
    expect(a.eintraege[2]!.transaktionen[0]).toMatchObject({
      strukturierteReferenz: 'RF28H2026000002', verwendungszweck: 'Akt 12/26 Zahlung RF28H2026000002 Danke', zahlerName: 'Jürgen Öttl', zahlerIban: 'AT026000000001349870',
    });
    // Printed in groups ("RF90 A1") in the free text.
    expect(a.eintraege[5]!.transaktionen[0]).toMatchObject({
      strukturierteReferenz: 'RF90A1', verwendungszweck: 'Zahlung für Akt 3/26 Straßenbahn RF90 A1', zahlerName: 'Straßer Käthe', zahlerIban: null,
    });
    expect(a.eintraege[4]!.transaktionen[0]).toMatchObject({ verwendungszweck: 'Miete Jänner 2026', zahlerName: 'Immobilien Graz GmbH', zahlerIban: 'AT131490022010010999' });
  });

  it(':86: without subfields is free text; a lost umlaut ("?") is kept as it came', () => {
    expect(a.eintraege[1]!.transaktionen[0]).toMatchObject({ verwendungszweck: 'Kontoführung 4. Quartal 2025 Spesen laut Aufstellung', zahlerName: null, strukturierteReferenz: null });
    expect(a.eintraege[3]!.transaktionen[0]).toMatchObject({ verwendungszweck: 'Konto erloschen', zahlerName: 'M?ller Anna' });
  });

  it('LF line ends and a byte order mark read the same', () => {
    const lf = '\uFEFF' + latin1('mt940_stuzza.sta').replace(/\r\n/g, '\n');
    expect(parseKontoauszug('MT940', lf)).toEqual(a);
  });

  it('statements without the "-" line between them, in a SWIFT envelope', () => {
    const text = [
      '{1:F01BKAUATWWAXXX0000000000}{2:I940BKAUATWWXXXXN}{4:',
      ':20:A1', ':25:BKAUATWW/AT611904300234573201', ':28C:7/1', ':60F:C260105EUR0,00',
      ':61:260105C10,00NTRFNONREF//R1', ':86:?20eins', ':62F:C260105EUR10,00',
      ':20:A2', ':25:AT611904300234573201', ':28C:8/1', ':60F:C260105EUR10,00',
      ':61:260106D2,5NMSCNONREF//R2', ':62F:C260106EUR7,50', '-}',
    ].join('\n');
    const b = parseKontoauszug('MT940', text);
    expect(b.auszugId).toBe('A1/7/1+A2/8/1');
    expect(b.eintraege.map((e) => [e.fundstelle, e.bankReferenz, e.richtung, e.betrag, e.buchungsdatum, e.transaktionen[0]!.verwendungszweck]))
      .toEqual([['Zeile 6', 'R1', 'CRDT', '10.00', '2026-01-05', 'eins'], ['Zeile 13', 'R2', 'DBIT', '2.50', '2026-01-06', null]]);
  });
});

describe('malformed files: a KontoauszugFormatError naming the place', () => {
  it('the malformed fixtures', () => {
    expect(fehlerVon('CAMT053', utf8('camt053_defekt.xml'))).toEqual({ message: 'Amt fehlt (Ntry 3)', fundstelle: 'Ntry 3' });
    expect(fehlerVon('CAMT054', utf8('camt054_defekt.xml'))).toEqual({
      message: 'Die Beträge der TxDtls ergeben 300.01, der Eintrag lautet auf 300.00 EUR (Ntfctn 2, Ntry 1)', fundstelle: 'Ntfctn 2, Ntry 1',
    });
    expect(fehlerVon('MT940', latin1('mt940_defekt.sta'))).toEqual({
      message: 'Betrag "1500.00" ist kein MT940-Betrag (Komma als Dezimalzeichen) (Zeile 19)', fundstelle: 'Zeile 19',
    });
  });

  it('XML that is not well-formed: line and column', () => {
    const f = fehlerVon('CAMT053', '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n</Document>');
    expect(f.fundstelle).toMatch(/^Zeile 4, Spalte \d+$/);
    expect(f.message).toMatch(/^Kein wohlgeformtes XML: /);
    expect(fehlerVon('CAMT053', '<!DOCTYPE Document [<!ENTITY a "aaaa">]><Document/>').message).toMatch(/^Eine DOCTYPE-Deklaration ist in camt-Dateien nicht erlaubt/);
  });

  it('camt entries: the entry (and transaction) by number', () => {
    const f = (e: string) => fehlerVon('CAMT053', camt053(ntry(EINFACH) + ntry(e))).message;
    expect(f('<Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef>'))
      .toBe('Amt "12,50" ist kein Betrag (Ntry 2)');
    expect(f('<Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef>'))
      .toBe('Währung (Ccy) fehlt (Ntry 2, Amt)');
    expect(f('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDIT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef>'))
      .toBe('CdtDbtInd "CRDIT" ist weder CRDT noch DBIT (Ntry 2)');
    expect(f('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-02-30</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef>'))
      .toBe('BookgDt/Dt "2026-02-30" ist kein Datum (Ntry 2)');
    expect(f('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>R2</AcctSvcrRef>')).toBe('BookgDt fehlt (Ntry 2)');
    expect(f('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt>')).toBe('AcctSvcrRef fehlt (auch NtryRef) (Ntry 2)');
    const tx = (betrag: string | null) => `<TxDtls>${betrag ? `<AmtDtls><TxAmt><Amt Ccy="EUR">${betrag}</Amt></TxAmt></AmtDtls>` : ''}</TxDtls>`;
    expect(f(`${EINFACH}<NtryDtls>${tx('4.00')}${tx(null)}</NtryDtls>`)).toBe('AmtDtls/TxAmt/Amt fehlt (der Eintrag hat mehrere TxDtls) (Ntry 2, TxDtls 2)');
    expect(f(`${EINFACH}<NtryDtls>${tx('4.00')}${tx('6.01')}</NtryDtls>`)).toBe('Die Beträge der TxDtls ergeben 10.01, der Eintrag lautet auf 10.00 EUR (Ntry 2)');
    expect(f(`${EINFACH}<NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy="USD">10.00</Amt></TxAmt></AmtDtls></TxDtls></NtryDtls>`))
      .toBe('Währung USD weicht von der des Eintrags (EUR) ab (Ntry 2, TxDtls 1)');
    // A single TxDtls without its own amount takes the entry's; amounts that add up pass.
    const ok = parseKontoauszug('CAMT053', camt053(ntry(`${EINFACH}<NtryDtls>${tx(null)}</NtryDtls>`) + ntry(EINFACH.replace('R1', 'R2') + `<NtryDtls>${tx('4.00')}${tx('6.00')}</NtryDtls>`)));
    expect(ok.eintraege.map((e) => e.transaktionen.map((t) => t.betrag))).toEqual([['10.00'], ['4.00', '6.00']]);
  });

  it('the account: an IBAN is required; one file, one account', () => {
    expect(fehlerVon('CAMT053', camt053(ntry(EINFACH), 'camt.053.001.02', 'AT611904300234573202')).message).toBe('Acct/Id/IBAN "AT611904300234573202" ist keine gültige IBAN (Stmt)');
    const zwei = `<Document xmlns="${NS('camt.053.001.02')}"><BkToCstmrStmt>`
      + `<Stmt><Id>S1</Id><Acct><Id><IBAN>AT611904300234573201</IBAN></Id></Acct>${ntry(EINFACH)}</Stmt>`
      + `<Stmt><Id>S2</Id><Acct><Id><IBAN>AT483200000012345864</IBAN></Id></Acct>${ntry(EINFACH)}</Stmt></BkToCstmrStmt></Document>`;
    expect(fehlerVon('CAMT053', zwei).message).toBe('Konto AT483200000012345864 weicht vom Konto AT611904300234573201 des ersten Auszugs ab (eine Datei, ein Konto) (Stmt 2)');
  });

  it('MT940: the line', () => {
    const mt = (zeilen: string[]) => fehlerVon('MT940', zeilen.join('\r\n')).message;
    const kopf = [':20:X1', ':25:AT611904300234573201', ':28C:1/1', ':60F:C260101EUR0,00'];
    expect(mt([...kopf, ':61:2601020102CR10,00NTRFNONREF', ':62F:C260102EUR10,00'])).toBe(':61: ohne Bankreferenz (nach "//") (Zeile 5)');
    expect(mt([...kopf, ':61:2602300230CR10,00NTRFNONREF//B1'])).toBe(':61: Valutadatum 260230 ist kein Datum (Zeile 5)');
    expect(mt([...kopf, ':61:2601020102X10,00NTRFNONREF//B1'])).toMatch(/^:61: "2601020102X10,00NTRFNONREF\/\/B1" hat nicht die Form .* \(Zeile 5\)$/);
    expect(mt([':20:X1', ':28C:1/1', ':60F:C260101EUR0,00'])).toBe('Auszug ohne :25: (Konto) (Zeile 1)');
    expect(mt([':20:X1', ':25:12345678', ':28C:1/1'])).toBe(':25: "12345678" ist weder eine IBAN noch BLZ/Kontonummer (Zeile 2)');
    expect(mt(['Kontoauszug', ':20:X1'])).toBe('"Kontoauszug" ist weder ein Feld (:NN:) noch dessen Fortsetzung (Zeile 1)');
    expect(mt([...kopf, ':62F:C260102EUR10,00', ':61:2601020102CR10,00NTRFNONREF//B1'])).toBe(':61: nach dem Schlusssaldo :62F: (Zeile 6)');
  });

  it('an empty file, a file too large, too many entries: refused before parsing', () => {
    expect(fehlerVon('CAMT053', ' \n')).toEqual({ message: 'Die Datei ist leer (Datei)', fundstelle: 'Datei' });
    expect(fehlerVon('MT940', 'x'.repeat(MAX_KONTOAUSZUG_ZEICHEN + 1)).message).toBe(`Die Datei ist größer als 20 MB (${MAX_KONTOAUSZUG_ZEICHEN + 1} Zeichen) (Datei)`);
    expect(MAX_KONTOAUSZUG_EINTRAEGE).toBe(50_000);
    // Not even well-formed: the count comes first.
    expect(fehlerVon('CAMT053', '<Document>' + '<Ntry>'.repeat(50_001)).message).toBe('Mehr als 50000 Buchungen (Ntry: 50001) (Datei)');
    expect(fehlerVon('CAMT054', '<c:Document>' + '<c:Ntry x="1">'.repeat(50_001)).message).toBe('Mehr als 50000 Buchungen (Ntry: 50001) (Datei)');
    expect(fehlerVon('MT940', ':20:X\n' + ':61:2601020102CR1,00NTRF//B\n'.repeat(50_001)).message).toBe('Mehr als 50000 Buchungen (:61:: 50001) (Datei)');
  });
});

describe('versions and namespaces', () => {
  it('camt.053 .001.02 to .001.08 are read, with or without a prefix', () => {
    for (const v of ['02', '03', '04', '05', '06', '07', '08']) {
      expect(parseKontoauszug('CAMT053', camt053(ntry(EINFACH), `camt.053.001.${v}`)).eintraege).toHaveLength(1);
    }
    const praefix = `<c:Document xmlns:c="${NS('camt.053.001.04')}"><c:BkToCstmrStmt><c:Stmt><c:Id>S</c:Id><c:Acct><c:Id><c:IBAN>AT611904300234573201</c:IBAN></c:Id></c:Acct>`
      + `<c:Ntry><c:Amt Ccy="EUR">7.50</c:Amt><c:CdtDbtInd>DBIT</c:CdtDbtInd><c:BookgDt><c:Dt>2026-03-02</c:Dt></c:BookgDt><c:AcctSvcrRef>P1</c:AcctSvcrRef></c:Ntry></c:Stmt></c:BkToCstmrStmt></c:Document>`;
    expect(parseKontoauszug('CAMT053', praefix).eintraege[0]).toMatchObject({ bankReferenz: 'P1', richtung: 'DBIT', betrag: '7.50' });
  });

  it('a camt.054 given as CAMT053 and the other way round', () => {
    expect(fehlerVon('CAMT053', utf8('camt054_001_02.xml'))).toEqual({ message: 'Die Datei ist camt.054.001.02, nicht camt.053 wie angegeben (Document)', fundstelle: 'Document' });
    expect(fehlerVon('CAMT054', utf8('camt053_001_08.xml')).message).toBe('Die Datei ist camt.053.001.08, nicht camt.054 wie angegeben (Document)');
  });

  it('other versions, no namespace, another root, elements of another namespace', () => {
    expect(fehlerVon('CAMT053', camt053(ntry(EINFACH), 'camt.053.001.09')).message).toBe('Version camt.053.001.09 wird nicht unterstützt (.001.02 bis .001.08) (Document)');
    expect(fehlerVon('CAMT053', camt053(ntry(EINFACH), 'camt.053.001.01')).message).toBe('Version camt.053.001.01 wird nicht unterstützt (.001.02 bis .001.08) (Document)');
    expect(fehlerVon('CAMT053', camt053(ntry(EINFACH), 'pain.001.001.03')).message).toBe(`Namensraum "${NS('pain.001.001.03')}" ist kein camt-Namensraum (erwartet camt.053) (Document)`);
    expect(fehlerVon('CAMT053', '<Document><BkToCstmrStmt/></Document>').message).toMatch(/ohne Namensraum \(Document\)$/);
    expect(fehlerVon('CAMT053', `<Dokument xmlns="${NS('camt.053.001.02')}"/>`).message).toMatch(/ist Dokument \(Document\)$/);
    expect(fehlerVon('CAMT053', `<Document xmlns="${NS('camt.053.001.02')}"><BkToCstmrDbtCdtNtfctn/></Document>`).message).toBe('BkToCstmrStmt fehlt (Document)');
    // An Amt in a foreign namespace is not the entry's Amt.
    const fremd = EINFACH.replace('<Amt Ccy="EUR">10.00</Amt>', '<x:Amt xmlns:x="urn:example" Ccy="EUR">10.00</x:Amt>');
    expect(fehlerVon('CAMT053', camt053(ntry(fremd))).message).toBe('Amt fehlt (Ntry 1)');
  });
});

describe('amounts and references', () => {
  it('MT940 amounts become decimal text with a point', () => {
    expect(['1625,12', '1.625,12', '1625,', '1625,1', '0001625,12', '0,5'].map((b) => mt940Betrag(b, 'Zeile 1'))).toEqual(['1625.12', '1625.12', '1625.00', '1625.10', '1625.12', '0.50']);
    expect(() => mt940Betrag('1,625.12', 'Zeile 7')).toThrow('Betrag "1,625.12" ist kein MT940-Betrag (Komma als Dezimalzeichen) (Zeile 7)');
    expect(() => mt940Betrag('1625', 'Zeile 7')).toThrow(KontoauszugFormatError);
  });

  it('camt amounts stay as written', () => {
    const a = parseKontoauszug('CAMT053', camt053(ntry(EINFACH.replace('10.00', '10.5'))));
    expect(a.eintraege[0]!.betrag).toBe('10.5');
  });

  it('RF references in free text: checked, as a word of their own, the first valid one', () => {
    expect(rfReferenzImText('Zahlung RF55H2026000001 danke')).toBe('RF55H2026000001');
    expect(rfReferenzImText('rf18 5390 0754 7034 Rechnung')).toBe('RF18539007547034');
    expect(rfReferenzImText('RF19539007547034')).toBeNull(); // wrong check digits
    expect(rfReferenzImText('XRF55H2026000001')).toBeNull(); // glued to a word
    expect(rfReferenzImText('RF19 1 und RF90A1')).toBe('RF90A1');
    expect(rfReferenzImText(null)).toBeNull();
  });
});

describe('the 10 000-entry statement (test/support/kontoauszugGenerator.ts)', () => {
  it('parses completely with exact sums', () => {
    const g = erzeugeCamt053({ anzahl: 10_000 });
    const a = parseKontoauszug('CAMT053', g.xml);
    expect(a.eintraege).toHaveLength(10_000);
    // Every 10th entry (i % 10 = 9) that is not outgoing (i % 7 = 3) is a batch of three.
    let batches = 0;
    for (let i = 0; i < 10_000; i++) if (i % 10 === 9 && i % 7 !== 3) batches++;
    expect(a.eintraege.flatMap((e) => e.transaktionen)).toHaveLength(10_000 + 2 * batches);
    expect(g.transaktionen).toBe(10_000 + 2 * batches);
    expect(summeVon(a, 'CRDT')).toBe(g.summeHaben);
    expect(summeVon(a, 'DBIT')).toBe(g.summeSoll);
    expect(new Set(a.eintraege.map((e) => e.bankReferenz)).size).toBe(10_000);
    expect(a.eintraege[0]!.transaktionen[0]!.strukturierteReferenz).toBe('RF55H2026000001'); // i = 0: H2026 + 000001
  });
});

describe('damaged files never crash the parser', () => {
  // Deterministic mutations of every fixture (a slice cut out, a line doubled, a character
  // replaced): each either parses or is refused with a KontoauszugFormatError, never another error.
  let seed = 18;
  const zufall = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const faelle: [KontoauszugFormat, string][] = [
    ['CAMT053', utf8('camt053_001_02.xml')], ['CAMT053', utf8('camt053_001_08.xml')],
    ['CAMT054', utf8('camt054_001_02.xml')], ['MT940', latin1('mt940_stuzza.sta')],
  ];
  it.each(faelle)('%s: 300 mutations', (format, text) => {
    let gelesen = 0;
    let abgelehnt = 0;
    for (let i = 0; i < 300; i++) {
      const a = zufall(text.length);
      const b = Math.min(text.length, a + 1 + zufall(40));
      const art = i % 3;
      const kaputt = art === 0 ? text.slice(0, a) + text.slice(b)
        : art === 1 ? text.slice(0, a) + text.slice(a, b) + text.slice(a)
          : text.slice(0, a) + '<>:?&/,.-0123456789CDRBOOK'[zufall(26)] + text.slice(a + 1);
      try {
        parseKontoauszug(format, kaputt);
        gelesen++;
      } catch (e) {
        if (!(e instanceof KontoauszugFormatError)) throw new Error(`Mutation ${i} (${art}, ${a}–${b}): ${String(e)}`);
        expect(e.fundstelle).not.toBe('');
        abgelehnt++;
      }
    }
    expect(gelesen + abgelehnt).toBe(300);
    expect(abgelehnt).toBeGreaterThan(0);
  });
});
