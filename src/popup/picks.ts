/**
 * The popup's side of picks: starts the picker on the page, lists what was hidden there, points at a
 * listed block and saves "not a comment section / not an ad on this site". Each injects the page
 * script and the picker script first (src/content/picker.ts answers these requests; each finds out for
 * itself whether it is already there), under the access the toolbar click granted.
 */
import { injectScripts, sendToTab } from '../platform/browser.ts';
import type { HiddenBlock, PickMode } from '../shared/protocol.ts';
import { CONTENT_SCRIPTS } from '../shared/scripts.ts';

async function withPicker<T>(tabId: number, ask: () => Promise<T>): Promise<T | null> {
  try {
    await injectScripts(tabId, [CONTENT_SCRIPTS.page, CONTENT_SCRIPTS.picker]);
    return (await ask()) ?? null;
  } catch {
    return null;
  }
}

export function startPicker(tabId: number, mode: PickMode): Promise<boolean | null> {
  return withPicker(tabId, () => sendToTab(tabId, { type: 'page/pick', mode }));
}

export async function hiddenBlocks(tabId: number): Promise<HiddenBlock[]> {
  return (await withPicker(tabId, () => sendToTab(tabId, { type: 'page/hidden' }))) ?? [];
}

/** Outlines the listed block on the page (null: puts it back); the picker script is already there. */
export function peekBlock(tabId: number, index: number | null): Promise<boolean | null> {
  return sendToTab(tabId, { type: 'page/peek', index }).catch(() => null);
}

export function keepBlock(tabId: number, index: number): Promise<boolean | null> {
  return withPicker(tabId, () => sendToTab(tabId, { type: 'page/keep', index }));
}
