/** Plain data returned by the pure core. Nothing here refers to the browser. */

export type TextDirection = 'ltr' | 'rtl';

export interface DetectionResult {
  /** True when the page is probably a single article worth reading. */
  isArticle: boolean;
  /** Sum of the weighted signals; `isArticle` is `score >= DETECT.threshold`. */
  score: number;
  /** Human-readable signals that moved the score, e.g. "json-ld NewsArticle (+3)". */
  reasons: string[];
}

export interface CommentItem {
  author?: string;
  text: string;
}

export interface CommentSection {
  /** Number of comments found (or announced by a count such as "12 comments"). */
  count: number;
  items: CommentItem[];
}

export interface RemovalRecord {
  /** Pipeline step that removed the node, e.g. "comments", "share", "ads". */
  step: string;
  /** Selector or rule name that matched. */
  rule: string;
  /** First characters of the removed text, for debugging. */
  text: string;
}

export interface ExtractOptions {
  /** Collect the `removed` debug log (off by default: it costs time). */
  debug?: boolean;
  /** Give up refining after this many milliseconds and return the best result, flagged partial. */
  timeBudgetMs?: number;
  /** Extra CSS selectors whose matches are dropped before scoring (e.g. from ad filter lists). */
  extraRemoveSelectors?: string[];
  /**
   * Leave comment threads outside the article region out of `comments`, for a later
   * `extractOutsideComments` call (the reader shows the article first and fills in its comment section
   * after). The result's `commentsDeferred` says whether such a call is owed.
   */
  deferOutsideComments?: boolean;
  /**
   * CSS selectors of blocks a person said are not comments or ads on this site: the comment and ad
   * removal (and `extraRemoveSelectors`) leave them and what is inside them, and their class and id
   * names no longer count against them when the article is scored.
   */
  keepSelectors?: string[];
  /**
   * A CSS selector for the article's container a person picked: when it matches, extraction (cleaning and
   * scoring) runs inside it instead of the region the page scan finds.
   */
  regionSelector?: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date-time when known. */
  published: string | null;
  /** BCP 47 language tag, e.g. "ar" or "en-GB"; "" when unknown. */
  lang: string;
  dir: TextDirection;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized article HTML (DOMPurify), without the title heading. */
  contentHtml: string;
  /** Plain text of the article, one block per line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  comments: CommentSection | null;
  /**
   * True when comment threads outside the article region were left out (`deferOutsideComments`):
   * `extractOutsideComments` returns them, to be merged with `mergeComments`.
   */
  commentsDeferred: boolean;
  removed: RemovalRecord[];
  /** True when a time or size budget cut the work short. */
  partial: boolean;
}
