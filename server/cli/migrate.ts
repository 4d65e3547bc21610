// npm run migrate: applies the committed migrations to the database the server would use
// (DATABASE_URL, else the embedded one in DATA_DIR) and nothing else. Safe to run from several
// instances at once: they take turns on an advisory lock. A setting or a database that fails is
// one line on stderr (as at the server's start) and exit code 1.
import { describeDatabase } from '../config.js';
import { konfigUndDatenbankOderEnde } from './startFehler.js';

const { config, db } = await konfigUndDatenbankOderEnde();
await db.close();
const { applied } = db.migration;
console.log(
  applied.length
    ? `Applied to ${describeDatabase(config.database)}: ${applied.join(', ')}`
    : `${describeDatabase(config.database)} is up to date.`,
);
