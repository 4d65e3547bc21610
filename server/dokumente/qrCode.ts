// Draws an EPC QR code ("Zahlen mit Code") into a pdfkit document as vector squares: sharp at any
// print size, and the same bytes for the same payload (no embedded raster image). Error correction
// level M, as EPC069-12 requires; the quiet zone (4 modules) is left white around it.
import QRCode from 'qrcode';

type PdfDoc = PDFKit.PDFDocument;

/** Draws the code with its top-left corner at (x, y), `groesse` points wide including the quiet zone, and the label under it. */
export function zeichneZahlenMitCode(doc: PdfDoc, payload: string, x: number, y: number, groesse = 120): void {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const modul = groesse / (n + 8);
  doc.save();
  doc.rect(x, y, groesse, groesse).fill('#ffffff');
  doc.fillColor('#000000');
  for (let zeile = 0; zeile < n; zeile++) {
    // Runs of dark modules in a row as one rectangle: fewer path operations, same picture.
    let start = -1;
    for (let spalte = 0; spalte <= n; spalte++) {
      const dunkel = spalte < n && qr.modules.get(zeile, spalte) === 1;
      if (dunkel && start < 0) start = spalte;
      if (!dunkel && start >= 0) {
        doc.rect(x + (4 + start) * modul, y + (4 + zeile) * modul, (spalte - start) * modul, modul);
        start = -1;
      }
    }
  }
  doc.fill('#000000');
  doc.restore();
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#000000').text('Zahlen mit Code', x, y + groesse + 2, { width: groesse, align: 'center' });
}
