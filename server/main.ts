// npm start: opens (and migrates) the database, seeds the demo office into a fresh embedded
// database, and serves GraphQL with GraphiQL on http://localhost:PORT/graphql.
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { describeDatabase, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoIfFresh } from './seed/demo.js';
import { seedTarifdatenForAll } from './services/tarifdaten.js';

const config = loadConfig();
const db = await openDatabase(config.database);
if (db.migration.applied.length) console.log(`Applied migrations: ${db.migration.applied.join(', ')}`);

await seedTarifdatenForAll(db.prisma);
const demoKey = db.kind === 'pglite' ? await seedDemoIfFresh(db.prisma) : null;

const server = createServer(
  createApp({
    prisma: db.prisma,
    graphiql: config.graphiql,
    introspection: config.introspection,
    limits: config.limits,
    keyRateLimit: config.keyRateLimit,
    addressRateLimit: config.addressRateLimit,
    intakeRateLimit: config.intakeRateLimit,
    trustProxy: config.trustProxy,
    log: config.logRequests ? (line) => process.stdout.write(`${JSON.stringify(line)}\n`) : undefined,
  }),
);
server.listen(config.port, () => {
  const url = `http://localhost:${(server.address() as { port: number }).port}/graphql`;
  console.log(`Kanzlei GraphQL on ${url} (${describeDatabase(config.database)})`);
  if (demoKey) {
    console.log('Seeded the demo office "Demo-Kanzlei". Its API key (shown once, keep it):');
    console.log(`  ${demoKey}`);
    console.log(`Try: curl -s ${url} -H 'Authorization: Bearer ${demoKey}' -H 'content-type: application/json' -d '{"query":"{ me { kuerzel name } }"}'`);
  }
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close();
  server.closeAllConnections();
  await db.close(); // PGlite must be closed to flush its data folder
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
