/**
 * The only module that imports webextension-polyfill. Everything else reaches the browser
 * through the small surface exported here, which tests can replace.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, type MessageOf, type MessageType, type Replies } from '../shared/protocol.ts';

export { browser };
export type Sender = Runtime.MessageSender;

export type Handlers = {
  [K in MessageType]?: (message: MessageOf<K>, sender: Sender) => Replies[K] | Promise<Replies[K]>;
};

/** True when the message comes from one of this extension's own pages (popup, reader tab, background). */
export function isFromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** True when the message comes from this extension's own content script in a tab. */
export function isFromOwnContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined;
}

/**
 * True while this script still belongs to a running extension. A content script left in a tab when the
 * extension is updated, reloaded or removed keeps running in Chrome but is cut off: its `runtime.id` is
 * gone and every API call throws.
 */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/**
 * The one message router. Messages from other extensions or of an unknown shape are ignored;
 * `accept` decides which of our own contexts may send each message type. Returns a function that
 * removes the listener (a content script that stops itself).
 */
export function listen(handlers: Handlers, accept: (type: MessageType, sender: Sender) => boolean): () => void {
  const listener = (raw: unknown, sender: Sender) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id || !accept(message.type, sender)) return undefined;
    const handler = handlers[message.type] as ((m: typeof message, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // A cut-off script's API throws; its listener is dead already.
    }
  };
}

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

export function sendToBackground<K extends MessageType>(message: MessageOf<K>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[K]>;
}

export function sendToTab<K extends MessageType>(tabId: number, message: MessageOf<K>): Promise<Replies[K]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[K]>;
}

/** The UI language translation function; falls back to the key so a missing string is visible, not blank. */
export function translate(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
