// npm run create-api-key -- --kanzlei <name> --benutzer <Kürzel> [--rolle ADMIN|ANWALT|SACHBEARBEITER] [--name "Full Name"] [--partner true]
// (--partner true: a partner key that may run only the SDK's persisted operations)
// Creates the office and the user if missing, and prints only the new key (on stdout).
// Uses the same database as the server (DATABASE_URL, else the embedded one in DATA_DIR).
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { provisionApiKey } from '../services/kanzleien.js';
import { parseFlags } from './args.js';

const usage = 'usage: npm run create-api-key -- --kanzlei <name> --benutzer <Kürzel> [--rolle ADMIN|ANWALT|SACHBEARBEITER] [--name "Full Name"] [--partner true]';

const flags = z.object({
  kanzlei: z.string().trim().min(1).max(200),
  benutzer: z.string().trim().min(1).max(10),
  rolle: z.enum(['ADMIN', 'ANWALT', 'SACHBEARBEITER']).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  partner: z.enum(['true', 'false']).optional(),
});

let args: z.infer<typeof flags>;
try {
  args = flags.parse(parseFlags(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof z.ZodError ? error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') : String(error));
  console.error(usage);
  process.exit(2);
}

const db = await openDatabase(loadConfig().database);
try {
  const { key } = await provisionApiKey(db.prisma, { kanzlei: args.kanzlei, kuerzel: args.benutzer, rolle: args.rolle, name: args.name, partner: args.partner === 'true' });
  console.log(key);
} finally {
  await db.close();
}
