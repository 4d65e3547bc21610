// Builds camt.053.001.02 test files (BkToCstmrStmt/Stmt) from a few facts per entry, so tests can
// put RF references made at runtime into a statement. Only what the import reads is written.

export interface CamtTx {
  betrag: string;
  rf?: string;
  text?: string;
  zahler?: string;
  zahlerIban?: string;
}

export interface CamtEntry {
  ref: string;
  betrag?: string;
  waehrung?: string;
  richtung?: 'CRDT' | 'DBIT';
  buchungsdatum?: string;
  valutadatum?: string;
  storno?: boolean;
  /** One or more transactions (a batch entry has several); default: one of the entry's amount. */
  tx?: CamtTx[];
  rf?: string;
  text?: string;
  zahler?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function txXml(t: CamtTx, ccy: string, batch: boolean): string {
  return `<TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          ${batch ? `<AmtDtls><TxAmt><Amt Ccy="${ccy}">${t.betrag}</Amt></TxAmt></AmtDtls>` : ''}
          ${t.zahler ? `<RltdPties><Dbtr><Nm>${esc(t.zahler)}</Nm></Dbtr>${t.zahlerIban ? `<DbtrAcct><Id><IBAN>${t.zahlerIban}</IBAN></Id></DbtrAcct>` : ''}</RltdPties>` : ''}
          ${t.rf || t.text ? `<RmtInf>${t.text ? `<Ustrd>${esc(t.text)}</Ustrd>` : ''}${t.rf ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${t.rf}</Ref></CdtrRefInf></Strd>` : ''}</RmtInf>` : ''}
        </TxDtls>`;
}

function entryXml(e: CamtEntry): string {
  const ccy = e.waehrung ?? 'EUR';
  const txs = e.tx ?? [{ betrag: e.betrag ?? '0.00', rf: e.rf, text: e.text, zahler: e.zahler }];
  const betrag = e.betrag ?? txs.reduce((s, t) => s + Math.round(Number(t.betrag) * 100), 0) / 100;
  const betragText = typeof betrag === 'number' ? betrag.toFixed(2) : betrag;
  const datum = e.buchungsdatum ?? '2026-12-01';
  return `<Ntry>
      <Amt Ccy="${ccy}">${betragText}</Amt>
      <CdtDbtInd>${e.richtung ?? 'CRDT'}</CdtDbtInd>
      ${e.storno ? '<RvslInd>true</RvslInd>' : ''}
      <Sts>BOOK</Sts>
      <BookgDt><Dt>${datum}</Dt></BookgDt>
      <ValDt><Dt>${e.valutadatum ?? datum}</Dt></ValDt>
      <AcctSvcrRef>${e.ref}</AcctSvcrRef>
      <BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>
      <NtryDtls>
        ${txs.map((t) => txXml(t, ccy, txs.length > 1)).join('\n        ')}
      </NtryDtls>
    </Ntry>`;
}

/** A camt.053.001.02 statement of `iban` with the given entries. */
export function camt053(iban: string, entries: CamtEntry[], stmtId = 'STMT-2026-12-01'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${stmtId}</MsgId><CreDtTm>2026-12-01T18:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${stmtId}</Id>
      <CreDtTm>2026-12-01T18:00:00</CreDtTm>
      <Acct><Id><IBAN>${iban.replace(/\s+/g, '')}</IBAN></Id><Ccy>EUR</Ccy></Acct>
    ${entries.map(entryXml).join('\n    ')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
