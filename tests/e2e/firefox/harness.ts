/**
 * The Firefox smoke harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * Firefox test build installed as a temporary add-on (BiDi `webExtension.install`, so unsigned is fine).
 *
 * - Fixture pages are served at the real site addresses by intercepting every request of the page (BiDi
 *   network interception), like the Chromium harness's context.route; a proxy PAC sends anything else the
 *   browser might fetch to a closed port, so nothing leaves the machine.
 * - The test pack reaches the extension the way an organisation's pack does on Firefox: a managed-storage
 *   manifest (~/.mozilla/managed-storage/<add-on id>.json, under a temporary HOME) whose `packUrl` points
 *   at a loopback server. (BiDi cannot reach the background page or open moz-extension:// pages, so the
 *   Chromium suite's service-worker test hook is out of reach.)
 * - MV3 host permissions: `extensions.originControls.grantByDefault` (true by default since Firefox 127,
 *   set explicitly here) grants the manifest's host_permissions at install. With it false the content
 *   script never runs on the fixture sites.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackSource } from '@/rules/types';
import { FIXTURE_URLS, ROOT, type FixtureSite } from '../harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.join(here, '../fixtures/pages');
const DIST = path.join(here, '../fixtures/dist');
/** Built by scripts/test-e2e-firefox.mjs (`wxt build -b firefox --mode test`). */
export const FIREFOX_EXTENSION_DIR = process.env.DRAFTGUARD_FIREFOX_EXTENSION_DIR ?? path.join(ROOT, '.output-test/firefox-mv3-test');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'draftguard@draftguard.example';

export interface FirefoxLaunched {
  browser: Browser;
  /** Firefox's version string, e.g. firefox/153.7.0 */
  version: string;
  /** How many times the extension fetched the pack from the loopback server. */
  packFetches(): number;
  close(): Promise<void>;
}

/** Serves the pack as an organisation's server would (CORS: the add-on holds no permission for loopback). */
async function startPackServer(pack: PackSource): Promise<{ url: string; fetches(): number; close(): Promise<void> }> {
  let fetches = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/pack.json') {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(pack));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/pack.json`, fetches: () => fetches, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Everything but loopback goes to a closed port; fixture pages never get that far (they are intercepted). */
const PAC = 'function FindProxyForURL(url, host) { return host === "127.0.0.1" || host === "localhost" ? "DIRECT" : "PROXY 127.0.0.1:9"; }';

export async function launchFirefox(pack: PackSource): Promise<FirefoxLaunched> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox test build at ${FIREFOX_EXTENSION_DIR}: run \`npm run test:e2e:firefox\` (it builds first).`);
  }
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH).`);
  const packServer = await startPackServer(pack);
  const home = mkdtempSync(path.join(tmpdir(), 'draftguard-ff-home-'));
  const managed = path.join(home, '.mozilla/managed-storage');
  mkdirSync(managed, { recursive: true });
  writeFileSync(
    path.join(managed, `${ADDON_ID}.json`),
    JSON.stringify({ name: ADDON_ID, description: 'DraftGuard e2e policy', type: 'storage', data: { packUrl: packServer.url } }),
  );
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: { ...process.env, HOME: home },
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        'extensions.originControls.grantByDefault': true,
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(PAC)}`,
      },
    });
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser?.close();
    await packServer.close();
    rmSync(home, { recursive: true, force: true });
    throw e;
  }
  const b = browser;
  return {
    browser: b,
    version: await b.version(),
    packFetches: packServer.fetches,
    async close() {
      await b.close();
      await packServer.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Opens a fixture page at its real address; every request of the page is answered here. */
export async function openFixture(launched: FirefoxLaunched, site: FixtureSite): Promise<Page> {
  const page = await launched.browser.newPage();
  const host = new URL(FIXTURE_URLS[site]).host;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/__fixtures__/')) {
      const file = path.join(DIST, path.basename(url.pathname));
      if (existsSync(file)) return void req.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    } else if (url.host === host && req.isNavigationRequest()) {
      return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(PAGES, `${site}.html`)) });
    }
    void req.respond({ status: 404, contentType: 'text/plain', body: '' });
  });
  await page.goto(FIXTURE_URLS[site]);
  await page.waitForFunction(() => (window as unknown as { __fixture?: { ready: boolean } }).__fixture?.ready === true);
  return page;
}

// ---- reading the page contract (../../shared/spec/page-contract.md) --------------------------------

export interface BadgeState {
  count: number;
  severity: string;
  site: string | null;
}

export async function badgeStates(page: Page): Promise<BadgeState[]> {
  return page.$$eval('draftguard-badge', (els) =>
    els.map((el) => ({ count: Number(el.getAttribute('data-count')), severity: el.getAttribute('data-severity') ?? '', site: el.getAttribute('data-site') })),
  );
}

/** Waits until some badge shows this count and severity (and site). */
export async function waitForBadge(page: Page, want: BadgeState, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (w: BadgeState) =>
      [...document.querySelectorAll('draftguard-badge')].some(
        (el) => el.getAttribute('data-count') === String(w.count) && el.getAttribute('data-severity') === w.severity && (!w.site || el.getAttribute('data-site') === w.site),
      ),
    { timeout },
    want,
  );
}

/** The text each range of a CSS.highlights entry covers. */
export async function highlightTexts(page: Page, name: 'draftguard-info' | 'draftguard-warn' | 'draftguard-block'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()).sort() : [];
  }, name);
}

/** The severities of the overlay boxes drawn over textareas. */
export async function overlayBoxes(page: Page): Promise<string[]> {
  return page.$$eval('draftguard-overlay', (hosts) =>
    hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('.box') ?? [])].map((b) => b.getAttribute('data-severity') ?? '')).sort(),
  );
}

export interface FixturePost {
  composer: string;
  text: string;
}

export async function posts(page: Page): Promise<FixturePost[]> {
  return page.evaluate(() => (window as unknown as { __fixture: { posts: FixturePost[] } }).__fixture.posts);
}

export async function confirmCount(page: Page): Promise<number> {
  return page.$$eval('draftguard-confirm', (els) => els.length);
}

/** Clicks a button inside <draftguard-confirm>'s open shadow root. */
export async function clickConfirm(page: Page, action: 'edit' | 'post'): Promise<void> {
  await page.locator(`draftguard-confirm >>> [data-action="${action}"]`).click();
}

export async function confirmActions(page: Page): Promise<string[]> {
  return page.$$eval('draftguard-confirm', (els) =>
    els.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[data-action]') ?? [])].map((b) => b.getAttribute('data-action') ?? '')).sort(),
  );
}

/** Type like a person (trusted key events). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
}
