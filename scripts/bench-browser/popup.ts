/**
 * Popup open → article painted, by wall clock (the popup exposes no timing marks of its own): from
 * the epoch time here just before chrome.action.openPopup() is evaluated in the service worker, to
 * the epoch time inside the popup (performance.timeOrigin + now()) of the first animation frame in
 * which `[data-state="article"] .qr-body` has text; that frame is the one that paints it. Same
 * machine, same clock. It includes puppeteer attaching to the new popup target.
 */
import type { BenchBrowser } from './browser.ts';
import { openPopup } from './browser.ts';

export interface PopupTiming {
  /** openPopup() call → first frame showing the article (or the final state). */
  ms: number;
  /** openPopup() call → the popup document's navigation start (performance.timeOrigin). */
  startMs: number;
  /** The popup's final data-state ("article", "not-article", "error", ...). */
  state: string;
}

const FINAL = '[data-state]:not([data-state="loading"])';

export async function timePopup(bb: BenchBrowser, url: string, timeoutMs: number): Promise<PopupTiming> {
  const page = await bb.open(url, timeoutMs);
  try {
    // A user clicks after the page has loaded and the content script is in it.
    await new Promise((ok) => setTimeout(ok, 300));
    const { popup, calledAt } = await openPopup(bb, page);
    const state = await popup.waitForFunction(
      (sel: string) => {
        const app = document.querySelector(sel);
        if (!app) return null;
        const kind = app.getAttribute('data-state') ?? '';
        if (kind === 'article' && !app.querySelector('.qr-body')?.textContent?.trim()) return null;
        return { kind, origin: performance.timeOrigin, now: performance.now() };
      },
      { polling: 'raf', timeout: timeoutMs },
      FINAL,
    );
    const seen = (await state.jsonValue()) as { kind: string; origin: number; now: number };
    await popup.close().catch(() => undefined);
    const called = performance.timeOrigin + calledAt;
    return { ms: seen.origin + seen.now - called, startMs: seen.origin - called, state: seen.kind };
  } finally {
    await page.close().catch(() => undefined);
  }
}
