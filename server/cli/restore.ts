// npm run restore -- --quelle <Datei> [--ueberschreiben]
// Restores a backup into the database the server would use (DATABASE_URL, else DATA_DIR), which
// must be empty unless --ueberschreiben. All or nothing; then the migrations bring it up to date.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { describeDatabase } from '../config.js';
import { SicherungsDateiError } from '../sicherung/datei.js';
import { NachzugError, stelleWiederHer, ZielError } from '../sicherung/wiederherstellen.js';
import { flagsOderEnde, fortschrittsZeile, zeilenTabelle } from './sicherungsAusgabe.js';
import { konfigOderEnde, startFehler } from './startFehler.js';

const usage = `Aufruf: npm run restore -- --quelle <Datei> [--ueberschreiben]

Spielt eine Sicherung (npm run backup) in die Datenbank des Servers zurück: PostgreSQL
(DATABASE_URL; die Datenbank wird angelegt, wenn es sie nicht gibt) oder die eingebettete in
DATA_DIR. Das Ziel muss leer sein. Alles oder nichts: scheitert etwas, bleibt das Ziel, wie es war.
Danach bringen die Migrationen eine ältere Sicherung auf den Stand dieses Programms.

  --quelle <Datei>    die Sicherungsdatei
  --ueberschreiben    den Inhalt einer nicht leeren Zieldatenbank ersetzen (den Server vorher beenden)
  --help              diese Hilfe`;

const args = flagsOderEnde(process.argv.slice(2), z.object({ quelle: z.string().min(1).max(4096), ueberschreiben: z.literal(true).optional() }).strict(), usage);

if (!existsSync(args.quelle) || !statSync(args.quelle).isFile()) {
  console.error(`Fehler: Die Datei ${args.quelle} gibt es nicht.`);
  process.exit(1);
}
const config = konfigOderEnde();
const { database } = config;
const p = fortschrittsZeile();
try {
  p.zeile(`Wiederherstellung nach ${describeDatabase(database)} …`);
  const ziel = database.kind === 'postgresql' ? { kind: 'postgresql' as const, url: database.url } : { kind: 'pglite' as const, dataDir: database.dataDir! };
  const { kopf, nachgezogen } = await stelleWiederHer(readFileSync(args.quelle), ziel, { ueberschreiben: args.ueberschreiben, fortschritt: p.zeile });
  p.fertig();
  console.log(`Wiederhergestellt nach ${describeDatabase(database)}: die Sicherung vom ${kopf.erstellt} (${kopf.quelle}, Schema ${kopf.schema}); Zeilen und Prüfsummen jeder Tabelle stimmen.`);
  console.log(zeilenTabelle(kopf));
  if (nachgezogen.length) console.log(`Migrationen nachgezogen: ${nachgezogen.join(', ')}`);
} catch (error) {
  p.fertig();
  const eigene = error instanceof SicherungsDateiError || error instanceof ZielError;
  console.error(
    error instanceof NachzugError ? `Fehler: ${error.message}`
    : eigene || database.kind !== 'postgresql' ? `Fehler: ${(error as Error).message} Es wurde nichts geschrieben.`
    : startFehler(error, database),
  );
  process.exit(1);
}
