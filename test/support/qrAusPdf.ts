// Reads QR codes the way a phone does: renders a page of the PDF to pixels (MuPDF, compiled to
// WebAssembly) and decodes every QR code in the picture (ZXing, WebAssembly). Nothing of the
// payload the server built is looked at, so a code that is drawn wrong fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as mupdf from 'mupdf';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

// ZXing fetches its .wasm from a CDN by default; the office network (and CI) has no internet.
const require = createRequire(import.meta.url);
let bereit: Promise<unknown> | null = null;
const zxing = () =>
  (bereit ??= prepareZXingModule({
    overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
    fireImmediately: true,
  }));

/** The texts of all QR codes on page `seite` (0-based) of the PDF, rendered at `dpi`. */
export async function qrCodesAusPdf(pdf: Uint8Array, seite = 0, dpi = 200): Promise<string[]> {
  await zxing();
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const page = doc.loadPage(seite);
    const pixmap = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false, true);
    const png = pixmap.asPNG();
    const gefunden = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
    return gefunden.filter((b) => b.isValid).map((b) => b.text);
  } finally {
    doc.destroy();
  }
}

/** The text of page `seite` as MuPDF extracts it (lines in reading order). */
export function textAusPdf(pdf: Uint8Array, seite = 0): string {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    return doc.loadPage(seite).toStructuredText('preserve-whitespace').asText();
  } finally {
    doc.destroy();
  }
}
