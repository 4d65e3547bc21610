// The EPC QR payload (EPC069-12, version 002) line by line, and the drawn code read back from a
// rendered PDF page.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { EpcQrError, epcQrPayload } from '../server/domain/epcQr.js';
import { zeichneZahlenMitCode } from '../server/dokumente/qrCode.js';
import { qrCodesAusPdf, textAusPdf } from './support/qrAusPdf.js';

const basis = {
  empfaenger: 'Kanzlei Dr. Müller',
  iban: 'AT61 1904 3002 3457 3201',
  betrag: '1625.12',
  // ISO 11649's own example of a valid reference.
  rfReferenz: 'RF18 5390 0754 7034',
};

describe('epcQrPayload', () => {
  it('writes the twelve lines of version 002 with the BIC, the amount with a point and the RF reference in line 10', () => {
    expect(epcQrPayload({ ...basis, bic: 'bkauatww', hinweis: 'Honorarnote 2026-0007' }).split('\n')).toEqual([
      'BCD', '002', '1', 'SCT', 'BKAUATWW', 'Kanzlei Dr. Müller', 'AT611904300234573201', 'EUR1625.12', '', 'RF18539007547034', '', 'Honorarnote 2026-0007',
    ]);
  });

  it('leaves the BIC line empty without a BIC and drops trailing empty lines', () => {
    expect(epcQrPayload(basis)).toBe('BCD\n002\n1\nSCT\n\nKanzlei Dr. Müller\nAT611904300234573201\nEUR1625.12\n\nRF18539007547034');
  });

  it('writes whole euros and cents with two decimals', () => {
    expect(epcQrPayload({ ...basis, betrag: '7' }).split('\n')[7]).toBe('EUR7.00');
    expect(epcQrPayload({ ...basis, betrag: '0.01' }).split('\n')[7]).toBe('EUR0.01');
    expect(epcQrPayload({ ...basis, betrag: '999999999.99' }).split('\n')[7]).toBe('EUR999999999.99');
  });

  it('refuses what a banking app would refuse', () => {
    for (const falsch of [
      { betrag: '0' }, { betrag: '-5.00' }, { betrag: '0.001' }, { betrag: '1000000000.00' },
      { iban: 'AT61 1904 3002 3457 3202' }, { bic: 'BKAU' }, { rfReferenz: 'RF19539007547034' }, { empfaenger: ' \n ' },
    ]) {
      expect(() => epcQrPayload({ ...basis, ...falsch }), JSON.stringify(falsch)).toThrow(EpcQrError);
    }
  });

  it('cuts the name at 70 characters and keeps each field on its line', () => {
    const zeilen = epcQrPayload({ ...basis, empfaenger: `Kanzlei\nMüller ${'x'.repeat(100)}` }).split('\n');
    expect(zeilen).toHaveLength(10);
    expect(zeilen[5]).toBe(`Kanzlei Müller ${'x'.repeat(55)}`);
    expect([...zeilen[5]!]).toHaveLength(70);
  });

  it('refuses a payload over 331 bytes (UTF-8 counts ü as two)', () => {
    expect(() => epcQrPayload({ ...basis, empfaenger: 'ü'.repeat(70), hinweis: 'ü'.repeat(70) })).toThrow(/331 Bytes/);
  });
});

describe('zeichneZahlenMitCode', () => {
  it('draws a code that a reader decodes from the rendered page to exactly the payload, labelled "Zahlen mit Code"', async () => {
    const payload = epcQrPayload({ ...basis, bic: 'BKAUATWW', hinweis: 'Honorarnote 2026-0007' });
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const fertig = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.text('Testseite');
    zeichneZahlenMitCode(doc, payload, 400, 600);
    doc.end();
    const pdf = await fertig;
    expect(await qrCodesAusPdf(pdf)).toEqual([payload]);
    expect(textAusPdf(pdf)).toContain('Zahlen mit Code');
  });
});
