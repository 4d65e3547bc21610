// Start-up failures in one line for the user: what is wrong and what to do. No stack trace: these
// are the user's settings or surroundings (a port taken, a database that does not answer), not bugs.
// Anything not recognised still gets one line, with its message.
import { ConfigError, describeDatabase, loadConfig, type Config } from '../config.js';
import { openDatabase, type Database, type DatabaseTarget } from '../db/database.js';

type Shape = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** The codes of an error and of the errors it wraps (pg's AggregateError for IPv4 and IPv6, causes). */
function codes(error: unknown): string[] {
  const out: string[] = [];
  const todo = [error];
  const seen = new Set<unknown>();
  while (todo.length) {
    const e = todo.pop() as Shape | null;
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    if (typeof e.code === 'string') out.push(e.code);
    todo.push(e.cause);
    if (Array.isArray(e.errors)) todo.push(...e.errors);
  }
  return out;
}

const einzeilig = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The message for a failure while listening on `port`. */
export function portFehler(error: unknown, port: number): string {
  const c = codes(error);
  if (c.includes('EADDRINUSE')) return `Fehler: Port ${port} ist schon belegt (läuft der Server schon?). Den anderen Prozess beenden oder einen anderen Port wählen, z. B. PORT=${port === 4000 ? 4001 : 4000} npm start.`;
  if (c.includes('EACCES')) return `Fehler: Port ${port} darf dieser Benutzer nicht öffnen (Ports unter 1024 brauchen Root-Rechte). Einen Port ab 1024 wählen, z. B. PORT=4000 npm start.`;
  if (c.includes('EADDRNOTAVAIL')) return `Fehler: Port ${port}: die Adresse gibt es auf diesem Rechner nicht. Einen anderen Port oder Rechner wählen.`;
  return `Fehler: Der Server kann auf Port ${port} nicht lauschen: ${einzeilig(String((error as Shape)?.message ?? error))}`;
}

/** The message for a failure before the server listens: configuration, database. */
export function startFehler(error: unknown, database?: DatabaseTarget): string {
  if (error instanceof ConfigError) {
    return `Fehler: Ungültige Einstellung: ${error.issues.map((i) => `${i.variable} ${i.message}`).join('; ')}. Bitte die Umgebungsvariable korrigieren (siehe README, Abschnitt Configuration).`;
  }
  if (database?.kind === 'postgresql') {
    const wo = describeDatabase(database);
    const c = codes(error);
    const grund =
      c.includes('ECONNREFUSED') ? 'nimmt keine Verbindung an (läuft PostgreSQL dort?)'
      : c.includes('ENOTFOUND') || c.includes('EAI_AGAIN') ? 'hat einen Rechnernamen, den es nicht gibt'
      : c.includes('ETIMEDOUT') || c.includes('EHOSTUNREACH') || c.includes('ENETUNREACH') || /timeout|terminated/i.test(String((error as Shape)?.message))
        ? 'antwortet nicht oder bricht die Verbindung ab (Rechner, Netz oder Server nicht erreichbar)'
      : c.includes('28P01') || c.includes('28000') ? 'lehnt die Anmeldung ab (Benutzer oder Passwort falsch)'
      : c.includes('3D000') ? 'hat diese Datenbank nicht (erst anlegen: createdb)'
      : null;
    if (grund) return `Fehler: Die Datenbank (${wo}) ${grund}. DATABASE_URL prüfen oder die Datenbank starten.`;
    return `Fehler: Die Datenbank (${wo}) lässt sich nicht öffnen: ${einzeilig(String((error as Shape)?.message ?? error))}. DATABASE_URL prüfen.`;
  }
  return `Fehler: ${einzeilig(String((error as Shape)?.message ?? error))}`;
}

/** For the CLI commands: the settings, or one line on stderr and exit code 1, as at the server's start. */
export function konfigOderEnde(): Config {
  try {
    return loadConfig();
  } catch (error) {
    console.error(startFehler(error));
    process.exit(1);
  }
}

/**
 * For the CLI commands (migrate, create-api-key): the settings and the database the server would
 * use, or one line on stderr and exit code 1, as at the server's start.
 */
export async function konfigUndDatenbankOderEnde(): Promise<{ config: Config; db: Database }> {
  const config = konfigOderEnde();
  const db = await openDatabase(config.database).catch((error: unknown) => {
    console.error(startFehler(error, config.database));
    process.exit(1);
  });
  return { config, db };
}
