// A backup of the embedded database while the server runs: PGlite belongs to the server's process
// (the data folder is locked to it), so `npm run backup` asks that process for it. The server
// listens on a Unix socket beside the data folder (`data` → `data.sicherung.sock`; inside, it would
// end up in the folder's own image), never on the network: only the user the server runs as may
// connect (mode 0600), who may read the data folder anyway.
// One request, POST /sicherung, answers with the backup file; one backup runs at a time.
import { chmodSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { resolve } from 'node:path';

export const socketPfad = (dataDir: string) => `${resolve(dataDir)}.sicherung.sock`;

const fehlerText = (error: unknown) =>
  error instanceof Error ? error.message : typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error);

/** Serves backups on the data folder's socket; returns the function that closes it. */
export async function starteSicherungsSocket(dataDir: string, erstelle: () => Promise<Buffer>): Promise<() => Promise<void>> {
  const pfad = socketPfad(dataDir);
  rmSync(pfad, { force: true }); // left by a process that died: the data folder's lock is ours now
  let laufend: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/sicherung') {
      res.writeHead(404).end();
      return;
    }
    const nach = laufend.then(() => erstelle());
    laufend = nach.catch(() => {});
    nach.then(
      (datei) => res.writeHead(200, { 'content-type': 'application/sql', 'content-length': datei.length }).end(datei),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(fehlerText(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(pfad, resolve);
  });
  chmodSync(pfad, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => { rmSync(pfad, { force: true }); resolve(); }));
}

/** The backup from the server running on `dataDir`, or null when no server listens there. */
export function sicherungVomServer(dataDir: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socketPfad(dataDir), method: 'POST', path: '/sicherung' }, (res) => {
      const teile: Buffer[] = [];
      res.on('data', (d: Buffer) => teile.push(d));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(teile);
        if (res.statusCode === 200) resolve(body);
        else reject(new Error(`Der Server konnte die Sicherung nicht erstellen: ${body.toString('utf8')}`));
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? resolve(null) : reject(error)));
    req.end();
  });
}
