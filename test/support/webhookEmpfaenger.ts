// A partner's webhook endpoint for the tests: a node:http server on 127.0.0.1 that records every
// delivery (headers, body, time) and answers what the test says. It also watches for the same
// `webhook-id` arriving twice at the same time (in flight concurrently), which must never happen.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Empfang {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  at: number;
  pfad: string;
}

export interface Empfaenger {
  url: string;
  port: number;
  empfangen: Empfang[];
  /** webhook-ids that were in flight twice at once. */
  gleichzeitig: string[];
  /** The status to answer for a delivery (default 200); a Promise holds the request open. */
  antwort: (e: Empfang, nr: number) => number | Promise<number>;
  close(): Promise<void>;
}

export async function webhookEmpfaenger(): Promise<Empfaenger> {
  const inFlight = new Map<string, number>();
  const e: Empfaenger = {
    url: '', port: 0, empfangen: [], gleichzeitig: [], antwort: () => 200,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', async () => {
      const empfang: Empfang = {
        id: String(req.headers['webhook-id']), timestamp: String(req.headers['webhook-timestamp']), signature: String(req.headers['webhook-signature']),
        body, at: performance.now(), pfad: req.url ?? '',
      };
      const n = (inFlight.get(empfang.id) ?? 0) + 1;
      inFlight.set(empfang.id, n);
      if (n > 1) e.gleichzeitig.push(empfang.id);
      e.empfangen.push(empfang);
      const fertig = () => inFlight.set(empfang.id, (inFlight.get(empfang.id) ?? 1) - 1);
      res.on('close', fertig);
      try {
        const status = await e.antwort(empfang, e.empfangen.filter((x) => x.id === empfang.id).length);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nein');
      } catch {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  e.port = (server.address() as AddressInfo).port;
  e.url = `http://127.0.0.1:${e.port}/hook`;
  return e;
}

/** Polls `test` until it holds (or fails after `ms`). */
export async function bisZu(test: () => boolean | Promise<boolean>, ms = 10_000, was = 'condition'): Promise<void> {
  const bis = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > bis) throw new Error(`timed out waiting for ${was}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
