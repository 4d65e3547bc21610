// What the backup commands share: their flags, a progress line on stderr, the summary.
import { z } from 'zod';
import type { SicherungsKopf } from '../sicherung/datei.js';
import { parseFlags } from './args.js';

/** The flags of a command, or the usage and exit code 2 (as create-api-key). */
export function flagsOderEnde<T extends z.ZodType>(argv: string[], schema: T, usage: string): z.infer<T> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    // `--ueberschreiben` stands alone: it takes no value.
    const ohneSchalter = argv.filter((a) => a !== '--ueberschreiben');
    return schema.parse({ ...parseFlags(ohneSchalter), ...(ohneSchalter.length < argv.length ? { ueberschreiben: true } : {}) });
  } catch (error) {
    const text = error instanceof z.ZodError
      ? error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unbekannte Option ${i.keys.map((k) => `--${k}`).join(', ')}` : `--${i.path.join('.')}: ${i.code === 'invalid_type' && i.input === undefined ? 'fehlt' : i.message}`)).join('; ')
      : error instanceof Error ? error.message : String(error);
    console.error(`Fehler: ${text}`);
    console.error(usage);
    process.exit(2);
  }
}

/** A progress line: rewritten in place on a terminal, one line each otherwise. */
export function fortschrittsZeile(): { zeile: (text: string) => void; fertig: () => void } {
  const start = Date.now();
  const tty = process.stderr.isTTY;
  let offen = false;
  return {
    zeile: (text) => {
      const s = `[${((Date.now() - start) / 1000).toFixed(1)} s] ${text}`;
      if (tty) { process.stderr.write(`\r\x1b[2K${s}`); offen = true; } else process.stderr.write(`${s}\n`);
    },
    fertig: () => { if (offen) process.stderr.write('\n'); },
  };
}

export const groesse = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);

/** The row counts per table, as a table for the terminal. */
export function zeilenTabelle(kopf: SicherungsKopf): string {
  const namen = Object.keys(kopf.tabellen);
  const breite = Math.max(...namen.map((n) => n.length));
  const summe = namen.reduce((s, n) => s + kopf.tabellen[n]!.zeilen, 0);
  return [...namen.map((n) => `  ${n.padEnd(breite)}  ${String(kopf.tabellen[n]!.zeilen).padStart(9)}`), `  ${'zusammen'.padEnd(breite)}  ${String(summe).padStart(9)}`].join('\n');
}
