/**
 * Loads what the reader shows for a tab: makes sure the tab has our content scripts (injecting them
 * where none answers: a tab opened before the install or an update, or one still loading; and the
 * extraction script, which no page gets until a person opens the reader there), asks for the article,
 * and turns every way that can fail into a state the user can understand.
 */
import { browser, injectScripts, sendToTab, translate } from '../platform/browser.ts';
import type { CleaningCounts, ExtractReply } from '../shared/protocol.ts';
import { CONTENT_SCRIPTS } from '../shared/scripts.ts';
import type { CannotRunReason } from '../ui/StatusMessage.tsx';
import { mark } from './marks.ts';
import { cannotRunReason } from './restricted.ts';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'cannot-run'; reason: CannotRunReason }
  | { kind: 'not-article' }
  | { kind: 'no-text' }
  | { kind: 'error'; message: string }
  | { kind: 'article'; reply: Extract<ExtractReply, { ok: true }> };

export interface TabTarget {
  tabId: number;
  url: string | undefined;
  host: string;
  /** The active tab, read from the toolbar popup: the button's click granted access to it (activeTab). */
  clicked: boolean;
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The tab the reader is about: `?tab=<id>` for the full-tab reader, else the active tab. */
export async function findTarget(search: string): Promise<TabTarget | null> {
  const param = new URLSearchParams(search).get('tab');
  const tab = param !== null && /^\d+$/.test(param)
    ? await browser.tabs.get(Number(param)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { tabId: tab.id, url: tab.url, host: hostOf(tab.url), clicked: param === null };
}

/**
 * How long to wait for the page's answer: above the page script's wait for a loading page to be parsed
 * (CONTENT_WATCH.parseWaitMs, 5 s) plus the extraction's time budget (1.5 s).
 */
export const EXTRACT_TIMEOUT_MS = 8000;

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Injects the page script and the reader script into the tab, in that order. Each finds out for itself
 * whether it is already there (src/content/instance.ts), so a second injection costs one round trip and
 * runs nothing twice. Null when done, else the browser's reason for refusing (a browser page, a store,
 * file:// without access, or no access granted to this tab).
 */
async function injectReader(tabId: number): Promise<string | null> {
  try {
    await injectScripts(tabId, [CONTENT_SCRIPTS.page, CONTENT_SCRIPTS.reader]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The page's answer, or the reason there is none ('timeout' when our scripts are there but it did not answer). */
async function requestArticle(tabId: number, force: boolean): Promise<ExtractReply | Error> {
  try {
    const reply = await withTimeout(sendToTab(tabId, { type: 'page/extract', force }), EXTRACT_TIMEOUT_MS);
    // A handler that failed answers nothing (the router replies through sendResponse).
    return reply ?? new Error('no reply');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * `injectFirst`: add our scripts before asking (the first load of a reader: most tabs lack the reader script).
 * Otherwise ask first and inject only when nothing or only the page script answers ("Show reader anyway",
 * after a first load has injected them).
 */
export async function loadArticle(target: TabTarget, force: boolean, injectFirst = true): Promise<ReaderState> {
  let refused = injectFirst ? await injectReader(target.tabId) : null;
  mark('injected');
  let reply = await requestArticle(target.tabId, force);
  if (!injectFirst && (reply instanceof Error || (!reply.ok && reply.reason === 'reader-missing'))) {
    refused = await injectReader(target.tabId);
    reply = await requestArticle(target.tabId, force);
  }
  if (reply instanceof Error) {
    // Our scripts are in the page but it did not answer in time (a page that never stops loading, a busy tab).
    if (refused === null && reply.message === 'timeout') return { kind: 'error', message: translate('pageTimeout') };
    if (reply.message === 'no reply') return { kind: 'error', message: translate('pageNoAnswer') };
    // Nothing answers, and the browser refused the scripts: it keeps extensions off this page.
    return { kind: 'cannot-run', reason: cannotRunReason(target.url, refused, target.clicked) };
  }
  if (reply.ok) return { kind: 'article', reply };
  if (reply.reason === 'not-article') return { kind: 'not-article' };
  if (reply.reason === 'no-text') return { kind: 'no-text' };
  if (reply.reason === 'not-a-page') return { kind: 'cannot-run', reason: reply.file };
  // The page script answers but the browser would not let us add the reader to it (no access granted).
  if (reply.reason === 'reader-missing') return { kind: 'cannot-run', reason: cannotRunReason(target.url, refused ?? '', target.clicked) };
  return { kind: 'error', message: reply.message };
}

export async function loadCleaningCounts(target: TabTarget): Promise<CleaningCounts | null> {
  try {
    return await sendToTab(target.tabId, { type: 'page/get-cleaning' });
  } catch {
    return null;
  }
}

export interface Loaded {
  target: TabTarget | null;
  state: ReaderState;
}

/**
 * Finds the tab the reader is about and loads its article. The popup and the reader tab start this before
 * their UI has loaded (main.tsx), so the page extracts while the extension page loads Preact.
 */
export async function loadReader(search: string, force: boolean, injectFirst = true): Promise<Loaded> {
  let target: TabTarget | null = null;
  try {
    target = await findTarget(search);
    mark('target');
    if (!target) return { target, state: { kind: 'cannot-run', reason: 'restricted' } };
    const state = await loadArticle(target, force, injectFirst);
    mark('reply');
    return { target, state };
  } catch (error) {
    // Never leave the user with an endless spinner.
    return { target, state: { kind: 'error', message: error instanceof Error ? error.message : String(error) } };
  }
}
