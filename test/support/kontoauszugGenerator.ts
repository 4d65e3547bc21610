// Generates a camt.053.001.02 statement of any size for tests and benchmarks (the 10 000-entry file
// of issue 18): deterministic, with the shapes of real files (batch entries of three transactions,
// debit entries, RF references, free text, umlauts). `eintrag` replaces the default entries, e.g. by
// the import's tests to pay real Honorarnoten. The returned sums let a caller check what was read.
import { Decimal } from 'decimal.js';
import { rfReferenz } from '../../server/domain/rfReferenz.js';

export interface GeneratorTransaktion {
  betrag: string;
  /** Written as RmtInf/Strd/CdtrRefInf/Ref. */
  referenz?: string | null;
  /** Written as RmtInf/Ustrd. */
  verwendungszweck?: string | null;
  zahlerName?: string | null;
  zahlerIban?: string | null;
  endToEndId?: string | null;
}

export interface GeneratorEintrag {
  richtung?: 'CRDT' | 'DBIT';
  waehrung?: string;
  storno?: boolean;
  /** One or more (a batch entry); the entry's amount is their sum. */
  transaktionen: GeneratorTransaktion[];
}

export interface GeneratorOptionen {
  anzahl: number;
  kontoIban?: string;
  /** Booking date of every entry. */
  datum?: string;
  auszugId?: string;
  /** Prefix of each entry's AcctSvcrRef (followed by the 1-based number, 8 digits). */
  referenzPraefix?: string;
  eintrag?: (i: number) => GeneratorEintrag;
}

export interface GeneratorErgebnis {
  xml: string;
  eintraege: number;
  transaktionen: number;
  /** Sums of the CRDT and DBIT entries (all currencies together: the default writes only EUR). */
  summeHaben: string;
  summeSoll: string;
}

const NAMEN = ['Müller Anna', 'Jürgen Öttl', 'Straßer Käthe', 'Gößnitzer & Söhne GmbH', 'Weiß Ulrike', 'Hämmerle Bau GmbH', 'Dr. Öztürk Ayşe'];
const IBANS = ['AT483200000012345864', 'AT026000000001349870', 'AT131490022010010999', 'DE89370400440532013000'];

const p = (n: number, l: number) => String(n).padStart(l, '0');

/** The default i-th entry (0-based): every 10th a batch of three, every 7th outgoing, every 3rd with an RF reference. */
export function standardEintrag(i: number): GeneratorEintrag {
  const name = NAMEN[i % NAMEN.length]!;
  const iban = IBANS[i % IBANS.length]!;
  const betrag = `${(i % 4999) + 1}.${p(i % 100, 2)}`;
  if (i % 7 === 3) {
    return { richtung: 'DBIT', transaktionen: [{ betrag, verwendungszweck: `Überweisung Gerichtsgebühr Akt ${i % 97}/26`, zahlerName: 'Bezirksgericht Graz-Ost', zahlerIban: IBANS[2]! }] };
  }
  if (i % 10 === 9) {
    return {
      transaktionen: [
        { betrag: `${(i % 50) + 100}.00`, referenz: rfReferenz(`A${i}`), zahlerName: name, zahlerIban: iban, endToEndId: 'NOTPROVIDED' },
        { betrag: '200.50', verwendungszweck: `Rechnung 2026-${p(i % 10000, 4)} Danke`, zahlerName: NAMEN[(i + 1) % NAMEN.length]!, zahlerIban: IBANS[(i + 1) % IBANS.length]! },
        { betrag: '33.33', verwendungszweck: `Rate Jänner Akt ${i % 500}/25`, zahlerName: NAMEN[(i + 2) % NAMEN.length]! },
      ],
    };
  }
  return {
    transaktionen: [{
      betrag,
      referenz: i % 3 === 0 ? rfReferenz(`H2026${p((i % 999_999) + 1, 6)}`) : null,
      verwendungszweck: i % 3 === 0 ? null : `Zahlung Honorarnote 2026-${p(i % 10000, 4)} für Mandat ${name}`,
      zahlerName: name,
      zahlerIban: iban,
      endToEndId: `E2E-${p(i, 8)}`,
    }],
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function erzeugeCamt053(o: GeneratorOptionen): GeneratorErgebnis {
  const konto = o.kontoIban ?? 'AT611904300234573201';
  const datum = o.datum ?? '2026-03-02';
  const praefix = o.referenzPraefix ?? 'GEN';
  const teile: string[] = [];
  let haben = new Decimal(0);
  let soll = new Decimal(0);
  let transaktionen = 0;
  for (let i = 0; i < o.anzahl; i++) {
    const e = (o.eintrag ?? standardEintrag)(i);
    const richtung = e.richtung ?? 'CRDT';
    const whg = e.waehrung ?? 'EUR';
    const betrag = e.transaktionen.reduce((s, t) => s.plus(t.betrag), new Decimal(0)).toFixed(2);
    if (richtung === 'CRDT') haben = haben.plus(betrag);
    else soll = soll.plus(betrag);
    transaktionen += e.transaktionen.length;
    const seite = (richtung === 'CRDT') !== Boolean(e.storno) ? 'Dbtr' : 'Cdtr';
    const tx = e.transaktionen.map((t) => `
          <TxDtls>
            <Refs>${t.endToEndId ? `<EndToEndId>${esc(t.endToEndId)}</EndToEndId>` : ''}</Refs>
            <AmtDtls><TxAmt><Amt Ccy="${whg}">${t.betrag}</Amt></TxAmt></AmtDtls>
            <RltdPties>${t.zahlerName ? `<${seite}><Nm>${esc(t.zahlerName)}</Nm></${seite}>` : ''}${t.zahlerIban ? `<${seite}Acct><Id><IBAN>${t.zahlerIban}</IBAN></Id></${seite}Acct>` : ''}</RltdPties>
            <RmtInf>${t.verwendungszweck ? `<Ustrd>${esc(t.verwendungszweck)}</Ustrd>` : ''}${t.referenz ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${esc(t.referenz)}</Ref></CdtrRefInf></Strd>` : ''}</RmtInf>
          </TxDtls>`).join('');
    teile.push(`
      <Ntry>
        <Amt Ccy="${whg}">${betrag}</Amt>
        <CdtDbtInd>${richtung}</CdtDbtInd>${e.storno ? '\n        <RvslInd>true</RvslInd>' : ''}
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${datum}</Dt></BookgDt>
        <ValDt><Dt>${datum}</Dt></ValDt>
        <AcctSvcrRef>${praefix}${p(i + 1, 8)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${richtung === 'CRDT' ? 'RCDT' : 'ICDT'}</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${e.transaktionen.length > 1 ? `<Btch><NbOfTxs>${e.transaktionen.length}</NbOfTxs></Btch>` : ''}${tx}
        </NtryDtls>
      </Ntry>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>GEN-${datum}-${o.anzahl}</MsgId><CreDtTm>${datum}T18:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${esc(o.auszugId ?? `GEN-${datum}`)}</Id>
      <CreDtTm>${datum}T18:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${konto}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <TxsSummry><TtlNtries><NbOfNtries>${o.anzahl}</NbOfNtries></TtlNtries></TxsSummry>${teile.join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
  return { xml, eintraege: o.anzahl, transaktionen, summeHaben: haben.toFixed(2), summeSoll: soll.toFixed(2) };
}
