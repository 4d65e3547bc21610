// Validates an ebInterface 6.1 document against the official XSD (vendored in
// test/fixtures/ebinterface-6p1/) with libxml2's xmllint, offline (--nonet: nothing is fetched).
// Debian's libxml2-utils; .ci/run installs it. With REQUIRE_CHROMIUM=1 or CI set, a missing xmllint
// fails the run instead of skipping it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const EBINTERFACE_FIXTURES = fileURLToPath(new URL('../fixtures/ebinterface-6p1/', import.meta.url));
export const EBINTERFACE_XSD = `${EBINTERFACE_FIXTURES}Invoice.xsd`;
export const XMLLINT_DA = spawnSync('xmllint', ['--version']).status === 0;
export const XMLLINT_PFLICHT = process.env.REQUIRE_CHROMIUM === '1' || !!process.env.CI;

export function xmllint(xml: string): { ok: boolean; meldung: string } {
  if (!XMLLINT_DA) throw new Error('xmllint fehlt (Debian: apt-get install libxml2-utils); REQUIRE_CHROMIUM=1 oder CI verlangt es');
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', EBINTERFACE_XSD, '-'], { input: xml, encoding: 'utf8' });
  return { ok: r.status === 0, meldung: `${r.stdout}${r.stderr}` };
}
