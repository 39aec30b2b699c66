/**
 * Popup open → article painted. Inside the popup: from its navigation start (performance.timeOrigin)
 * to the first animation frame in which `[data-state="article"] .qr-body` has text (that frame paints
 * it), with the popup's own marks between (script start, tab found, content script replied). By wall
 * clock: from the epoch time here just before chrome.action.openPopup() is evaluated in the service
 * worker to that frame; same machine, same clock; it includes puppeteer attaching to the new target.
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
  /** The popup's own marks (ms after its navigation start): script start, tab found, content script replied. */
  marks: Record<string, number>;
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
        const marks: Record<string, number> = {};
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('qr:')) marks[m.name.slice(3)] = m.startTime;
        return { kind, origin: performance.timeOrigin, now: performance.now(), marks };
      },
      { polling: 'raf', timeout: timeoutMs },
      FINAL,
    );
    const seen = (await state.jsonValue()) as { kind: string; origin: number; now: number; marks: Record<string, number> };
    await popup.close().catch(() => undefined);
    const called = performance.timeOrigin + calledAt;
    return { ms: seen.origin + seen.now - called, startMs: seen.origin - called, state: seen.kind, marks: seen.marks };
  } finally {
    await page.close().catch(() => undefined);
  }
}
