// The committed migrations: prisma/migrations/<timestamp>_<name>/migration.sql, in name order.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const migrationsDir = resolve(fileURLToPath(import.meta.url), '../../../prisma/migrations');
export const schemaPath = resolve(migrationsDir, '../schema.prisma');

export interface MigrationFile {
  name: string;
  sql: string;
  /** Hex SHA-256 of the SQL: the checksum Prisma records in `_prisma_migrations`. */
  checksum: string;
}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}
