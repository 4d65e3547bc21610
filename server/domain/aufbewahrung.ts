// Retention of an archived Akt (lifecycle.md, Austria). Pure.
//  - RAO § 12 (2): files 5 years after the representation ends.
//  - BAO § 132: books, records and receipts (invoices, payments) 7 years from the end of the
//    calendar year in which they arose.
//  - A legal hold set by the office (pending proceedings, tax audit) keeps it at least that long.
// The deadline is the latest that applies. (RAO § 12 (3)'s anti-money-laundering records are
// covered by the 5 years after the mandate, as they end with it.)

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function plusJahre(d: Date, years: number): Date {
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

export interface Aufbewahrung {
  bis: Date;
  gruende: string[];
}

export function aufbewahrenBis(args: { endeVertretung: Date; belege: Date[]; rechtlicheSperreBis: Date | null }): Aufbewahrung {
  const kandidaten: { bis: Date; grund: string }[] = [
    { bis: plusJahre(args.endeVertretung, 5), grund: 'RAO § 12 (2): 5 Jahre nach Ende der Vertretung' },
  ];
  const letzterBeleg = args.belege.reduce<Date | null>((m, d) => (!m || d > m ? d : m), null);
  if (letzterBeleg) {
    kandidaten.push({ bis: new Date(Date.UTC(letzterBeleg.getUTCFullYear() + 7, 11, 31)), grund: 'BAO § 132: 7 Jahre ab Ende des Jahres der letzten Rechnung/Zahlung' });
  }
  if (args.rechtlicheSperreBis) kandidaten.push({ bis: args.rechtlicheSperreBis, grund: 'rechtliche Sperre (Legal Hold)' });
  const bis = kandidaten.reduce((m, k) => (k.bis > m ? k.bis : m), kandidaten[0]!.bis);
  return { bis, gruende: kandidaten.filter((k) => k.bis.getTime() === bis.getTime()).map((k) => k.grund) };
}
