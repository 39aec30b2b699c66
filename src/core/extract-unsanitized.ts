/**
 * The core's entry point for a caller that sanitizes at its own trust boundary: the content script,
 * whose article HTML is sanitized by the extension page that renders it (src/ui/safe-html.tsx). Same
 * extraction as `extractArticle`, but `contentHtml` is the page's markup, untrusted: never render it
 * without sanitizing. Kept apart from index.ts so the content script's bundle, injected into every
 * page, does not carry DOMPurify.
 */
import { extractGuarded, outsideCommentsGuarded } from './extract/pipeline.ts';
import type { Article, CommentSection, ExtractOptions } from './types.ts';

export function extractArticleUnsanitized(doc: Document, url: string, options?: ExtractOptions): Article {
  return extractGuarded(doc, url, options);
}

/**
 * The comment threads outside the article region that an extraction with `deferOutsideComments` left
 * out (its `commentsDeferred` is true); merge them with `mergeComments`. `regionSelector`: the one the
 * extraction was given (ExtractOptions.regionSelector), if any. Comments are plain text, so
 * nothing here needs sanitizing. Null when there are none, or on any failure.
 */
export function extractOutsideComments(doc: Document, regionSelector?: string): CommentSection | null {
  return outsideCommentsGuarded(doc, regionSelector);
}
