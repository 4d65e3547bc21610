// npm run create-api-key -- --kanzlei <name> --benutzer <Kürzel> [--rolle …] [--name "…"] [--partner true]
// npm run create-api-key -- --neue-kanzlei <name> --benutzer <Kürzel> …   (creates the office)
// Creates the user if missing and prints only the new key (on stdout). The office must exist
// (--kanzlei) or must not yet exist (--neue-kanzlei): a typo in an office's name is an error that
// lists the existing ones, never a new, empty office with an ADMIN key.
// Uses the same database as the server (DATABASE_URL, else the embedded one in DATA_DIR).
import { z } from 'zod';
import { KanzleiAngabeError, provisionApiKey } from '../services/kanzleien.js';
import { parseFlags } from './args.js';
import { konfigUndDatenbankOderEnde } from './startFehler.js';

const usage = `Aufruf: npm run create-api-key -- (--kanzlei <Name> | --neue-kanzlei <Name>) --benutzer <Kürzel> [Optionen]

Erzeugt einen API-Schlüssel und gibt nur ihn aus (auf stdout). Der Benutzer wird angelegt, wenn es ihn
in der Kanzlei noch nicht gibt.

  --kanzlei <Name>        eine bestehende Kanzlei (genau ihr Name)
  --neue-kanzlei <Name>   legt die Kanzlei neu an (Fehler, wenn es sie schon gibt)
  --benutzer <Kürzel>     Kürzel des Benutzers, 1–10 Zeichen
  --rolle <Rolle>         ADMIN (Vorgabe für neue Benutzer), ANWALT oder SACHBEARBEITER
  --name "<Name>"         voller Name eines neuen Benutzers (Vorgabe: das Kürzel)
  --partner true          Partner-Schlüssel: nur die persistierten Operationen des SDK
  --help                  diese Hilfe

Datenbank wie der Server: DATABASE_URL, sonst die eingebettete in DATA_DIR (Vorgabe ./data; den
Server vorher beenden).`;

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(usage);
  process.exit(0);
}

const flags = z
  .object({
    kanzlei: z.string().trim().min(1).max(200).optional(),
    'neue-kanzlei': z.string().trim().min(1).max(200).optional(),
    benutzer: z.string().trim().min(1).max(10),
    rolle: z.enum(['ADMIN', 'ANWALT', 'SACHBEARBEITER']).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    partner: z.enum(['true', 'false']).optional(),
  })
  .strict()
  .refine((f) => (f.kanzlei === undefined) !== (f['neue-kanzlei'] === undefined), {
    message: 'genau eines von --kanzlei (bestehende Kanzlei) oder --neue-kanzlei (neue Kanzlei) angeben',
    path: ['kanzlei'],
  });

const fehlerText = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'unrecognized_keys') return `unbekannte Option ${issue.keys.map((k) => `--${k}`).join(', ')}`;
  const flag = `--${issue.path.join('.')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${flag} fehlt`;
  return `${flag}: ${issue.message}`;
};

let args: z.infer<typeof flags>;
try {
  args = flags.parse(parseFlags(argv));
} catch (error) {
  console.error(`Fehler: ${error instanceof z.ZodError ? error.issues.map(fehlerText).join('; ') : error instanceof Error ? error.message : String(error)}`);
  console.error(usage);
  process.exit(2);
}

const { db } = await konfigUndDatenbankOderEnde();
try {
  const neu = args['neue-kanzlei'] !== undefined;
  const { key } = await provisionApiKey(db.prisma, {
    kanzlei: (args['neue-kanzlei'] ?? args.kanzlei)!,
    kanzleiModus: neu ? 'neu' : 'bestehend',
    kuerzel: args.benutzer, rolle: args.rolle, name: args.name, partner: args.partner === 'true',
  });
  console.log(key);
} catch (error) {
  if (!(error instanceof KanzleiAngabeError)) throw error;
  const liste = error.vorhandene.length ? `Vorhandene Kanzleien: ${error.vorhandene.map((n) => `"${n}"`).join(', ')}.` : 'Es gibt noch keine Kanzlei.';
  const rat = args['neue-kanzlei'] !== undefined ? `Für einen weiteren Schlüssel: --kanzlei "${args['neue-kanzlei']}".` : 'Eine neue Kanzlei legt --neue-kanzlei "<Name>" an.';
  console.error(`Fehler: ${error.message} ${liste} ${rat}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
