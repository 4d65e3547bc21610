// GraphiQL in a real browser, with no way out of this machine: every request the page makes to
// anything but the test server fails the test. An office network without internet must get a
// working GraphiQL (its scripts used to come from a CDN: the page stayed at "Loading __TITLE__...").
//
// Needs Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it the test is skipped,
// unless REQUIRE_CHROMIUM=1 (CI sets it, after installing the package): then it fails.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './support/testServer.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  const message = `GraphiQL browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.REQUIRE_CHROMIUM === '1') throw new Error(`${message}; REQUIRE_CHROMIUM=1 demands it`);
  console.warn(`${message}: skipped`);
}

/** As the machine notes say: no sandbox (root), no GPU, and none of Chromium's own calls home. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

describe.skipIf(!present)('GraphiQL offline, in headless Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await testServer({}, {}, { overHttp: true });
    // Playwright starts it headless with a new, empty profile of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the schema documentation with an API key in the Headers tab, and fetches nothing from outside', async () => {
    const key = await t.key('Kanzlei Offline', 'OF');
    const context = await browser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(45_000); // generous: the full suite shares two cores
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(t.url, { waitUntil: 'load' });
    expect(outside, 'the page asked for files from outside this server').toEqual([]);
    // The user's way: the key into the Headers tab, then the schema again, then the docs.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headers.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${key}` }));
    // The editor closes the brace and quote it saw opened: remove what it added after the cursor.
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: /re-fetch graphql schema/i }).click();
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.innerText(), { timeout: 45_000 }).toContain('akten(');
    expect(await docs.innerText()).toContain('The office’s Akten, newest first.');

    // And a query with that key.
    await page.locator('.graphiql-query-editor .graphiql-editor, .graphiql-query-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('{ me { kuerzel kanzlei { name } } }');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: /execute query/i }).click();
    const result = page.locator('.graphiql-response');
    // (The editor shows spaces as non-breaking ones.)
    await expect.poll(async () => (await result.innerText()).replace(/\s+/g, ' '), { timeout: 45_000 }).toContain('"kuerzel": "OF", "kanzlei": { "name": "Kanzlei Offline" }');
    expect(await page.title()).toBe('Kanzlei GraphQL');
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);
});
