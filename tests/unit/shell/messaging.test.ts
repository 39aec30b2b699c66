import { describe, expect, it, vi } from 'vitest';
import { bindMessaging, type ExtensionApi } from '../../../src/platform/messaging.ts';

type Listener = (raw: unknown, sender: object, sendResponse: (reply: unknown) => void) => true | undefined;

function fakeApi(id: string | null = 'ext-id') {
  const listeners: Listener[] = [];
  const runtime = {
    id: id ?? undefined,
    getURL: (path: string) => `chrome-extension://ext-id/${path}`,
    onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1) },
    sendMessage: vi.fn(async () => 'sent'),
  };
  return { api: { runtime, storage: {} } as unknown as ExtensionApi, listeners };
}

const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };

describe('the message router', () => {
  it('answers our own pages through sendResponse, which both browsers’ own APIs and the polyfill accept', async () => {
    const { api, listeners } = fakeApi();
    const m = bindMessaging(api);
    m.listen({ 'page/get-cleaning': () => ({ commentSections: 1, ads: 2 }) }, (_t, sender) => m.isFromExtensionPage(sender));
    const sendResponse = vi.fn();
    expect(listeners[0]!({ type: 'page/get-cleaning' }, fromPopup, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ commentSections: 1, ads: 2 }));
  });

  it('ignores other extensions, pages, unknown shapes and types it has no handler for', () => {
    const { api, listeners } = fakeApi();
    const m = bindMessaging(api);
    m.listen({ 'page/get-cleaning': () => ({ commentSections: 0, ads: 0 }) }, (_t, sender) => m.isFromExtensionPage(sender));
    const listener = listeners[0]!;
    const sendResponse = vi.fn();
    expect(listener({ type: 'page/get-cleaning' }, { id: 'other', url: 'chrome-extension://other/x.html' }, sendResponse)).toBeUndefined();
    expect(listener({ type: 'page/get-cleaning' }, { id: 'ext-id', url: 'https://news.example/', tab: {} }, sendResponse)).toBeUndefined();
    expect(listener({ type: 'eval', code: 'x' }, fromPopup, sendResponse)).toBeUndefined();
    expect(listener({ type: 'page/comments' }, fromPopup, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers nothing when a handler fails, and stops listening when asked', async () => {
    const { api, listeners } = fakeApi();
    const m = bindMessaging(api);
    const stop = m.listen({ 'page/comments': () => { throw new Error('boom'); } }, () => true);
    const sendResponse = vi.fn();
    listeners[0]!({ type: 'page/comments' }, fromPopup, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(undefined));
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('knows a script cut off from its extension (no runtime id)', () => {
    expect(bindMessaging(fakeApi().api).extensionAlive()).toBe(true);
    expect(bindMessaging(fakeApi(null).api).extensionAlive()).toBe(false);
  });
});
