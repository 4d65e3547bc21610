// The three scenarios, each for both servers: as autocannon request pipelines (for timing) and as
// single fetches (to check that both servers agree and to count SQL statements per request).
import type autocannon from 'autocannon';
import type { ServerKind } from './serverProcess.js';
import { AKT, aktId, AKTEN, ASSIGN, CREATE_FORDERUNG, DASHBOARD, MINIMAL, neueForderung, randomSequence, WRITE_AKTEN } from './setup.js';

export type ScenarioName = 'minimal' | 'dashboard' | 'akt' | 'writes';

export const SCENARIOS: { name: ScenarioName; title: string }[] = [
  { name: 'minimal', title: '0. minimal { __typename }' },
  { name: 'dashboard', title: '1. dashboard akten(first: 50)' },
  { name: 'akt', title: '2. one Akt with everything' },
  { name: 'writes', title: '3. writes (createForderung + assign)' },
];

export interface Target {
  kind: ServerKind;
  base: string;
  key: string;
}

interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const headers = (t: Target, json: boolean) => ({
  authorization: `Bearer ${t.key}`,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

const graphql = (t: Target, query: string, variables: object): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: headers(t, true),
  body: JSON.stringify({ query, variables }),
});

/**
 * The one-Akt body up to the id's value, serialized once: the load tool builds each request of that
 * scenario as cheaply as the floor's path (a template), not by serializing the 1.2 KB query each time
 * (as a client with a prepared request would; the bytes are JSON.stringify's).
 */
const AKT_BODY_START = JSON.stringify({ query: AKT, variables: { id: '' } }).slice(0, -'""}}'.length);

/** The requests of each scenario on each server; the same documents the floor mirrors. */
export const request = {
  minimal: (t: Target): HttpRequest => (t.kind === 'api' ? graphql(t, MINIMAL, {}) : { method: 'GET', path: '/minimal', headers: headers(t, false) }),
  dashboard: (t: Target, first = 50): HttpRequest =>
    t.kind === 'api' ? graphql(t, DASHBOARD, { first }) : { method: 'GET', path: `/akten?first=${first}`, headers: headers(t, false) },
  akt: (t: Target, id: string): HttpRequest =>
    t.kind === 'api' ? { ...graphql(t, AKT, {}), body: `${AKT_BODY_START}${JSON.stringify(id)}}}` } : { method: 'GET', path: `/akt/${id}`, headers: headers(t, false) },
  createForderung: (t: Target, input: ReturnType<typeof neueForderung>): HttpRequest =>
    t.kind === 'api' ? graphql(t, CREATE_FORDERUNG, { input }) : { method: 'POST', path: '/forderungen', headers: headers(t, true), body: JSON.stringify(input) },
  assign: (t: Target, input: { titelId: string; forderungIds: string[] }): HttpRequest =>
    t.kind === 'api' ? graphql(t, ASSIGN, { input }) : { method: 'POST', path: '/titel/forderungen', headers: headers(t, true), body: JSON.stringify(input) },
};

export async function send(t: Target, r: HttpRequest): Promise<{ status: number; body: any }> {
  const res = await fetch(t.base + r.path, { method: r.method, headers: r.headers, body: r.body });
  return { status: res.status, body: await res.json() };
}

/** Akten the single-Akt reads pick from (never written by the write mix). */
export const readAktId = (rnd: () => number) => aktId(WRITE_AKTEN + Math.floor(rnd() * (AKTEN - WRITE_AKTEN)));
/** Akten the writes go to (not on the dashboard page, not read by scenario 2). */
export const writeAktIndex = (rnd: () => number) => Math.floor(rnd() * WRITE_AKTEN);

/** An answer is good when it carries no GraphQL error and no error result type. */
export const goodBody = (raw: string | Buffer | undefined) => {
  const body = String(raw ?? '');
  return body.length > 0 && !body.includes('"errors"') && !/"__typename":"\w*Error"/.test(body);
};

/**
 * The autocannon pipeline of a scenario. Every connection walks the list again and again; for the
 * writes, the createForderung answer (its Forderung and Titel) feeds the assign that follows.
 */
export function pipeline(name: ScenarioName, t: Target, seed: number): autocannon.Request[] {
  const rnd = randomSequence(seed);
  const asCannon = (r: HttpRequest): autocannon.Request => ({ method: r.method, path: r.path, headers: r.headers, body: r.body });
  if (name === 'minimal') return [asCannon(request.minimal(t))];
  if (name === 'dashboard') return [asCannon(request.dashboard(t))];
  if (name === 'akt') return [{ ...asCannon(request.akt(t, readAktId(rnd))), setupRequest: (req) => ({ ...req, ...asCannon(request.akt(t, readAktId(rnd))) }) }];
  let n = 0;
  type Ctx = { forderungId?: string; titelId?: string };
  return [
    {
      ...asCannon(request.createForderung(t, neueForderung(aktId(0), 0))),
      setupRequest: (req) => ({ ...req, ...asCannon(request.createForderung(t, neueForderung(aktId(writeAktIndex(rnd)), n++))) }),
      onResponse: (_status, body, context) => {
        const payload = JSON.parse(body)?.data?.createForderung;
        (context as Ctx).forderungId = payload?.forderung?.id;
        (context as Ctx).titelId = payload?.forderung?.titel?.id;
      },
    },
    {
      method: 'POST',
      setupRequest: (req, context) => {
        const { forderungId, titelId } = context as Ctx;
        // Without a Forderung from the step before, restart the pipeline (autocannon's rule).
        if (!forderungId || !titelId) return undefined as unknown as autocannon.Request;
        return { ...req, ...asCannon(request.assign(t, { titelId, forderungIds: [forderungId] })) };
      },
    },
  ];
}
