/**
 * The browser-test harness, shared by every e2e spec (other engineers' history and managed-policy specs
 * too): launch Debian's Chromium with the built test extension, install a test pack through the
 * service worker's test hook, open fixture pages served at the real site addresses, and read what the
 * extension shows through the page contract (../shared/spec/page-contract.md).
 */
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackSource } from '@/rules/types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
/** Built by scripts/test-e2e.mjs (`wxt build --mode test`, outDir set in wxt.config.ts). */
export const EXTENSION_DIR = process.env.DRAFTGUARD_EXTENSION_DIR ?? path.join(ROOT, '.output-test/chrome-mv3-test');
const PAGES = path.join(here, 'fixtures/pages');
const DIST = path.join(here, 'fixtures/dist');

export type FixtureSite = 'x' | 'linkedin' | 'facebook' | 'instagram' | 'threads' | 'bluesky' | 'reddit' | 'mastodon' | 'youtube' | 'generic';

/** Real addresses the fixture pages are served at; every other path of these hosts serves the same page (SPAs). */
export const FIXTURE_URLS: Record<FixtureSite, string> = {
  x: 'https://x.com/home',
  linkedin: 'https://www.linkedin.com/feed/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/p/fixture/',
  threads: 'https://www.threads.com/',
  bluesky: 'https://bsky.app/',
  reddit: 'https://www.reddit.com/r/test/comments/abc/fixture/',
  mastodon: 'https://mastodon.social/home',
  youtube: 'https://www.youtube.com/watch?v=fixture',
  generic: 'https://forum.example.com/t/fixture',
};

export interface Launched {
  context: BrowserContext;
  /** null when launched without the extension (the reference run) */
  extensionId: string | null;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** false: the same browser without the extension, to compare what the page does on its own */
  extension?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Launched> {
  const withExtension = opts.extension !== false;
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run \`npm run test:e2e\` (it builds first).`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'draftguard-e2e-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new is passed above; Playwright's own flag would pick the old mode
    args,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: { width: 1200, height: 900 },
  });
  await routeFixtures(context);
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  let extensionId: string | null = null;
  if (withExtension) extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves fixture pages at the real site addresses; nothing leaves the machine. */
async function routeFixtures(context: BrowserContext): Promise<void> {
  const byHost = new Map(Object.entries(FIXTURE_URLS).map(([site, url]) => [new URL(url).host, site as FixtureSite]));
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.startsWith('/__fixtures__/')) {
        const file = path.join(DIST, path.basename(url.pathname));
        if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
        return route.fulfill({ status: 404, body: 'no such fixture bundle' });
      }
      const site = byHost.get(url.host) ?? extraHosts.get(url.host);
      if (site && route.request().resourceType() === 'document') {
        const headers: Record<string, string> = {};
        const csp = pageCsp.get(url.host);
        if (csp) headers['content-security-policy'] = csp;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: readFileSync(path.join(PAGES, `${site}.html`)) });
      }
      return route.fulfill({ status: 404, body: '' });
    },
  );
}

const extraHosts = new Map<string, FixtureSite>();
const pageCsp = new Map<string, string>();
/** Serve a host's fixture page with this Content-Security-Policy (the real sites send strict ones). */
export function setPageCsp(host: string, csp: string | null): void {
  if (csp === null) pageCsp.delete(host);
  else pageCsp.set(host, csp);
}
/** Serve a fixture page at another host as well (a Mastodon instance outside the default list, say). */
export function serveFixtureAt(host: string, site: FixtureSite): void {
  extraHosts.set(host, site);
}

/** Installs a pack on top of builtin:default through the test build's service-worker hook. */
export async function setTestPack(launched: Launched, pack: PackSource | PackSource[] | null): Promise<void> {
  const sw = await launched.serviceWorker();
  await sw.evaluate(async (p) => {
    const hook = (globalThis as unknown as { __draftguardTest?: { setPackSource(p: unknown): Promise<void> } }).__draftguardTest;
    if (!hook) throw new Error('__draftguardTest is missing: is this a test build (wxt build --mode test)?');
    await hook.setPackSource(p);
  }, pack);
}

export async function openFixture(launched: Launched, site: FixtureSite, url = FIXTURE_URLS[site]): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __fixture?: { ready: boolean } }).__fixture?.ready === true);
  return page;
}

/** Opens one of the extension's own pages (popup.html, history.html, options.html, welcome.html). */
export async function openExtensionPage(launched: Launched, file: string): Promise<Page> {
  if (!launched.extensionId) throw new Error('launched without the extension');
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${file}`);
  return page;
}

/** A pack whose findings are easy to type: one rule per severity and override mode. */
export const TEST_PACK: PackSource = {
  format: 'draftguard/pack@1',
  id: 'e2e',
  name: 'E2E test pack',
  version: '1.0.0',
  policyUrl: 'https://intranet.example/policy',
  rules: [
    { id: 'codename', kind: 'terms', category: 'confidential', severity: 'block', terms: ['Bluebird'], hash: false, message: "'{match}' is an internal codename.", note: 'Unreleased projects are not named in public.', suggestions: ['our new product'] },
    { id: 'reason-term', kind: 'terms', category: 'confidential', severity: 'block', override: 'reason', terms: ['Kestrel'], hash: false, message: "'{match}' needs a reason." },
    { id: 'deny-term', kind: 'terms', category: 'confidential', severity: 'block', override: 'deny', terms: ['Falcon'], hash: false, message: "'{match}' may never be posted." },
    { id: 'warn-term', kind: 'terms', category: 'inflammatory', severity: 'warn', terms: ['rubbish'], message: "'{match}' may come across as harsh." },
    { id: 'info-term', kind: 'terms', category: 'inflammatory', severity: 'info', terms: ['basically'], message: "'{match}' adds little." },
  ],
};

// ---- reading the page contract --------------------------------------------------------------------

export function badges(page: Page): Locator {
  return page.locator('draftguard-badge');
}

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

/**
 * Waits until some badge shows this count and severity. The wait is generous on purpose: the first check on a page loads
 * the runtime (about 2 MB) and compiles the pack, which took 3-4 s on a loaded CI machine and once ran past 5 s; how fast
 * checks are is measured by the performance specs and the benchmark, not by this wait.
 */
export async function waitForBadge(page: Page, want: { count: number; severity: string; site?: string }, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (w) =>
      [...document.querySelectorAll('draftguard-badge')].some(
        (el) => el.getAttribute('data-count') === String(w.count) && el.getAttribute('data-severity') === w.severity && (!w.site || el.getAttribute('data-site') === w.site),
      ),
    want,
    { timeout },
  );
}

/** The text each range of a CSS.highlights entry covers. */
export async function highlightTexts(page: Page, name: 'draftguard-info' | 'draftguard-warn' | 'draftguard-block'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()).sort() : [];
  }, name);
}

export interface FixturePost {
  composer: string;
  text: string;
}

export async function posts(page: Page): Promise<FixturePost[]> {
  return page.evaluate(() => (window as unknown as { __fixture: { posts: FixturePost[] } }).__fixture.posts);
}

export function confirmDialog(page: Page): Locator {
  return page.locator('draftguard-confirm');
}

/** What the site's editor looks like: its text, its HTML and the selection inside it. */
export interface EditorSnapshot {
  html: string;
  text: string;
  selection: string;
}

export async function editorSnapshot(editor: Locator): Promise<EditorSnapshot> {
  return editor.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const sel = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
    const selection =
      el instanceof HTMLTextAreaElement
        ? `${el.selectionStart}-${el.selectionEnd}`
        : sel && sel.rangeCount
          ? `${sel.anchorOffset}:${sel.focusOffset}:${sel.toString()}:${(sel.anchorNode?.textContent ?? '').length}`
          : 'none';
    return { html: el instanceof HTMLTextAreaElement ? el.outerHTML : el.innerHTML, text: el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText, selection };
  });
}

/** Type like a person (trusted key events), one character at a time. */
export async function typeInto(page: Page, editor: Locator, text: string, delay = 0): Promise<void> {
  await editor.click();
  await page.keyboard.type(text, { delay });
}

// ---- extension-side helpers ------------------------------------------------------------------------

/** The few extension APIs these helpers call inside the browser (no @types/chrome in this project). */
interface ChromeApis {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}
declare const chrome: ChromeApis;

/** Sends a protocol message to the background from an extension page, as the popup or options do. */
export async function sendFromExtensionPage<T = unknown>(launched: Launched, type: string, data: unknown): Promise<T> {
  const page = await openExtensionPage(launched, 'popup.html');
  try {
    const result = await page.evaluate(([t, d]) => chrome.runtime.sendMessage({ draftguard: 1, type: t, data: d }), [type, data] as const);
    const r = result as { ok: boolean; value?: T; error?: string };
    if (!r.ok) throw new Error(r.error);
    return r.value as T;
  } finally {
    await page.close();
  }
}

/** Waits until the background has registered the always-injected script for this host. */
export async function waitForHostScript(launched: Launched, host: string, timeout = 10_000): Promise<void> {
  const sw = await launched.serviceWorker();
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const matches = await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    if (matches.some((m) => m.includes(host))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no content script registered for ${host}`);
}

/** "Enable on this site" without the popup: the setting the popup writes after the permission. */
export async function enableGenericHost(launched: Launched, host: string): Promise<void> {
  await sendFromExtensionPage(launched, 'settings:set', { genericHosts: [host] });
  await waitForHostScript(launched, host);
}

/** The browser's id of the first tab whose URL starts with this prefix. */
export async function tabIdOf(launched: Launched, urlPrefix: string): Promise<number> {
  const sw = await launched.serviceWorker();
  const id = await sw.evaluate(async (prefix) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? null, urlPrefix);
  if (id === null) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}

/** The popup, opened in a tab of its own and pointed at another tab (`?tab=<id>`). */
export async function openPopupFor(launched: Launched, tabId: number): Promise<Page> {
  return openExtensionPage(launched, `popup.html?tab=${tabId}`);
}

/** The stats cells counted so far ([site, category, ruleId, severity, outcome] with n), via the test hook. */
export async function statsCells(launched: Launched): Promise<[string, string, string, string, string, number][]> {
  const sw = await launched.serviceWorker();
  const state = (await sw.evaluate(() => (globalThis as unknown as { __draftguardTest: { getStats(): Promise<unknown> } }).__draftguardTest.getStats())) as {
    open: Record<string, Record<string, Record<string, number>>>;
  };
  const cells: [string, string, string, string, string, number][] = [];
  for (const day of Object.values(state.open ?? {})) {
    for (const packCells of Object.values(day)) {
      for (const [key, n] of Object.entries(packCells)) cells.push([...(JSON.parse(key) as [string, string, string, string, string]), n]);
    }
  }
  return cells;
}

export interface StoredEpisode {
  id: string;
  at: number;
  site: string;
  outcome: string;
  overrideReason?: string;
  findings: { ruleId: string; outcome: string }[];
}

/** The flagged-draft history as stored by the background (IndexedDB `draftguard`, table `episodes`). */
export async function storedEpisodes(launched: Launched): Promise<StoredEpisode[]> {
  const page = await openExtensionPage(launched, 'popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<StoredEpisode[]>((resolve, reject) => {
          const open = indexedDB.open('draftguard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('episodes')) return resolve([]);
            const req = db.transaction('episodes').objectStore('episodes').getAll();
            req.onsuccess = () => resolve((req.result as StoredEpisode[]).sort((a, b) => a.at - b.at));
            req.onerror = () => reject(req.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
