// npm run migrate: applies the committed migrations to the database the server would use
// (DATABASE_URL, else the embedded one in DATA_DIR) and nothing else. Safe to run from several
// instances at once: they take turns on an advisory lock. A setting or a database that fails is
// one line on stderr (as at the server's start) and exit code 1.
import { describeDatabase, loadConfig, type Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { startFehler } from './startFehler.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(startFehler(error));
  process.exit(1);
}
const db = await openDatabase(config.database).catch((error: unknown) => {
  console.error(startFehler(error, config.database));
  process.exit(1);
});
await db.close();
const { applied } = db.migration;
console.log(
  applied.length
    ? `Applied to ${describeDatabase(config.database)}: ${applied.join(', ')}`
    : `${describeDatabase(config.database)} is up to date.`,
);
