// The SDK as a partner gets it: `npm pack` of sdk/, installed from the tarball into an empty ESM
// project and an empty CommonJS project (nothing from this checkout but the tarball; its dependency
// comes from the npm registry or cache). In each, a plain Node program imports/requires the package
// and runs generated methods (queries, mutations, a typed error, a per-item error; no GraphQL
// strings) against a real server over HTTP, and the repository's tsc
// type-checks a .ts consumer (moduleResolution nodenext, and node10 for the CommonJS project),
// which must resolve the package's types of its own module system.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../support/testServer.js';

const run = promisify(execFile);
const SDK = new URL('../../sdk/', import.meta.url).pathname;
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// The outer `npm run`/vitest must not steer the child npm or node (prefix, user config, loaders).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_OPTIONS$|VITEST|NODE_ENV$)/i.test(k)));

let tmp: string;
let t: TestServer;
let key: string;
const projects: Record<'esm' | 'cjs', string> = { esm: '', cjs: '' };

/**
 * What both programs print: generated methods only (no GraphQL strings): a query with the default
 * selection and one with a selection, mutations, a typed error narrowed by __typename, a per-item
 * field error, an exception class, and a verified webhook.
 */
const PROGRAM_BODY = `
const client = createClient({ url: process.env.KANZLEI_URL, apiKey: process.env.KANZLEI_API_KEY });
const person = await client.mutation.createPerson({ kurzbezeichnung: 'PACK-' + process.env.FORMAT, name: 'Pack & Partner OG', art: 'UNTERNEHMEN' });
if (!person.ok) throw new Error(JSON.stringify(person.error));
const akt = await client.mutation.createAkt({ aktenzeichen: 'P/' + process.env.FORMAT, bezeichnung: 'Aus dem Tarball', klientId: person.value.person.id });
const fehler = await client.mutation.updatePerson({ id: '00000000-0000-4000-8000-000000000000', name: 'Niemand' });
const fehlerText = fehler.ok ? null : fehler.error.__typename === 'NotFoundError' ? 'NotFoundError ' + fehler.error.entity : fehler.error.__typename;
const akten = await client.query.akten({ first: 10 });
const auswahl = await client.query.akten({ first: 10, filter: { klientId: person.value.person.id } }, { edges: { node: { aktenzeichen: true, mahnkosten: { $args: { tarif: 'MES' }, brutto: true } } } });
const knoten = auswahl.edges[0].node;
let exception = null;
try { await createClient({ url: process.env.KANZLEI_URL, apiKey: 'kz_falsch' }).query.akten(); } catch (e) { exception = e instanceof AuthenticationError ? 'AuthenticationError' : String(e); }
// A webhook delivery, signed here as the Standard Webhooks spec says, verified by the SDK.
const secret = 'whsec_' + Buffer.from('pack-geheimnis-0123456789').toString('base64');
const body = JSON.stringify({ type: 'akt.angelegt', timestamp: new Date().toISOString(), data: { id: 'a1', aktenzeichen: 'P/1' } });
const ts = String(Math.floor(Date.now() / 1000));
const sig = 'v1,' + createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update('msg_1.' + ts + '.' + body).digest('base64');
const ereignis = verifyWebhook(secret, { 'webhook-id': 'msg_1', 'webhook-timestamp': ts, 'webhook-signature': sig }, body);
let webhookFehler = null;
try { verifyWebhook(secret, { 'webhook-id': 'msg_2', 'webhook-timestamp': ts, 'webhook-signature': sig }, body); } catch (e) { webhookFehler = e instanceof WebhookVerificationError ? e.code : String(e); }
console.log(JSON.stringify({
  person: person.ok && person.value.person.name,
  akt: akt.ok && akt.value.akt.aktenzeichen,
  fehler: fehlerText,
  akten: akten.edges.map((e) => e.node.aktenzeichen),
  auswahl: [knoten.aktenzeichen, knoten.mahnkosten, knoten.$errors && knoten.$errors.mahnkosten.code],
  exception,
  persisted: Object.keys(persisted).length,
  webhook: ereignis.id + ' ' + ereignis.type + ' ' + ereignis.data.aktenzeichen,
  webhookFehler,
}));
`;

const ESM_PROGRAM = `import { createHmac } from 'node:crypto';
import { AuthenticationError, createClient, verifyWebhook, WebhookVerificationError } from '@kanzlei/sdk';
import persisted from '@kanzlei/sdk/persisted-documents.json' with { type: 'json' };
${PROGRAM_BODY}`;

const CJS_PROGRAM = `'use strict';
const { createHmac } = require('node:crypto');
const { AuthenticationError, createClient, verifyWebhook, WebhookVerificationError } = require('@kanzlei/sdk');
const persisted = require('@kanzlei/sdk/persisted-documents.json');
(async () => {
${PROGRAM_BODY}
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** A typed consumer: wrong uses must be type errors, so the types are really there (not `any`). */
const TS_CONSUMER = `import { createClient, AuthenticationError, verifyWebhook, type KanzleiClient } from '@kanzlei/sdk';

export function empfange(secret: string, headers: Record<string, string>, body: string): string {
  const e = verifyWebhook(secret, headers, body);
  if (e.type === 'zahlung.erfasst') return e.data.betrag + e.data.akt.aktenzeichen;
  // @ts-expect-error an Akt's data has no betrag
  if (e.type === 'akt.angelegt') return e.data.betrag;
  return e.timestamp;
}


export async function beispiel(url: string, apiKey: string): Promise<string> {
  const client: KanzleiClient = createClient({ url, apiKey });
  const r = await client.mutation.createPerson({ kurzbezeichnung: 'TS', name: 'Typ Geprüft' });
  if (!r.ok) {
    // @ts-expect-error entity exists on NotFoundError and ConflictError only: narrow first
    const vorher: string = r.error.entity;
    if (r.error.__typename === 'NotFoundError') return r.error.entity + r.error.id + vorher;
    if (r.error.__typename === 'ValidationError') return r.error.issues.map((i) => i.field).join();
    return r.error.__typename + ': ' + r.error.message;
  }
  const name: string = r.value.person.name;
  // @ts-expect-error a name is a string
  const falsch: number = r.value.person.name;
  // @ts-expect-error createAkt needs a klientId
  await client.mutation.createAkt({ aktenzeichen: '1', bezeichnung: 'x' });
  const seite = await client.query.akten({ first: 1 }, { totalCount: true, edges: { node: { mahnkosten: { $args: { tarif: 'MAK' }, brutto: true } } } });
  const brutto: string | undefined = seite.edges[0]?.node.mahnkosten?.brutto ?? seite.edges[0]?.node.$errors?.mahnkosten?.message;
  // @ts-expect-error pageInfo was not selected
  void seite.pageInfo;
  return name + seite.totalCount + String(falsch) + brutto + String(new AuthenticationError('x') instanceof Error);
}
`;

const tsconfig = (module: string, moduleResolution: string) =>
  JSON.stringify({
    // The package's .d.ts files are checked (skipLibCheck off); TypeScript's own lib files are not
    // (skipDefaultLibCheck): checking lib.dom again in each of the three runs cost 1.3 s of CPU each.
    compilerOptions: { module, moduleResolution, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true },
    files: ['consumer.ts'],
  });

async function project(format: 'esm' | 'cjs', tarball: string): Promise<string> {
  const dir = join(tmp, format);
  mkdirSync(dir);
  const type = format === 'esm' ? 'module' : 'commonjs';
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `sdk-consumer-${format}`, version: '1.0.0', private: true, type }));
  await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir, env });
  writeFileSync(join(dir, format === 'esm' ? 'main.mjs' : 'main.cjs'), format === 'esm' ? ESM_PROGRAM : CJS_PROGRAM);
  writeFileSync(join(dir, 'consumer.ts'), TS_CONSUMER);
  writeFileSync(join(dir, 'tsconfig.json'), tsconfig('nodenext', 'nodenext'));
  writeFileSync(join(dir, 'tsconfig.node10.json'), tsconfig('commonjs', 'node10'));
  return dir;
}

/** Type-checks consumer.ts; returns the package's .d.ts files the compiler used. */
async function typecheck(dir: string, config: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, [TSC, '-p', config, '--listFiles'], { cwd: dir, env }).catch((e) => {
    throw new Error(`tsc -p ${config} in ${dir} failed:\n${e.stdout}${e.stderr}`);
  });
  return stdout.split('\n').filter((f) => f.includes('/node_modules/@kanzlei/sdk/')).map((f) => f.slice(f.indexOf('@kanzlei/sdk/') + '@kanzlei/sdk/'.length));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kanzlei-sdk-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: SDK, env });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  const files = packed!.files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json', 'src/generated/persisted-documents.json']));
  expect(files.filter((f) => !/^(dist\/|package\.json$|README\.md$|src\/generated\/persisted-documents\.json$)/.test(f))).toEqual([]);
  const tarball = join(tmp, packed!.filename);
  [t, projects.esm, projects.cjs] = await Promise.all([testServer({}, {}, { overHttp: true }), project('esm', tarball), project('cjs', tarball)]);
  key = await t.key('Pack-Kanzlei', 'PK');
}, 240_000);

afterAll(async () => {
  await t?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed SDK in an empty project', () => {
  it.each(['esm', 'cjs'] as const)('%s: a program runs generated queries and mutations against the server over HTTP', async (format) => {
    const main = format === 'esm' ? 'main.mjs' : 'main.cjs';
    const { stdout } = await run(process.execPath, [main], { cwd: projects[format], env: { ...env, KANZLEI_URL: t.url, KANZLEI_API_KEY: key, FORMAT: format } });
    const persisted = Object.keys(JSON.parse(readFileSync(join(SDK, 'src/generated/persisted-documents.json'), 'utf8'))).length;
    expect(JSON.parse(stdout)).toEqual({
      person: 'Pack & Partner OG',
      akt: `P/${format}`,
      fehler: 'NotFoundError Person',
      akten: expect.arrayContaining([`P/${format}`]),
      // The new Akt has no Forderung and no Bemessungsgrundlage: its Mahnkosten are a field error.
      auswahl: [`P/${format}`, null, 'TARIF_ERROR'],
      exception: 'AuthenticationError',
      persisted,
      webhook: 'msg_1 akt.angelegt P/1',
      webhookFehler: 'INVALID_SIGNATURE',
    });
  }, 60_000);

  it('ESM: tsc (nodenext) type-checks a consumer against the ESM types', async () => {
    const used = await typecheck(projects.esm, 'tsconfig.json');
    expect(used).toContain('dist/index.d.ts');
    expect(used.filter((f) => f.startsWith('dist/cjs/'))).toEqual([]);
  }, 120_000);

  it('CommonJS: tsc (nodenext, and node10) type-checks a consumer against the CommonJS types', async () => {
    for (const config of ['tsconfig.json', 'tsconfig.node10.json']) {
      const used = await typecheck(projects.cjs, config);
      expect(used).toContain('dist/cjs/index.d.ts');
      expect(used.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cjs/'))).toEqual([]);
    }
  }, 120_000);
});
