/**
 * Runs page detection once the page settles, and again when a single-page site changes its URL
 * in place or the page grows a lot. Polling two cheap values beats observing every mutation.
 */
import { CONTENT_WATCH } from './constants.ts';

export function watchPage(doc: Document, onChange: () => void): () => void {
  let lastUrl = doc.location.href;
  // A live collection: reading its length costs nothing.
  const paragraphs = doc.getElementsByTagName('p');
  let lastCount = paragraphs.length;
  const timer = setInterval(() => {
    const url = doc.location.href;
    const count = paragraphs.length;
    const grewALot = count >= CONTENT_WATCH.growthMinParagraphs && count >= lastCount * CONTENT_WATCH.growthFactor;
    if (url !== lastUrl || grewALot) {
      lastUrl = url;
      lastCount = count;
      onChange();
    }
  }, CONTENT_WATCH.pollMs);
  return () => clearInterval(timer);
}

/** Calls `run` when the main thread is idle after load, so detection never competes with the page. */
export function whenSettled(run: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number }).requestIdleCallback;
  const schedule = (): void => {
    if (idle) idle(run, { timeout: CONTENT_WATCH.settleTimeoutMs });
    else setTimeout(run, CONTENT_WATCH.settleDelayMs);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

/** Resolves once the parser has built the whole document (or after `maxMs`, whichever comes first). */
export function whenParsed(doc: Document, maxMs: number): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, maxMs);
    doc.addEventListener('DOMContentLoaded', () => {
      clearTimeout(timer);
      done();
    }, { once: true });
  });
}
