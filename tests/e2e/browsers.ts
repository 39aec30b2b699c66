/**
 * Launches Debian's Chromium or Firefox ESR with the built extension installed, through
 * puppeteer-core, behind one interface so each test runs unchanged in both browsers.
 * Chromium opens the real toolbar popup the way a person does, by clicking the toolbar button
 * (CDP `Extensions.triggerAction`), which also grants the extension `activeTab` on the page;
 * Firefox cannot reach its popup over WebDriver BiDi, so the popup page opens in a tab with
 * `?tab=<id>` — the same page the toolbar shows, told which tab it is about.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

export const EXECUTABLES: Record<BrowserKind, { path: string; apt: string }> = {
  chromium: { path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** Matches GECKO_ID in vite.config.ts. */
const GECKO_ID = 'quiet-reader@quiet-reader.dev';
/** Fixed moz-extension host, so tests know the extension's pages in advance. */
const FIREFOX_UUID = '3b0d6a4e-5c1f-4a57-9d2e-7f3c1a2b4c5d';
export const POPUP_PATH = '/src/popup/index.html';
export const READER_PATH = '/src/reader/index.html';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // The machine has no network but the package mirrors: keep Chromium from trying.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`; '' until installed (`installLater`). */
  origin: string;
  /** Installs the built extension now (or reloads it, when installed): see LaunchOptions.installLater. */
  install(): Promise<string>;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Opens the toolbar popup for this tab (Chromium: the real popup; Firefox: the popup page in a tab). */
  openPopup(page: Page): Promise<Page>;
  /** Opens an extension page such as the full-tab reader. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text the extension shows for this page's tab. */
  badgeText(page: Page): Promise<string>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export function requireExecutable(kind: BrowserKind): void {
  const { path, apt } = EXECUTABLES[kind];
  if (!existsSync(path)) {
    throw new Error(`${kind} is not installed at ${path}: run "apt-get install -y ${apt}" (see README).`);
  }
}

export interface LaunchOptions {
  /** The browser's UI language (Chromium's --lang), which the extension's own strings follow. */
  uiLanguage?: string;
  /**
   * Start the browser without the extension; `install()` adds it later, as a person installs it with
   * tabs already open. `install()` again reloads it under the same id: how an update looks to an open tab.
   */
  installLater?: boolean;
  /**
   * Real sites' host names to resolve to 127.0.0.1, where the local test server listens, so that a
   * filter list's site rules for them apply (Chromium's --host-resolver-rules, Firefox's
   * network.dns.localDomains). Plain http: a host on the browsers' HSTS preload lists would need TLS.
   */
  loopbackHosts?: string[];
  /** Where downloads are saved, without asking (an absolute path); the browser's default when unset. */
  downloadDir?: string;
}

function chromiumArgs(options: LaunchOptions): string[] {
  const args = [...CHROMIUM_ARGS];
  if (options.uiLanguage) args.push(`--lang=${options.uiLanguage}`);
  if (options.loopbackHosts?.length) args.push(`--host-resolver-rules=${options.loopbackHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`);
  return args;
}

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  requireExecutable(kind);
  const dist = resolve(`dist/${kind === 'chromium' ? 'chrome' : 'firefox'}`);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), `qr-${kind}-`));
  const browser =
    kind === 'chromium'
      ? await puppeteer.launch({
          executablePath: EXECUTABLES.chromium.path,
          headless: true,
          pipe: true,
          enableExtensions: options.installLater ? true : [dist],
          userDataDir: profile,
          args: chromiumArgs(options),
          env: options.uiLanguage ? { ...process.env, LANGUAGE: options.uiLanguage } : process.env,
          defaultViewport: { width: 1100, height: 900 },
          ...(options.downloadDir ? { downloadBehavior: { policy: 'allow' as const, downloadPath: options.downloadDir } } : {}),
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: EXECUTABLES.firefox.path,
          headless: true,
          userDataDir: profile,
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
            // The UI language needs Debian's language pack (firefox-esr-l10n-ar for Arabic).
            ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {}),
            ...(options.loopbackHosts?.length ? { 'network.dns.localDomains': options.loopbackHosts.join(',') } : {}),
            ...(options.downloadDir
              ? {
                  'browser.download.folderList': 2,
                  'browser.download.dir': options.downloadDir,
                  'browser.download.useDownloadDir': true,
                  'browser.download.always_ask_before_handling_new_types': false,
                  'browser.download.alwaysOpenPanel': false,
                }
              : {}),
          },
          defaultViewport: { width: 1100, height: 900 },
        });
  const install = async (): Promise<string> => {
    const id = await browser.installExtension(dist);
    return kind === 'chromium' ? `chrome-extension://${id}` : `moz-extension://${FIREFOX_UUID}`;
  };
  let origin = '';
  if (options.installLater) {
    // Known once installed; until then the extension's pages cannot be opened.
  } else if (kind === 'chromium') {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    origin = worker.url().split('/').slice(0, 3).join('/');
  } else {
    origin = await install();
  }
  const shared = createCommon(kind, browser, origin, profile);
  shared.install = async () => {
    shared.origin = await install();
    return shared.origin;
  };
  return shared;
}

/**
 * Clicks the extension's toolbar button for `page`'s tab, as a person does: Chromium opens the popup and
 * grants the extension `activeTab` on the page (`chrome.action.openPopup()` from the service worker opens
 * the popup without that grant). The CDP command needs the pipe connection and
 * --enable-unsafe-extension-debugging, which puppeteer's `enableExtensions` sets.
 */
export async function clickToolbarButton(browser: Browser, origin: string, page: Page): Promise<void> {
  await page.bringToFront();
  const cdp = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const active = targetInfos.filter((t) => (t as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
    const tab = active.length === 1 ? active[0] : active.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no active tab holds ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: new URL(origin).host, targetId: tab.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function createCommon(kind: BrowserKind, browser: Browser, initialOrigin: string, profile: string): ExtensionBrowser {
  // The extension's origin changes when it is installed after launch: every helper reads it when called.
  const at = { origin: initialOrigin };
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    if (kind === 'firefox') {
      // goto() to a moz-extension URL never resolves over BiDi: start it, then wait for the DOM.
      void page.goto(at.origin + path).catch(() => undefined);
      // Poll with plain evaluate calls: while the page navigates, Firefox's driver may fail one
      // call ("right-hand side of 'in' should be an object"), which would end a waitForFunction.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const ready = await page
          .evaluate((o: string) => location.href.startsWith(o) && document.readyState === 'complete', at.origin)
          .catch(() => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`${at.origin + path} did not load`);
        await new Promise((done) => setTimeout(done, 100));
      }
    } else {
      await page.goto(at.origin + path);
    }
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    // Asked of the page itself: the driver's page.url() still says about:blank while a navigation is under way.
    const url = await page.evaluate(() => location.href).catch(() => page.url());
    const helper = await openExtensionPage('/src/reader/index.html?tab=none');
    const id = await helper.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { chrome?: any; browser?: any }).browser ?? (globalThis as any).chrome;
      const tabs: Array<{ id: number; url?: string }> = await api.tabs.query({});
      const exact = tabs.filter((tab) => tab.url === target);
      // Pages the extension may not see (about:addons) show no URL: take the newest such tab.
      const hidden = tabs.filter((tab) => tab.url === undefined);
      const pool = exact.length ? exact : hidden;
      return pool.length ? Math.max(...pool.map((tab) => tab.id)) : -1;
    }, url);
    await helper.close();
    if (id < 0) throw new Error(`no tab has ${url}`);
    return id;
  };

  const badgeText = async (page: Page): Promise<string> => {
    const tabId = await tabIdOf(page);
    const helper = await openExtensionPage('/src/reader/index.html?tab=none');
    const text = await helper.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { browser?: any; chrome?: any }).browser ?? (globalThis as any).chrome;
      return (await api.action.getBadgeText({ tabId: id })) as string;
    }, tabId);
    await helper.close();
    return text;
  };

  return {
    kind,
    browser,
    get origin() {
      return at.origin;
    },
    set origin(value: string) {
      at.origin = value;
    },
    install: () => Promise.reject(new Error('install() is set by launch()')),
    openExtensionPage,
    tabIdOf,
    badgeText,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPopup(page) {
      if (kind === 'firefox') {
        const popup = await openExtensionPage(`${POPUP_PATH}?tab=${await tabIdOf(page)}`);
        // The size of Firefox's toolbar popup, so screenshots show what a user sees.
        await popup.setViewport({ width: 480, height: 600 });
        return popup;
      }
      const popupTarget = browser.waitForTarget((t) => t.url().startsWith(at.origin + POPUP_PATH));
      await clickToolbarButton(browser, at.origin, page);
      const popup = await (await popupTarget).asPage();
      await popup.waitForFunction(() => document.readyState === 'complete');
      return popup;
    },
    async screenshot(page, name) {
      const dir = join(SCREENSHOT_DIR, kind);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      // Chromium captures a full page beyond the viewport shifted on a right-to-left page (its right edge cut
      // off); grown to the page's size first (captureBeyondViewport: false), it captures what a person sees.
      await page.screenshot({ path, fullPage: kind === 'firefox' ? false : true, captureBeyondViewport: false });
      return path;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
