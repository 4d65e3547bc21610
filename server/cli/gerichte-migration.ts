// npm run gerichte:migration: writes the court register (server/gericht/data/gerichte.json) as a
// new data migration. The register is shared by all offices (kanzleiId NULL); re-running after an
// edit of the JSON updates existing courts by Kurzbezeichnung and adds new ones.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { migrationsDir } from '../db/migrationFiles.js';

const gericht = z.object({
  kurzbezeichnung: z.string().min(1).max(40),
  name: z.string().min(1),
  art: z.enum(['OGH', 'OLG', 'LG', 'BG', 'SONDERGERICHT', 'BEHOERDE']),
  strasse: z.string().nullable(),
  plz: z.string().regex(/^\d{4}$/),
  ort: z.string().min(1),
  bundesland: z.string().nullable(),
});
const register = z.array(gericht).parse(JSON.parse(readFileSync(new URL('../gericht/data/gerichte.json', import.meta.url), 'utf8')));

const lit = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
const rows = register.map((g) => `  (gen_random_uuid(), NULL, ${lit(g.kurzbezeichnung)}, ${lit(g.name)}, '${g.art}', ${lit(g.strasse)}, ${lit(g.plz)}, ${lit(g.ort)}, ${lit(g.bundesland)})`);
const sql = `-- The shared court register (${register.length} courts), from server/gericht/data/gerichte.json.
INSERT INTO "Gericht" ("id", "kanzleiId", "kurzbezeichnung", "name", "art", "strasse", "plz", "ort", "bundesland") VALUES
${rows.join(',\n')}
ON CONFLICT ("kurzbezeichnung") WHERE "kanzleiId" IS NULL DO UPDATE SET
  "name" = EXCLUDED."name", "art" = EXCLUDED."art", "strasse" = EXCLUDED."strasse",
  "plz" = EXCLUDED."plz", "ort" = EXCLUDED."ort", "bundesland" = EXCLUDED."bundesland";
`;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(migrationsDir, `${stamp}_gerichte_register`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`Wrote ${dir}/migration.sql`);
