/**
 * Declares one `describe` block per browser with a launched browser and the local test server,
 * so every end-to-end test runs in Chromium and in Firefox. QR_E2E_BROWSERS=chromium (or firefox)
 * narrows a local run; CI runs both.
 */
import { after, before, describe } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
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

/**
 * Puppeteer's selector for the switch whose accessible name is `name`, as assistive technology finds
 * it. It works in both browsers: over CDP in Chromium, and over WebDriver BiDi in Firefox (puppeteer
 * sends browsingContext.locateNodes with an accessibility locator). The role is part of it because
 * Firefox's locator also matches the <label> that gives the switch its name.
 */
export function switchSelector(name: string): string {
  return `::-p-aria([name="${name}"][role="switch"])`;
}

/** The switch named `name`, as it is on the reader's top bar: no panel to open first. */
export async function findSwitch(reader: Page, name: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await reader.waitForSelector(switchSelector(name), { timeout: 5000 });
  if (!handle) throw new Error(`no switch named ${name}`);
  return handle as ElementHandle<HTMLInputElement>;
}

/** Clicks the switch named `name` (a real click, where a user would) unless it is already `on`. */
export async function setSwitch(reader: Page, name: string, on: boolean): Promise<void> {
  const input = await findSwitch(reader, name);
  if ((await input.evaluate((el) => el.checked)) === on) return;
  await input.click();
  await sleep(400);
}

/** The state of the switch named `name`. */
export async function switchState(reader: Page, name: string): Promise<boolean> {
  return (await findSwitch(reader, name)).evaluate((el) => el.checked);
}

/** What the switch named `name` says about the page, e.g. "3 ads": its aria-describedby text. */
export async function switchDescription(reader: Page, name: string): Promise<string> {
  return (await findSwitch(reader, name)).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
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
