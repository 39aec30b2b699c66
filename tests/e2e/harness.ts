/**
 * Declares one `describe` block per browser with a launched browser and the local test server,
 * so every end-to-end test runs in Chromium and in Firefox. QR_E2E_BROWSERS=chromium (or firefox)
 * narrows a local run; CI runs both.
 */
import { after, before, describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserKind, type ExtensionBrowser } from './browsers.ts';
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

export function eachBrowser(title: string, body: (ctx: () => Context) => void): void {
  for (const kind of browsers()) {
    describe(`${title} [${kind}]`, () => {
      let context: Context | undefined;
      before(async () => {
        context = { ext: await launch(kind), server: await startServer() };
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

/** Waits until the reader (popup or tab) has left its loading state, and returns that state. */
export async function readerState(page: Page): Promise<string> {
  const handle = await page.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 20_000 });
  return (await handle?.evaluate((el) => el.getAttribute('data-state'))) ?? '';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
