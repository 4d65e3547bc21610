// npm start: opens (and migrates) the database, seeds the demo office into a fresh embedded
// database, and serves GraphQL with GraphiQL on http://localhost:PORT/graphql.
// A start that fails (a setting, the port, the database) says so in one line and exits with 1. The
// port is taken first, so that a port in use is reported at once, not after the migrations;
// until the database is ready, requests are answered 503 (Retry-After).
// SIGINT/SIGTERM drain: no new connections, requests in flight finish (up to SHUTDOWN_TIMEOUT_MS),
// then the database is closed and the process exits with 0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createApp } from './app.js';
import { portFehler, startFehler } from './cli/startFehler.js';
import { describeDatabase, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { seedDemoIfFresh } from './seed/demo.js';
import { erstelleSicherung } from './sicherung/erstellen.js';
import { starteSicherungsSocket } from './sicherung/socket.js';
import { seedTarifdatenForAll } from './services/tarifdaten.js';
import { starteZustellung } from './webhooks/zustellung.js';

let db: Database | null = null;
const fail = async (line: string): Promise<never> => {
  console.error(line);
  await db?.close().catch(() => {});
  process.exit(1);
};

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  await fail(startFehler(error));
}
config = config!;

// Requests in flight, for the drain.
let draining = false;
const inFlight = new Set<ServerResponse>();
let drained: () => void = () => {};
const SHUTTING_DOWN = JSON.stringify({
  errors: [{ message: 'Der Server wird gerade beendet. Bitte gleich noch einmal versuchen.', extensions: { code: 'SHUTTING_DOWN' } }],
});

let app: ReturnType<typeof createApp> | null = null;
const STARTING = JSON.stringify({
  errors: [{ message: 'Der Server startet noch. Bitte gleich noch einmal versuchen.', extensions: { code: 'STARTING' } }],
});

// The port is taken before the database opens (so a port in use is reported at once), but a client
// that sees the port open may rely on it answering: a request that arrives while the database
// opens and migrates waits for it, up to STARTUP_WAIT_MS, and only then gets 503 STARTING. /health
// answers at once (503 STARTING), for probes that must not hang.
const STARTUP_WAIT_MS = 120_000;
let bereit: () => void = () => {};
const appBereit = new Promise<void>((resolve) => (bereit = resolve));

async function nachDemStart(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!req.url?.startsWith('/health')) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([appBereit, new Promise<void>((resolve) => (timer = setTimeout(resolve, STARTUP_WAIT_MS)))]);
    clearTimeout(timer);
  }
  if (!app) {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
    res.end(STARTING);
    return;
  }
  handle(req, res);
}

const server: Server = createServer((req, res) => {
  if (!app) void nachDemStart(req, res);
  else handle(req, res);
});

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (draining) {
    // A request on a kept-alive connection after the signal: not started any more.
    res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '5' });
    res.end(SHUTTING_DOWN);
    return;
  }
  inFlight.add(res);
  res.on('close', () => {
    inFlight.delete(res);
    if (draining && inFlight.size === 0) drained();
  });
  void app!(req, res);
}

await new Promise<void>((resolve) => {
  server.once('error', (error) => void fail(portFehler(error, config.port)));
  server.listen(config.port, resolve);
});

let demoKey: string | null = null;
try {
  db = await openDatabase(config.database);
  if (db.migration.applied.length) console.log(`Applied migrations: ${db.migration.applied.join(', ')}`);
  await seedTarifdatenForAll(db.prisma);
  demoKey = db.kind === 'pglite' ? await seedDemoIfFresh(db.prisma) : null;
} catch (error) {
  await fail(startFehler(error, config.database));
}
const database = db!;

app = createApp({
  prisma: database.prisma,
  graphiql: config.graphiql,
  introspection: config.introspection,
  limits: config.limits,
  keyRateLimit: config.keyRateLimit,
  addressRateLimit: config.addressRateLimit,
  intakeRateLimit: config.intakeRateLimit,
  trustProxy: config.trustProxy,
  webhookZiele: { lokaleZiele: config.webhooks.lokaleZiele },
  log: config.logRequests ? (line) => process.stdout.write(`${JSON.stringify(line)}\n`) : undefined,
});
bereit();
// npm run backup of the embedded database asks this process (it holds the data folder).
const sicherungsSocketSchliessen =
  config.database.kind === 'pglite' && config.database.dataDir
    ? await starteSicherungsSocket(config.database.dataDir, async () => (await erstelleSicherung(database.verbindung)).datei).catch((error: unknown) => {
        console.error(`Warnung: npm run backup kann diesen Server nicht erreichen (Socket im Datenordner: ${(error as Error).message}).`);
        return async () => {};
      })
    : async () => {};
// Webhook deliveries of this database, from the outbox (several processes share the work).
const zusteller = starteZustellung(database.prisma, config.webhooks, (zeile) => console.error(zeile));
{
  const url = `http://localhost:${(server.address() as { port: number }).port}/graphql`;
  console.log(`Kanzlei GraphQL on ${url} (${describeDatabase(config.database)})`);
  if (demoKey) {
    console.log('Seeded the demo office "Demo-Kanzlei". Its API key (shown once, keep it):');
    console.log(`  ${demoKey}`);
    console.log(`Try: curl -s ${url} -H 'Authorization: Bearer ${demoKey}' -H 'content-type: application/json' -d '{"query":"{ me { kuerzel name } }"}'`);
  }
}

let stopping = false;
async function stop(signal: string) {
  if (stopping) {
    // A second Ctrl-C: stop waiting.
    server.closeAllConnections();
    drained();
    return;
  }
  stopping = true;
  draining = true;
  // Deliveries in flight are cut and handed back (another process, or the next start, sends them).
  const zustellungGestoppt = zusteller.stop();
  console.log(`${signal}: shutting down (${inFlight.size} requests in flight, waiting up to ${config.shutdownTimeoutMs} ms)`);
  server.close(); // no new connections
  server.closeIdleConnections();
  // Connections of requests in flight close after their answer.
  for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  if (inFlight.size > 0) {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      drained = resolve;
      timer = setTimeout(resolve, config.shutdownTimeoutMs);
    });
    clearTimeout(timer);
    if (inFlight.size > 0) console.log(`${signal}: ${inFlight.size} requests still running after ${config.shutdownTimeoutMs} ms, cut off`);
  }
  server.closeAllConnections();
  await sicherungsSocketSchliessen();
  await zustellungGestoppt; // before the database closes: it records what it handed back
  await database.close(); // PGlite must be closed to flush its data folder; the pool ends its connections
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
