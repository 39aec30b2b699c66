/**
 * Declares one `describe` block per browser with a launched browser and the local test server,
 * so every end-to-end test runs in Chromium and in Firefox. QR_E2E_BROWSERS=chromium (or firefox)
 * narrows a local run; CI runs both.
 */
import { after, before, describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserKind, type ExtensionBrowser, type LaunchOptions } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';

export interface Context {
  ext: ExtensionBrowser;
  server: TestServer;
}

const ALL: BrowserKind[] = ['chromium', 'firefox'];

export function browsers(): BrowserKind[] {
  const wanted = process.env.QR_E2E_BROWSERS?.split(',').map((s) => s.trim());
  return wanted ? ALL.filter((kind) => wanted.includes(kind)) : ALL;
}

export function eachBrowser(title: string, body: (ctx: () => Context) => void, options: LaunchOptions = {}): void {
  for (const kind of browsers()) {
    describe(`${title} [${kind}]`, () => {
      let context: Context | undefined;
      before(async () => {
        context = { ext: await launch(kind, options), server: await startServer() };
      });
      after(async () => {
        await context?.ext.close();
        await context?.server.close();
      });
      body(() => {
        if (!context) throw new Error('browser not launched');
        return context;
      });
    });
  }
}

/**
 * Waits until the reader (popup or tab) has left its loading state, and returns that state.
 * Polls with plain evaluate calls: Firefox's driver can fail one call while an extension page
 * settles, which a waitForSelector would turn into a failed test.
 */
export async function readerState(page: Page, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? null)
      .catch(() => null);
    if (state && state !== 'loading') return state;
    await sleep(100);
  }
  throw new Error('the reader is still loading');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** True when the element matched by `selector` exists and takes up space on the page. */
export async function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel: string) => {
    const element = document.querySelector(sel);
    return element !== null && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
  }, selector);
}

/** Clicks the switch whose label reads `name` in the reader's settings panel, opening it first. */
export async function setSwitch(reader: Page, name: string, on: boolean): Promise<void> {
  const changed = await reader.evaluate(
    (label: string, wanted: boolean) => {
      document.querySelector('details.qr-panel')?.setAttribute('open', '');
      const input = [...document.querySelectorAll('label')]
        .find((l) => l.querySelector('.qr-control-label')?.textContent?.trim() === label)
        ?.querySelector('input[type="checkbox"]') as HTMLInputElement | null | undefined;
      if (!input) throw new Error(`no switch named ${label}`);
      if (input.checked === wanted) return false;
      input.click();
      return true;
    },
    name,
    on,
  );
  if (changed) await sleep(400);
}

/** The state of the switch named `name`. */
export async function switchState(reader: Page, name: string): Promise<boolean> {
  return reader.evaluate((label: string) => {
    const input = [...document.querySelectorAll('label')]
      .find((l) => l.querySelector('.qr-control-label')?.textContent?.trim() === label)
      ?.querySelector('input[type="checkbox"]') as HTMLInputElement | null | undefined;
    if (!input) throw new Error(`no switch named ${label}`);
    return input.checked;
  }, name);
}

/** Waits until `check` holds on the page, polling; fails with `what` after the timeout. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting until ${what}`);
}
