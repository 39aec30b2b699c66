/**
 * The comment threads the article's extraction left out (outside the article region), asked for once the
 * article is shown. Apart from load.ts, which the popup runs before its UI has loaded: this one needs the
 * core's comment merging, which need not delay that.
 */
import { mergeComments } from '../core/extract/comments.ts';
import type { Article } from '../core/types.ts';
import { sendToTab } from '../platform/browser.ts';
import { EXTRACT_TIMEOUT_MS, withTimeout, type TabTarget } from './load.ts';

/** The article with those threads; the article as it was when the page cannot answer: only comments are lost. */
export async function withDeferredComments(target: TabTarget, article: Article): Promise<Article> {
  if (!article.commentsDeferred) return article;
  try {
    const outside = await withTimeout(sendToTab(target.tabId, { type: 'page/comments' }), EXTRACT_TIMEOUT_MS);
    return { ...article, comments: mergeComments(article.comments, outside), commentsDeferred: false };
  } catch {
    return article;
  }
}
