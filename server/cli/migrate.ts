// npm run migrate: applies the committed migrations to the database the server would use
// (DATABASE_URL, else the embedded one in DATA_DIR) and nothing else. Safe to run from several
// instances at once: they take turns on an advisory lock.
import { describeDatabase, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

const config = loadConfig();
const db = await openDatabase(config.database);
await db.close();
const { applied } = db.migration;
console.log(
  applied.length
    ? `Applied to ${describeDatabase(config.database)}: ${applied.join(', ')}`
    : `${describeDatabase(config.database)} is up to date.`,
);
