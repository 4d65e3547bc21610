// The text of a PDF as pdf.js reads it (all pages, whitespace folded): what a reader sees, not what
// the renderer was asked to write.
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const STANDARD_FONTS = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

export async function pdfText(bytes: Uint8Array): Promise<string> {
  // A copy: pdf.js takes over the buffer it is given.
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const lines: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    lines.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return lines.join('\n').replace(/\s+/g, ' ');
}
