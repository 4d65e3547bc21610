// npm run backup -- --ziel <Datei> [--ueberschreiben]
// A consistent backup of the whole database (every office) while the server runs: of PostgreSQL
// (DATABASE_URL) with the machine's pg_dump, of the embedded database (DATA_DIR) through the running
// server, or directly when no server runs. Written to a temporary file and renamed when complete.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { describeDatabase } from '../config.js';
import { lockDataDir } from '../db/dataDirLock.js';
import { PGlite } from '@electric-sql/pglite';
import { erstelleSicherung } from '../sicherung/erstellen.js';
import { leseSicherungsDatei } from '../sicherung/datei.js';
import { sicherungVomServer } from '../sicherung/socket.js';
import { flagsOderEnde, fortschrittsZeile, groesse, zeilenTabelle } from './sicherungsAusgabe.js';
import { konfigOderEnde, startFehler } from './startFehler.js';

const usage = `Aufruf: npm run backup -- --ziel <Datei> [--ueberschreiben]

Sichert die ganze Datenbank (alle Kanzleien) in eine Datei, auch während der Server läuft:
PostgreSQL (DATABASE_URL) mit pg_dump, die eingebettete Datenbank (DATA_DIR) über den laufenden
Server oder, wenn keiner läuft, direkt. Die Datei ist ein SQL-Skript (psql kann es lesen) mit
Schemastand, Zeilenzahlen und Prüfsummen; npm run restore spielt es zurück.

  --ziel <Datei>      wohin die Sicherung geschrieben wird
  --ueberschreiben    eine vorhandene Datei ersetzen
  --help              diese Hilfe

Die Sicherung enthält alle personenbezogenen Daten der Kanzleien: so sicher aufbewahren wie die Datenbank.`;

const args = flagsOderEnde(process.argv.slice(2), z.object({ ziel: z.string().min(1).max(4096), ueberschreiben: z.literal(true).optional() }).strict(), usage);

if (existsSync(args.ziel) && !args.ueberschreiben) {
  console.error(`Fehler: ${args.ziel} gibt es schon. Einen anderen Namen wählen oder --ueberschreiben.`);
  process.exit(1);
}

const config = konfigOderEnde();
const { database } = config;
const p = fortschrittsZeile();
const teil = `${args.ziel}.teil-${process.pid}`;
try {
  let datei: Buffer;
  if (database.kind === 'postgresql') {
    p.zeile(`Sicherung von ${describeDatabase(database)} …`);
    datei = (await erstelleSicherung({ kind: 'postgresql', url: database.url }, p.zeile)).datei;
  } else {
    const dataDir = database.dataDir!;
    if (!existsSync(`${dataDir}/PG_VERSION`)) throw new Error(`In ${dataDir} ist keine eingebettete Datenbank (DATA_DIR prüfen).`);
    p.zeile(`Sicherung über den laufenden Server (${dataDir}) …`);
    const vomServer = await sicherungVomServer(dataDir);
    if (vomServer) datei = vomServer;
    else {
      // No server: the data folder is ours for the moment (a server starting meanwhile waits for nothing: it refuses).
      const unlock = lockDataDir(dataDir);
      const pglite = new PGlite(dataDir);
      try {
        datei = (await erstelleSicherung({ kind: 'pglite', pglite }, p.zeile)).datei;
      } finally {
        await pglite.close();
        unlock();
      }
    }
  }
  writeFileSync(teil, datei, { flush: true });
  renameSync(teil, args.ziel);
  p.fertig();
  const { kopf } = leseSicherungsDatei(datei);
  const summe = Object.values(kopf.tabellen).reduce((s, t) => s + t.zeilen, 0);
  console.log(`Sicherung ${args.ziel}: ${groesse(statSync(args.ziel).size)}, ${summe} Zeilen in ${Object.keys(kopf.tabellen).length} Tabellen, Schema ${kopf.schema} (${kopf.quelle}, ${kopf.erstellt}).`);
  console.log(zeilenTabelle(kopf));
} catch (error) {
  p.fertig();
  rmSync(teil, { force: true });
  console.error(database.kind === 'postgresql' && !(error instanceof Error && error.name === 'SicherungError') ? startFehler(error, database) : `Fehler: ${(error as Error).message}`);
  process.exit(1);
}
