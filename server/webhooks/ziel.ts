// Where a webhook may send (no server-side request forgery): a webhook URL is chosen by an office's
// ADMIN, but the request leaves from our server, so it must not reach what only the server can
// reach: loopback, private networks, link-local (cloud metadata at 169.254.169.254), the
// carrier-grade NAT and other special ranges. Checked twice: the URL when it is saved (a literal
// address, the scheme), and every address the host name resolves to right before each delivery
// (a name can point anywhere, and can change: DNS rebinding). Production URLs are https.
//
// An operator may allow local targets (`WEBHOOK_LOKALE_ZIELE=true`): the tests' receivers listen
// on 127.0.0.1 over plain http, and so may an office's own integration on its intranet.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export interface ZielRegeln {
  /** Allows http and loopback, private and link-local addresses (operator setting). */
  lokaleZiele: boolean;
}

const GESPERRT = new BlockList();
for (const [netz, praefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) GESPERRT.addSubnet(netz, praefix, 'ipv4');
for (const [netz, praefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 (embeds an IPv4 address)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) GESPERRT.addSubnet(netz, praefix, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it is. */
const entpacke = (adresse: string): string => {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(adresse);
  return m ? m[1]! : adresse;
};

/** True when a delivery to this IP address would reach the server's own network. */
export function istInterneAdresse(adresse: string): boolean {
  const a = entpacke(adresse);
  const familie = isIP(a);
  if (familie === 0) return true; // not an address: refuse rather than guess
  return GESPERRT.check(a, familie === 4 ? 'ipv4' : 'ipv6');
}

/** What is wrong with a webhook URL, in German for the user; null when it may be saved. */
export function zielUrlFehler(text: string, regeln: ZielRegeln): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'ist keine gültige URL';
  }
  if (url.protocol !== 'https:' && !(regeln.lokaleZiele && url.protocol === 'http:')) return 'muss mit https:// beginnen';
  if (url.username || url.password) return 'darf keine Zugangsdaten enthalten (das Webhook-Secret signiert jede Zustellung)';
  if (url.hash) return 'darf keinen #-Teil enthalten';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!regeln.lokaleZiele) {
    if (isIP(host) && istInterneAdresse(host)) return 'darf nicht auf eine interne Adresse (Loopback, privates Netz, Link-Local) zeigen';
    if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) return 'darf nicht auf einen internen Rechnernamen zeigen';
  }
  return null;
}

/**
 * The addresses to connect to for a delivery, resolved now; refuses (throws with a German reason)
 * when any of them is internal and local targets are not allowed. The caller connects to one of
 * these addresses, not to the name again, so a second DNS answer cannot slip past the check.
 */
export async function pruefeZiel(url: URL, regeln: ZielRegeln): Promise<{ address: string; family: 4 | 6 }[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const adressen = isIP(host)
    ? [{ address: host, family: isIP(host) as 4 | 6 }]
    : (await lookup(host, { all: true, verbatim: true }).catch((error: NodeJS.ErrnoException) => {
        throw new Error(error.code === 'ENOTFOUND' ? `Der Rechnername ${host} ist unbekannt (DNS)` : `Der Rechnername ${host} ließ sich nicht auflösen (DNS: ${error.code ?? error.message})`);
      })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (!regeln.lokaleZiele) {
    const intern = adressen.find((a) => istInterneAdresse(a.address));
    if (intern) throw new Error(`Die Adresse ${intern.address} von ${host} ist intern; Zustellung verweigert.`);
  }
  return adressen;
}
