/**
 * The content script: detects articles cheaply on every page, extracts on request (from a clone,
 * inside the core), and keeps the page's comment and ad hiding in line with the user's settings.
 */
import { detectArticle } from '../core/detect.ts';
import { isFromExtensionPage, listen, sendToBackground } from '../platform/browser.ts';
import type { PageInfo } from '../shared/protocol.ts';
import { commentsForReader, extractForReader } from './extract.ts';
import { startCleaning } from './cleaning.ts';
import { watchPage, whenSettled } from './watch.ts';

function pageInfo(): PageInfo {
  return { url: location.href, title: document.title, detection: detectArticle(document, location.href) };
}

function report(): void {
  sendToBackground({ type: 'content/detected', info: pageInfo() }).catch(() => {
    // The background may be restarting; the next change or popup request will catch up.
  });
}

const cleaning = startCleaning(document, location.hostname);

listen(
  {
    'page/extract': async (message) =>
      extractForReader(document, location.href, message.force, await cleaning.readerSelectors()),
    'page/comments': () => commentsForReader(document),
    'page/get-cleaning': () => cleaning.counts(),
  },
  // Only our own popup and reader tab may ask; the page itself cannot reach this listener.
  (_type, sender) => isFromExtensionPage(sender),
);

whenSettled(() => {
  report();
  watchPage(document, report);
});
