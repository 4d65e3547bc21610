// What the office's PDFs share: an A4 document dated by the document itself (so the same content
// gives the same bytes), the letterhead, and Austrian dates and amounts on paper.
import PDFDocument from 'pdfkit';
import { formatDecimal, type DecimalLike } from '../domain/money.js';

/** "1234.50" → "1.234,50": Austrian number format on paper. */
export const euro = (v: DecimalLike) => {
  const [ganz, cent] = formatDecimal(v).split('.');
  const neg = ganz!.startsWith('-');
  const ziffern = neg ? ganz!.slice(1) : ganz!;
  return `${neg ? '-' : ''}${ziffern.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cent}`;
};

/** "2026-11-26" → "26.11.2026". */
export const datumAT = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** A new A4 page with the document's own date as the PDF's dates, and the promise of its bytes once `doc.end()` is called. */
export function neuesDokument(titel: string, autor: string, datum: string): { doc: PDFKit.PDFDocument; fertig: Promise<Buffer> } {
  const am = new Date(`${datum}T00:00:00Z`);
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: titel, Author: autor, CreationDate: am, ModDate: am } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const fertig = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, fertig };
}

/** The office's name, address, phone · e-mail and UID at the top of the page. */
export function briefkopf(doc: PDFKit.PDFDocument, k: { name: string; anschrift: string | null; telefon: string | null; email: string | null; uid: string | null }): void {
  doc.font('Helvetica-Bold').fontSize(14).text(k.name);
  doc.font('Helvetica').fontSize(9);
  for (const zeile of [k.anschrift, [k.telefon, k.email].filter(Boolean).join(' · '), k.uid && `UID: ${k.uid}`]) {
    if (zeile) doc.text(zeile);
  }
  doc.moveDown(2);
}
