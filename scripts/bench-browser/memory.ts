/**
 * Content-script memory, by difference: the content script's isolated world lives in the page's V8
 * isolate, so the isolate's used heap (CDP Runtime.getHeapUsage after two forced GCs) on the same
 * local page in a browser with the extension minus one without it is what the extension adds there.
 * One tab at a time, so no other page shares the renderer; median of a few fresh tabs.
 */
import type { Page } from 'puppeteer-core';
import type { BenchBrowser } from './browser.ts';
import { median } from './stats.ts';

/** Long enough for the content script's idle-time detection (its requestIdleCallback deadline is 2 s). */
const SETTLE_MS = 2500;
const SAMPLES = 3;

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Median used heap (bytes) of `url` after it settles; `before` runs on the loaded page first (e.g. open the popup). */
export async function heapOf(bb: BenchBrowser, url: string, before?: (page: Page) => Promise<void>): Promise<number> {
  const sizes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    for (const open of await bb.browser.pages()) if (open.url() !== 'about:blank') await open.close();
    const page = await bb.open(url, 30_000);
    await new Promise((ok) => setTimeout(ok, SETTLE_MS));
    if (before) await before(page);
    sizes.push(await usedHeap(page));
    await page.close();
  }
  return median(sizes);
}
