/**
 * The only module that imports webextension-polyfill: the extension pages (popup, reader tab) and the
 * background reach the browser through the surface exported here, which tests can replace. The page script
 * that every page loads uses the browsers' own namespace instead (page-api.ts), through the same router.
 */
import browser from 'webextension-polyfill';
import type { MessageOf, MessageType, Replies } from '../shared/protocol.ts';
import { bindMessaging } from './messaging.ts';
import { bindStorage } from './storage.ts';

export { browser };
export type { Handlers, Sender } from './messaging.ts';

export const { extensionAlive, isFromExtensionPage, isFromOwnContentScript, listen, sendToBackground } = bindMessaging(browser);
export const { loadCleaning, saveCleaning, loadValue, saveValue, onCleaningChanged, loadPicks, savePicks, onPicksChanged } =
  bindStorage(browser);

/**
 * Runs our packaged scripts in a tab's top frame, in order (content-script world). Needs the `scripting`
 * permission and access to the page: `activeTab`, granted when the person clicks the toolbar button or
 * presses its shortcut, or (Firefox) the host access the content script's matches give. Rejects with the
 * browser's own reason when the page is off limits (browser pages, stores, file:// without access).
 */
export async function injectScripts(tabId: number, files: string[]): Promise<void> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files });
  // Firefox reports a script that failed to load or threw in the result instead of rejecting.
  const failed = results.find((result) => (result as { error?: unknown }).error !== undefined);
  if (failed) throw new Error(String((failed as { error?: unknown }).error));
}

export function sendToTab<K extends MessageType>(tabId: number, message: MessageOf<K>): Promise<Replies[K]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[K]>;
}

/** The UI language translation function; falls back to the key so a missing string is visible, not blank. */
export function translate(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
