// What a parsed bank statement is, whatever the file format (camt.053, camt.054, MT940): the
// contract between the parsers (server/domain/kontoauszug/<format>.ts, pure, no database) and the
// import (server/services/kontoauszug.ts), which books, proposes or queues each incoming
// transaction. Amounts stay decimal text as written in the file (no float ever touches them).

export type KontoauszugFormat = 'CAMT053' | 'CAMT054' | 'MT940';

/** One transaction of an entry: a batch entry ("Sammelbuchung") holds several, each its own payment. */
export interface Transaktion {
  /** Position within the entry (0-based): with the entry's identity, the transaction's identity. */
  index: number;
  /** Amount of this transaction (camt `AmtDtls/TxAmt/Amt`, else the entry's amount), e.g. "1625.12". */
  betrag: string;
  waehrung: string;
  /** ISO 11649 reference as given (camt `RmtInf/Strd/CdtrRefInf/Ref`; MT940: found in `?20`–`?29`). */
  strukturierteReferenz: string | null;
  /** Unstructured remittance text (camt `RmtInf/Ustrd` joined; MT940 `?20`–`?29` joined). */
  verwendungszweck: string | null;
  /** The payer (camt `RltdPties/Dbtr/Nm`; MT940 `?32`/`?33`). */
  zahlerName: string | null;
  zahlerIban: string | null;
  endToEndId: string | null;
}

/** One entry (camt `Ntry`, MT940 `:61:` with its `:86:`). */
export interface Buchungseintrag {
  /** The bank's unique reference (camt `AcctSvcrRef`, MT940 the bank reference in `:61:` after `//`). */
  bankReferenz: string;
  /** 'CRDT' incoming, 'DBIT' outgoing (the import ignores and reports outgoing entries). */
  richtung: 'CRDT' | 'DBIT';
  /** Total of the entry, decimal text. */
  betrag: string;
  waehrung: string;
  /** ISO dates (YYYY-MM-DD). */
  buchungsdatum: string;
  valutadatum: string | null;
  /** Reversal of an earlier entry (camt `RvslInd`, MT940 `RC`/`RD`): reported, not booked. */
  storno: boolean;
  transaktionen: Transaktion[];
  /** Where it is in the file, for messages: "Ntry 3" or "Zeile 42". */
  fundstelle: string;
}

export interface Kontoauszug {
  format: KontoauszugFormat;
  /** The account the statement is for (IBAN, no spaces, upper case). */
  kontoIban: string;
  /** The statement's own id (camt `Stmt/Id` / `Ntfctn/Id`; MT940 `:20:` + `:28C:`). */
  auszugId: string;
  eintraege: Buchungseintrag[];
}

/** A file that cannot be read: nothing is imported. `fundstelle` names the line or element. */
export class KontoauszugFormatError extends Error {
  readonly fundstelle: string;
  constructor(message: string, fundstelle: string) {
    super(`${message} (${fundstelle})`);
    this.name = 'KontoauszugFormatError';
    this.fundstelle = fundstelle;
  }
}
