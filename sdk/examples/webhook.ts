import { createServer } from 'node:http';
import { verifyWebhook, WebhookVerificationError } from '@kanzlei/sdk';

const secret = process.env.KANZLEI_WEBHOOK_SECRET ?? ''; // "whsec_…", shown once by createWebhook

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      // The raw body, exactly as received.
      const event = verifyWebhook(secret, req.headers, Buffer.concat(chunks));
      switch (event.type) {
        case 'akt.angelegt':
          console.log('new Akt', event.data.aktenzeichen, event.data.klient.name);
          break;
        case 'zahlung.erfasst':
          console.log('payment', event.data.betrag, 'on', event.data.akt.aktenzeichen);
          break;
      }
      // event.id is the same on every retry: skip one you have seen.
      res.writeHead(204).end();
    } catch (error) {
      if (error instanceof WebhookVerificationError) res.writeHead(400).end(error.code);
      else throw error;
    }
  });
}).listen(8080);
