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
 * The one message router. Messages from other extensions or of an unknown shape are ignored;
 * `accept` decides which of our own contexts may send each message type.
 */
export function listen(handlers: Handlers, accept: (type: MessageType, sender: Sender) => boolean): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const message = parseMessage(raw);
    if (!message || sender.id !== browser.runtime.id || !accept(message.type, sender)) return undefined;
    const handler = handlers[message.type] as ((m: typeof message, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message, sender));
  });
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
