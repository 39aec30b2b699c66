import { extractArticleUnsanitized, extractOutsideComments } from '../core/extract-unsanitized.ts';
import type { Article, CommentSection, ExtractOptions } from '../core/types.ts';

/** What the reader script answers; the page script adds its detection to a success (ExtractReply). */
export type ReaderResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'no-text' }
  | { ok: false; reason: 'error'; message: string };

/**
 * How the reader script extracts: a time budget for the page's main thread (past it the core returns
 * its best result, flagged partial). It does not sanitize (extractArticleUnsanitized): the HTML is
 * untrusted until the extension page that renders it has sanitized it (src/ui/safe-html.tsx), so that is
 * where DOMPurify runs, and the script injected into the page does not carry it.
 * Comment threads outside the article region are deferred: the reader asks for them (`page/comments`)
 * once the article is on screen, so the walk over the rest of the page does not delay the article.
 */
export const READER_EXTRACT_OPTIONS = { timeBudgetMs: 1500, deferOutsideComments: true } as const satisfies ExtractOptions;

/** What this site's picks tell the reader (see content/cleaning.ts readerPicks). */
export interface ReaderPicks {
  /** Blocks a person said are not comments or ads here: the core's comment and ad removal leaves them. */
  keepSelectors: string[];
  /** The article's container picked for pages of this path shape: extraction runs inside it. */
  regionSelector: string | null;
}

/**
 * Extracts the article for the reader (the page script has already judged the page an article, or the
 * person asked for the reader anyway). `listSelectors` are the ad filter lists' selectors that matched
 * this page outside the article, and this site's 'hide' picks: blocks they name are dropped from it too.
 */
export function extractForReader(doc: Document, url: string, listSelectors: string[] = [], picks?: ReaderPicks): ReaderResult {
  try {
    const article = extractArticleUnsanitized(doc, url, {
      ...READER_EXTRACT_OPTIONS,
      extraRemoveSelectors: listSelectors,
      keepSelectors: picks?.keepSelectors ?? [],
      ...(picks?.regionSelector ? { regionSelector: picks.regionSelector } : {}),
    });
    return hasSomethingToShow(article) ? { ok: true, article } : { ok: false, reason: 'no-text' };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * An article with neither text nor an image would be a bare title over an empty page (a page whose
 * `<title>` is never closed has its whole markup as its title): the reader says there is nothing instead.
 * `contentHtml` is serialized markup, where text can hold `<img` only escaped.
 */
function hasSomethingToShow(article: Article): boolean {
  return article.text.trim() !== '' || article.contentHtml.includes('<img');
}

/** The comment threads the reader's extraction deferred (see READER_EXTRACT_OPTIONS). */
export function commentsForReader(doc: Document, regionSelector?: string | null): CommentSection | null {
  return extractOutsideComments(doc, regionSelector ?? undefined);
}
