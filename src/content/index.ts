/**
 * The page script, declared for every http(s) page and injected by the reader into tabs that have none
 * answering: it detects articles cheaply (the toolbar badge), keeps the page's comment and ad hiding in
 * line with the user's settings, and answers the reader. Extraction itself is not here: the reader
 * injects src/content/reader.ts when a person opens it, so pages nobody reads never load it.
 */
import { detectArticle } from '../core/detect.ts';
import { extensionAlive, isFromExtensionPage, listen, sendToBackground } from '../platform/page-api.ts';
import type { DetectionResult } from '../core/types.ts';
import type { PageInfo } from '../shared/protocol.ts';
import { startCleaning } from './cleaning.ts';
import { CONTENT_WATCH } from './constants.ts';
import { fileShown } from './file-shown.ts';
import { clearHiding } from './hider.ts';
import { mayStart, readerOf, register } from './instance.ts';
import { watchPage, whenParsed, whenSettled } from './watch.ts';

const scope = globalThis as unknown as Record<string, unknown>;

/** The page's elements, live: their count says whether the page has changed since the last detection. */
const elements = document.getElementsByTagName('*');
let last: { url: string; elements: number; detection: DetectionResult } | null = null;

/**
 * Detection for the badge and for the reader's "is it an article?": the last result while the page stays as
 * it was (same address, same number of elements), else a fresh one. The reader's click comes after the
 * page script has detected on load, so it usually need not walk the page again.
 */
function detection(): DetectionResult {
  const url = location.href;
  if (last && last.url === url && last.elements === elements.length) return last.detection;
  last = { url, elements: elements.length, detection: detectArticle(document, url) };
  return last.detection;
}

function pageInfo(): PageInfo {
  return { url: location.href, title: document.title, detection: detection() };
}

function report(): void {
  sendToBackground({ type: 'content/detected', info: pageInfo() }).catch(() => {
    // The background may be restarting; the next change or popup request will catch up.
  });
}

function start(): void {
  // What a ghost of an older version left hidden goes first; this copy hides again by its own settings.
  clearHiding(document);
  const cleaning = startCleaning(document, location.hostname);
  const unlisten = listen(
    {
      'page/extract': async (message) => {
        const file = fileShown(document.contentType);
        if (file) return { ok: false, reason: 'not-a-page', file };
        const reader = readerOf(scope);
        if (!reader) return { ok: false, reason: 'reader-missing' };
        // Clicked while the page loads: read the whole document, not the half the parser has built.
        await whenParsed(document, CONTENT_WATCH.parseWaitMs);
        // Unless forced ("Show reader anyway"), a page that is not an article gets a clear answer, not a guess.
        const found = detection();
        if (!found.isArticle && !message.force) return { ok: false, reason: 'not-article', detection: found };
        const result = reader.extract(document, location.href, await cleaning.readerSelectors(), cleaning.readerPicks());
        return result.ok ? { ...result, detection: found } : result;
      },
      'page/comments': () => (fileShown(document.contentType) ? null : (readerOf(scope)?.comments(document, cleaning.readerPicks().regionSelector) ?? null)),
      'page/get-cleaning': () => cleaning.counts(),
    },
    // Only our own popup and reader tab may ask; the page itself cannot reach this listener.
    (_type, sender) => isFromExtensionPage(sender),
  );
  let stopWatching = (): void => undefined;
  let stopped = false;
  let staleCheck: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    stopped = true;
    clearInterval(connection);
    clearTimeout(staleCheck);
    stopWatching();
    unlisten();
    unregister();
    cleaning.stop();
  };
  const unregister = register(scope, document, { alive: extensionAlive, stop });
  // Cut off by an update, reload or removal of the extension: give the page back at once.
  const connection = setInterval(() => {
    if (!extensionAlive()) stop();
  }, CONTENT_WATCH.pollMs);
  whenSettled(() => {
    // A copy that stopped before the page settled (a newer one took over) leaves detection to that one.
    if (stopped || !extensionAlive()) return;
    report();
    stopWatching = watchPage(document, report);
    // Picks that match nothing here are marked stale once late widgets have had their time to arrive.
    staleCheck = setTimeout(() => void cleaning.checkStale().catch(() => undefined), CONTENT_WATCH.staleCheckMs);
  });
}

if (mayStart(scope, document)) start();
