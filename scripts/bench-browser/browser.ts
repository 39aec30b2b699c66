/**
 * Chromium launched the way tests/e2e/browsers.ts launches it (Debian's /usr/bin/chromium, headless,
 * `pipe: true`, the same flags), with or without the built extension. Every request that is not to
 * 127.0.0.1 is blocked, so the pages' remote resources fail at once instead of waiting on a closed
 * network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, clickToolbarButton, EXECUTABLES, POPUP_PATH } from '../../tests/e2e/browsers.ts';

export const CHROMIUM = EXECUTABLES.chromium.path;
export { POPUP_PATH };
const LOAD_WAIT_MS = 5000;
/** The flags of the end-to-end tests, so both measure the same browser. */
const ARGS = CHROMIUM_ARGS;

export interface BenchBrowser {
  browser: Browser;
  /** `chrome-extension://<id>` when the extension is loaded, else ''. */
  origin: string;
  version: string;
  /** A new tab on `url` (only 127.0.0.1 requests allowed), after its load event or LOAD_WAIT_MS past DOMContentLoaded. */
  open(url: string, timeoutMs: number): Promise<Page>;
  /** Pages whose load event had not fired LOAD_WAIT_MS after DOMContentLoaded (measured anyway). */
  slowLoads: Set<string>;
  close(): Promise<void>;
}

/** `jsFlags`: V8 flags for a diagnosis (`--js-flags`), never for the reported figures. */
export async function launch(extensionDir: string | null, jsFlags?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'qr-bench-browser-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    ...(extensionDir ? { enableExtensions: [extensionDir] } : {}),
    userDataDir: profile,
    args: jsFlags ? [...ARGS, `--js-flags=${jsFlags}`] : ARGS,
    defaultViewport: { width: 1100, height: 900 },
    protocolTimeout: 120_000,
  });
  const slowLoads = new Set<string>();
  let origin = '';
  if (extensionDir) {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    origin = worker.url().split('/').slice(0, 3).join('/');
  }
  return {
    browser,
    origin,
    slowLoads,
    version: (await browser.version()).replace(/^\D*\//, ''),
    async open(url, timeoutMs) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        const local = /^http:\/\/127\.0\.0\.1[:/]/.test(req.url()) || req.url().startsWith('data:');
        void (local ? req.continue() : req.abort('blockedbyclient')).catch(() => undefined);
      });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
      // A few pages never fire load (a script keeps the document open): measure them anyway.
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: LOAD_WAIT_MS }).catch(() => slowLoads.add(url));
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the real toolbar popup for `page` by clicking the toolbar button (as tests/e2e/browsers.ts does,
 * which also grants the extension activeTab there) and resolves with the popup and the wall-clock time
 * (performance.now() on this side) just before the click.
 */
export async function openPopup(bb: BenchBrowser, page: Page): Promise<{ popup: Page; calledAt: number }> {
  await page.bringToFront();
  const popupTarget = bb.browser.waitForTarget((t) => t.url().startsWith(bb.origin + POPUP_PATH), { timeout: 10_000 });
  const calledAt = performance.now();
  await clickToolbarButton(bb.browser, bb.origin, page);
  const popup = await (await popupTarget).asPage();
  return { popup, calledAt };
}
