// Bundled into the page by measure-browser.ts: the content script's own code, timed in Chromium.
import { newFeatures } from '../../src/content/features.ts';
import { locateListAds } from '../../src/core/locate.ts';

export function features(): { features: ReturnType<typeof newFeatures>; ms: number } {
  const started = performance.now();
  const found = newFeatures(document);
  return { features: found, ms: performance.now() - started };
}

export function query(selectors: string[]): { hidden: number; ms: number } {
  const started = performance.now();
  const { elements } = locateListAds(document, selectors);
  return { hidden: elements.length, ms: performance.now() - started };
}
