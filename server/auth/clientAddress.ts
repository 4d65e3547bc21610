// The client's address, for the limits per address. Each reverse proxy appends the address it saw
// to X-Forwarded-For, on the right; everything to the left of what our own proxies appended was
// written by the client and can be anything. So the address is read from the right: past the
// trusted proxies, it is the one the last trusted proxy saw.
import { isIP } from 'node:net';

/** How many proxies in front of the server append to X-Forwarded-For (0: ignore it), or their addresses. */
export type TrustProxy = number | readonly string[];

/** Longer entries are cut: an address ends up in a rate-limit bucket's name. */
const MAX_LENGTH = 64;

const normalise = (address: string) => {
  const a = address.trim().slice(0, MAX_LENGTH);
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
};

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | null, trust: TrustProxy): string {
  // Nearest first: the peer of our socket, then X-Forwarded-For from the right.
  const chain = [normalise(socketAddress ?? 'unknown')];
  if (forwardedFor && (typeof trust === 'number' ? trust > 0 : trust.length > 0)) {
    chain.push(...forwardedFor.split(',').map(normalise).filter((a) => a !== '').reverse());
  }
  if (typeof trust === 'number') return chain[Math.min(trust, chain.length - 1)]!;
  const trusted = new Set(trust.map(normalise));
  let i = 0;
  while (i < chain.length - 1 && trusted.has(chain[i]!)) i++;
  return chain[i]!;
}

/** TRUST_PROXY: "false" (0), "true" (1 hop), a number of hops, or a comma-separated list of proxy addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy | Error {
  if (value === undefined || value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  const list = value.split(',').map((a) => a.trim()).filter((a) => a !== '');
  const bad = list.filter((a) => isIP(a) === 0);
  if (list.length === 0 || bad.length) return new Error(`muss true, false, eine Anzahl Proxy-Stationen oder eine durch Kommas getrennte Liste von Proxy-IP-Adressen sein (nicht: ${bad.join(', ') || value})`);
  return list.map(normalise);
}
