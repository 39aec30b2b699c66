/**
 * The page script's way to the browser: the browsers' own namespace, which in Manifest V3 returns promises
 * as the polyfill does (Firefox's `browser`, Chrome's `chrome`), through the same router and storage code as
 * the extension pages (messaging.ts, storage.ts). Every http(s) page loads the page script, so it does not
 * carry the polyfill (10 KB raw, 3 KB gzip, and its set-up on every page load).
 */
import type { ExtensionApi } from './messaging.ts';
import { bindMessaging } from './messaging.ts';
import { bindStorage } from './storage.ts';

const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
const api = (scope.browser ?? scope.chrome) as ExtensionApi;

export type { Sender } from './messaging.ts';
export const { extensionAlive, isFromExtensionPage, listen, sendToBackground } = bindMessaging(api);
export const { loadCleaning, onCleaningChanged, loadPicks, savePicks, onPicksChanged } = bindStorage(api);

/** The extension's UI strings in the page (the picker's prompt); the key itself when missing, so a gap shows. */
export function pageTranslate(key: string): string {
  const i18n = (scope.browser ?? scope.chrome) as unknown as { i18n?: { getMessage(key: string): string } };
  return i18n.i18n?.getMessage(key) || key;
}
