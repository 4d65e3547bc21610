// npm run migrate-to-postgres -- --ziel postgresql://… [--ueberschreiben]
// Moves the embedded database (DATA_DIR) into PostgreSQL, checks the copy (rows, checksums, API
// answers) and prints the DATABASE_URL to start the server with. The server must be stopped.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeDatabase } from '../config.js';
import { SicherungsDateiError } from '../sicherung/datei.js';
import { zieheNachPostgres } from '../sicherung/umzug.js';
import { ZielError } from '../sicherung/wiederherstellen.js';
import { flagsOderEnde, fortschrittsZeile, groesse, zeilenTabelle } from './sicherungsAusgabe.js';
import { konfigOderEnde, startFehler } from './startFehler.js';

const usage = `Aufruf: npm run migrate-to-postgres -- --ziel postgresql://benutzer@rechner:5432/datenbank [--ueberschreiben]

Zieht die eingebettete Datenbank (DATA_DIR, Vorgabe ./data) nach PostgreSQL um: alle Kanzleien mit
Rechnungsnummern, Audit-Trail, Tarifen und API-Schlüsseln. Danach wird geprüft, dass jede Tabelle
dieselben Zeilen hat (Anzahl und Prüfsumme jeder Zeile) und die API dasselbe antwortet (Dashboard,
Mahnkosten, Honorarnoten als PDF und E-Rechnung). Den Server vorher beenden. Der Datenordner bleibt
unverändert; die Zieldatenbank wird angelegt, wenn es sie nicht gibt, und muss sonst leer sein.

  --ziel <URL>        die PostgreSQL-Datenbank (postgresql://…)
  --ueberschreiben    den Inhalt einer nicht leeren Zieldatenbank ersetzen
  --help              diese Hilfe`;

const args = flagsOderEnde(
  process.argv.slice(2),
  z.object({
    ziel: z.string().max(2048).regex(/^postgres(ql)?:\/\/[^\s]+$/, 'eine PostgreSQL-URL (postgresql://benutzer@rechner:5432/datenbank)'),
    ueberschreiben: z.literal(true).optional(),
  }).strict(),
  usage,
);

const config = konfigOderEnde();
if (config.database.kind !== 'pglite') {
  console.error('Fehler: DATABASE_URL ist gesetzt: der Server läuft schon auf PostgreSQL. Für den Umzug DATABASE_URL weglassen (Quelle ist DATA_DIR).');
  process.exit(1);
}
const dataDir = resolve(config.database.dataDir!);
if (!existsSync(`${dataDir}/PG_VERSION`)) {
  console.error(`Fehler: In ${dataDir} ist keine eingebettete Datenbank (DATA_DIR prüfen).`);
  process.exit(1);
}
const ziel = { kind: 'postgresql' as const, url: args.ziel };
const p = fortschrittsZeile();
const start = Date.now();
try {
  p.zeile(`Umzug von ${dataDir} nach ${describeDatabase(ziel)} …`);
  const { kopf, antworten, groesse: bytes } = await zieheNachPostgres(dataDir, args.ziel, { ueberschreiben: args.ueberschreiben, fortschritt: p.zeile });
  p.fertig();
  console.log(`Umgezogen nach ${describeDatabase(ziel)} in ${((Date.now() - start) / 1000).toFixed(1)} s (${groesse(bytes)}, Schema ${kopf.schema}).`);
  console.log(zeilenTabelle(kopf));
  console.log(`Geprüft: jede Tabelle hat dieselben Zeilen (Anzahl und Prüfsumme), jede Sequenz denselben Stand, und ${antworten} Antworten der API sind gleich.`);
  console.log('Den Server ab jetzt so starten:');
  console.log(`  DATABASE_URL=${args.ziel} npm start`);
  console.log(`Der Datenordner ${dataDir} ist unverändert; nach dem Umzug nicht mehr mit ihm starten (sonst laufen zwei Datenbestände auseinander).`);
} catch (error) {
  p.fertig();
  const eigene = error instanceof Error && (error instanceof SicherungsDateiError || error instanceof ZielError || error.name === 'UmzugError' || /wird von Prozess/.test(error.message));
  console.error(eigene ? `Fehler: ${(error as Error).message}` : startFehler(error, ziel));
  process.exit(1);
}
