/** Public entry points of the pure core: Document in, plain data out. */
import { runPipeline, emptyArticle } from './extract/pipeline.ts';
import type { Article, ExtractOptions } from './types.ts';

export { detectArticle } from './detect.ts';
export type { Article, ExtractOptions } from './types.ts';

/**
 * Extract the article of `doc` (never modified: all work happens on a clone). `url` is the page URL,
 * the base for relative links. Never throws on odd input (empty, huge, very deep documents): it returns
 * the best result it has, flagged `partial` when something cut work short. Throws only when the
 * document has no window for DOMPurify to sanitize with: that is a caller error, not a page problem.
 */
export function extractArticle(doc: Document, url: string, options?: ExtractOptions): Article {
  if (!doc.defaultView) {
    throw new Error('extractArticle: the document has no window (defaultView), which DOMPurify needs. Pass a document that belongs to a window (a browser page or jsdom), not a clone.');
  }
  try {
    return runPipeline(doc, url, options);
  } catch (err) {
    // A page must never break the reader: report an empty, partial result with the reason in the log.
    return emptyArticle(String(err instanceof Error ? err.message : err).slice(0, 200));
  }
}
