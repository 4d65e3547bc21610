// npm run bench:kontoauszug-parse: prints figures, asserts nothing. The pure parser alone (no
// database): a generated 10 000-entry camt.053.001.02 (test/support/kontoauszugGenerator.ts, every
// 10th entry a batch of three) parsed several times; the import helper measures the whole import.
// ANZAHL=50000 npm run bench:kontoauszug-parse for another size.
import { parseKontoauszug } from '../server/domain/kontoauszug/index.js';
import { erzeugeCamt053 } from '../test/support/kontoauszugGenerator.js';

const anzahl = Number(process.env.ANZAHL ?? 10_000);
const runden = Number(process.env.RUNDEN ?? 5);
const t0 = performance.now();
const { xml, transaktionen } = erzeugeCamt053({ anzahl });
const erzeugt = performance.now() - t0;
const mb = Buffer.byteLength(xml, 'utf8') / (1024 * 1024);
console.log(`camt.053.001.02: ${anzahl} Ntry, ${transaktionen} TxDtls, ${mb.toFixed(1)} MB (erzeugt in ${erzeugt.toFixed(0)} ms)`);

const zeiten: number[] = [];
for (let r = 0; r < runden; r++) {
  const start = performance.now();
  const auszug = parseKontoauszug('CAMT053', xml);
  zeiten.push(performance.now() - start);
  if (auszug.eintraege.length !== anzahl) throw new Error(`${auszug.eintraege.length} statt ${anzahl} Einträge gelesen`);
}
zeiten.sort((a, b) => a - b);
const median = zeiten[Math.floor(zeiten.length / 2)]!;
console.log(`parseKontoauszug: Median ${median.toFixed(0)} ms, bester ${zeiten[0]!.toFixed(0)} ms, schlechtester ${zeiten.at(-1)!.toFixed(0)} ms über ${runden} Runden`);
console.log(`≈ ${((anzahl / median) * 1000).toFixed(0)} Einträge/s, Heap ${(process.memoryUsage().heapUsed / (1024 * 1024)).toFixed(0)} MB`);
