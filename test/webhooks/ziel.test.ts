// Webhook targets: no server-side request forgery unless the operator allows local targets.
import { describe, expect, it } from 'vitest';
import { istInterneAdresse, pruefeZiel, zielUrlFehler } from '../../server/webhooks/ziel.js';

const streng = { lokaleZiele: false };
const lokal = { lokaleZiele: true };

describe('webhook targets', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '::1', '::', 'fe80::1', 'fd00::1', 'fc00::5', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '224.0.0.1', 'kein-ip',
  ])('%s is internal', (a) => expect(istInterneAdresse(a)).toBe(true));

  it.each(['93.184.216.34', '1.1.1.1', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (a) => expect(istInterneAdresse(a)).toBe(false));

  it('accepts a public https URL and refuses http, credentials, internal literals and names', () => {
    expect(zielUrlFehler('https://partner.example/hooks/kanzlei', streng)).toBeNull();
    expect(zielUrlFehler('http://partner.example/hook', streng)).toMatch(/https/);
    expect(zielUrlFehler('ftp://partner.example/hook', lokal)).toMatch(/https/);
    expect(zielUrlFehler('https://user:pw@partner.example/hook', streng)).toMatch(/Zugangsdaten/);
    expect(zielUrlFehler('https://127.0.0.1/hook', streng)).toMatch(/intern/);
    expect(zielUrlFehler('https://[::1]:8443/hook', streng)).toMatch(/intern/);
    expect(zielUrlFehler('https://169.254.169.254/latest/meta-data', streng)).toMatch(/intern/);
    expect(zielUrlFehler('https://localhost/hook', streng)).toMatch(/intern/);
    expect(zielUrlFehler('kein url', streng)).toMatch(/gültige URL/);
  });

  it('lets an operator allow local http targets', () => {
    expect(zielUrlFehler('http://127.0.0.1:8080/hook', lokal)).toBeNull();
    expect(zielUrlFehler('http://localhost:8080/hook', lokal)).toBeNull();
  });

  it('checks what a name resolves to right before delivery', async () => {
    await expect(pruefeZiel(new URL('https://localhost/hook'), streng)).rejects.toThrow(/intern/);
    await expect(pruefeZiel(new URL('https://10.0.0.8/hook'), streng)).rejects.toThrow(/10\.0\.0\.8/);
    expect(await pruefeZiel(new URL('http://127.0.0.1:9/hook'), lokal)).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
});
