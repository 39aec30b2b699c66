/** Public entry points of the pure core: Document in, plain data out. */
import { extractGuarded } from './extract/pipeline.ts';
import { sanitizeInPlace } from './extract/sanitize.ts';
import type { Article, ExtractOptions } from './types.ts';

export { detectArticle } from './detect.ts';
export { extractOutsideComments } from './extract-unsanitized.ts';
export { mergeComments } from './extract/comments.ts';
export type { Article, CommentSection, ExtractOptions } from './types.ts';

/**
 * Extract the article of `doc` (never modified: all work happens on a clone). `url` is the page URL,
 * the base for relative links. `contentHtml` is sanitized with DOMPurify. Never throws on odd input
 * (empty, huge, very deep documents): it returns the best result it has, flagged `partial` when
 * something cut work short. Throws only when the document has no window for DOMPurify to sanitize
 * with: that is a caller error, not a page problem.
 */
export function extractArticle(doc: Document, url: string, options?: ExtractOptions): Article {
  if (!doc.defaultView) {
    throw new Error('extractArticle: the document has no window (defaultView), which DOMPurify needs. Pass a document that belongs to a window (a browser page or jsdom), not a clone.');
  }
  return extractGuarded(doc, url, options, sanitizeInPlace);
}
