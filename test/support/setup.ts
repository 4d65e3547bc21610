// Runs in every test file: at its end, the databases its tests left for reuse go, but for the few
// the worker keeps for its next file (see pgliteVorlage.ts and pgPool.ts).
import { afterAll } from 'vitest';
import { pgDatenbankenWeg } from './pgPool.js';
import { pgliteDatenbankenWeg } from './pgliteVorlage.js';
import { testClientsWeg } from './testServer.js';

afterAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await pgDatenbankenWeg(url, testClientsWeg);
  else await pgliteDatenbankenWeg();
});
