/**
 * The typed message protocol's one router and the calls around it, written against the part of the
 * WebExtension API they use. Two bindings: src/platform/browser.ts (webextension-polyfill, for the extension
 * pages and the background) and src/platform/page-api.ts (the browsers' own promise-based MV3 namespace,
 * for the page script that every page loads, which does not carry the polyfill).
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { parseMessage, type MessageOf, type MessageType, type Replies } from '../shared/protocol.ts';

export type ExtensionApi = Pick<Browser, 'runtime' | 'storage'>;
export type Sender = Runtime.MessageSender;

export type Handlers = {
  [K in MessageType]?: (message: MessageOf<K>, sender: Sender) => Replies[K] | Promise<Replies[K]>;
};

type Listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined;

export interface Messaging {
  /**
   * True while this script still belongs to a running extension. A content script left in a tab when the
   * extension is updated, reloaded or removed keeps running in Chrome but is cut off: its `runtime.id` is
   * gone and every API call throws.
   */
  extensionAlive(): boolean;
  /** True when the message comes from one of this extension's own pages (popup, reader tab, background). */
  isFromExtensionPage(sender: Sender): boolean;
  /** True when the message comes from this extension's own content script in a tab. */
  isFromOwnContentScript(sender: Sender): boolean;
  /**
   * The one message router. Messages from other extensions or of an unknown shape are ignored; `accept`
   * decides which of our own contexts may send each message type. Returns a function that removes the
   * listener (a content script that stops itself).
   */
  listen(handlers: Handlers, accept: (type: MessageType, sender: Sender) => boolean): () => void;
  sendToBackground<K extends MessageType>(message: MessageOf<K>): Promise<Replies[K]>;
}

export function bindMessaging(api: ExtensionApi): Messaging {
  const { runtime } = api;
  return {
    extensionAlive() {
      try {
        return typeof runtime?.id === 'string';
      } catch {
        return false;
      }
    },
    isFromExtensionPage: (sender) => sender.id === runtime.id && typeof sender.url === 'string' && sender.url.startsWith(runtime.getURL('')),
    isFromOwnContentScript: (sender) => sender.id === runtime.id && sender.tab !== undefined,
    listen(handlers, accept) {
      // Replies through sendResponse (and `true`, the reply will come): what both browsers' own API and the
      // polyfill accept; Chrome's own onMessage ignores a returned promise.
      const listener: Listener = (raw, sender, sendResponse) => {
        const message = parseMessage(raw);
        if (!message || sender.id !== runtime.id || !accept(message.type, sender)) return undefined;
        const handler = handlers[message.type] as ((m: typeof message, s: Sender) => unknown) | undefined;
        if (!handler) return undefined;
        Promise.resolve()
          .then(() => handler(message, sender))
          .then(sendResponse, () => sendResponse(undefined));
        return true;
      };
      runtime.onMessage.addListener(listener as Parameters<typeof runtime.onMessage.addListener>[0]);
      return () => {
        try {
          runtime.onMessage.removeListener(listener as Parameters<typeof runtime.onMessage.removeListener>[0]);
        } catch {
          // A cut-off script's API throws; its listener is dead already.
        }
      };
    },
    sendToBackground: <K extends MessageType>(message: MessageOf<K>) => runtime.sendMessage(message) as Promise<Replies[K]>,
  };
}
