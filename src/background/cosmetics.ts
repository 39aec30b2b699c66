/**
 * Answers the content script's `content/cosmetics` requests from the filter lists compiled at
 * build time (dist/<browser>/filters/engine.bin). The engine is loaded on the first request and
 * kept: deserializing takes milliseconds, and no list is ever fetched from the network. A service
 * worker that the browser stopped loads it again on its next request.
 */
import type { FiltersEngine } from '@ghostery/adblocker';
import { browser, type Sender } from '../platform/browser.ts';
import type { PageFeatures } from '../shared/protocol.ts';
import { listSelectors, loadEngine } from './filter-engine.ts';

/** Packaged with the extension: fetching our own file needs no permission. */
const ENGINE_PATH = 'filters/engine.bin';

let engine: Promise<FiltersEngine> | null = null;

async function readEngine(): Promise<FiltersEngine> {
  const response = await fetch(browser.runtime.getURL(ENGINE_PATH));
  if (!response.ok) throw new Error(`${ENGINE_PATH}: ${response.status}`);
  return loadEngine(new Uint8Array(await response.arrayBuffer()));
}

export async function cosmeticsFor(features: PageFeatures, sender: Sender): Promise<string[]> {
  // The page's address comes from the browser (the sender), not from the message.
  const url = sender.url ?? sender.tab?.url;
  if (!url || !/^https?:/.test(url)) return [];
  engine ??= readEngine().catch((error: unknown) => {
    engine = null; // let a later request try again
    throw error;
  });
  return listSelectors(await engine, url, features);
}
