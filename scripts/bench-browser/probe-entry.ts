/**
 * Bundled to an IIFE and evaluated in each benchmarked page (its main world). Exposes
 * `window.__qrProbe`: every function times one call of one system with performance.now() and
 * returns `{ ms, ... }`. Each call runs inside its own setTimeout task, so the page's long-task
 * observer sees it the way it would see the content script's work.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractOutsideComments } from '../../src/core/extract-unsanitized.ts';
import { detectArticle } from '../../src/core/index.ts';

export interface ProbeResult {
  ms: number;
  /** Part of `ms` spent loading the system's script (the reader script on its first call). */
  loadMs?: number;
  /** Characters of text (extraction), comments found (comments) or 1/0 for "is an article" (detection); -1 on error. */
  size: number;
  error?: string;
}

type Run = (url: string) => number;

interface ReaderWindow {
  /** Defined by the reader bundle (reader-entry.ts) once __qrLoadReader has run it. */
  __qrReaderProbe?: (url: string) => number;
  __qrLoadReader: () => void;
  /** Defined by the Readability-only bundle (readability-entry.ts) once __qrLoadReadability has run it. */
  __qrReadabilityProbe?: () => number;
  __qrLoadReadability: () => void;
}
const reader = window as unknown as ReaderWindow;
let loadMs: number | undefined;

const systems: Record<string, Run> = {
  detect: (url) => (detectArticle(document, url).isArticle ? 1 : 0),
  // As the reader gets it: the reader script is loaded on the first call (compiled and run, as its
  // injection does), then extracts as the reader's first request does (its HTML is sanitized later, in
  // the extension page that renders it).
  extract: (url) => {
    if (!reader.__qrReaderProbe) {
      const start = performance.now();
      reader.__qrLoadReader();
      loadMs = performance.now() - start;
    }
    return (reader.__qrReaderProbe as (url: string) => number)(url);
  },
  // The reader's second request, after the article is painted: comment threads outside the article region.
  comments: () => extractOutsideComments(document)?.items.length ?? 0,
  // Readability mutates what it parses, so it gets a clone; the clone is timed (ours clones inside).
  readability: () => new Readability(document.cloneNode(true) as Document).parse()?.textContent?.length ?? 0,
  // Readability as an injected reader would run it: its script loaded on the first call, as `extract` loads ours.
  'readability-loaded': () => {
    if (!reader.__qrReadabilityProbe) {
      const start = performance.now();
      reader.__qrLoadReadability();
      loadMs = performance.now() - start;
    }
    return (reader.__qrReadabilityProbe as () => number)();
  },
  defuddle: (url) => new Defuddle(document, { url }).parse().content.length,
};

/** Runs one system once, in a task of its own, and times the call. */
function time(name: string, url: string): Promise<ProbeResult> {
  const run = systems[name];
  if (!run) return Promise.resolve({ ms: 0, size: -1, error: `unknown system ${name}` });
  return new Promise((resolve) => {
    setTimeout(() => {
      const start = performance.now();
      loadMs = undefined;
      try {
        const size = run(url);
        resolve({ ms: performance.now() - start, size, ...(loadMs === undefined ? {} : { loadMs }) });
      } catch (err) {
        resolve({ ms: performance.now() - start, size: -1, error: String(err instanceof Error ? err.message : err).slice(0, 200) });
      }
    }, 0);
  });
}

let longTasks = 0;
try {
  new PerformanceObserver((list) => {
    longTasks += list.getEntries().length;
  }).observe({ type: 'longtask', buffered: false });
} catch {
  longTasks = -1; // long-task timing unsupported
}

(window as unknown as { __qrProbe: unknown }).__qrProbe = {
  time,
  /** Long tasks (> 50 ms) seen since the probe was injected; -1 when unsupported. Read and reset. */
  takeLongTasks: (): number => {
    const n = longTasks;
    if (n > 0) longTasks = 0;
    return n;
  },
  /** Is it an article by the URL the extension would see (location.href)? Untimed. */
  isArticleHere: (): boolean => detectArticle(document, location.href).isArticle,
};
