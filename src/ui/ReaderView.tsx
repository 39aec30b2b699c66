/**
 * The article itself. Direction rules, because they are easy to get wrong:
 * - the <article> takes the page's lang and dir, and content blocks inherit them. We do NOT
 *   use `unicode-bidi: plaintext` or dir="auto" on paragraphs: an Arabic paragraph that opens
 *   with a Latin brand name would flip to left-to-right and scramble its word order;
 * - dir="auto" goes only on text whose language is unknown: byline, site name, comments;
 * - UI strings inside the article (reading time, notices, headings) are inline spans with the
 *   UI's lang and dir: their words keep the UI order while the block aligns with the article.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Article, CommentSection } from '../core/types.ts';
import { headerNames } from './header-names.ts';
import { formatNumber, localeDirection, tPlural, uiLocale, type T } from './i18n.ts';
import { SafeHtml } from './safe-html.tsx';

export interface ReaderViewProps {
  article: Article;
  t: T;
  /** Effective "Hide comments" value, inverted: true shows the comments after the article. */
  showComments: boolean;
}

/** Formats an ISO date in the article's language; null when the date is invalid. */
export function formatPublished(iso: string | null, lang: string, fallbackLocale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  for (const locale of [lang, fallbackLocale]) {
    try {
      if (locale) return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
    } catch {
      // RangeError for a malformed tag such as "en_US": try the next one.
    }
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
}

/** A UI string placed inside article-language content. */
function UiText({ t, children }: { t: T; children: ComponentChildren }) {
  const locale = uiLocale(t);
  return <span lang={locale} dir={localeDirection(locale)}>{children}</span>;
}

function ArticleHeader({ article, t }: { article: Article; t: T }) {
  const published = formatPublished(article.published, article.lang, uiLocale(t));
  const { byline, siteName } = headerNames(article.byline, article.siteName);
  const items = [
    byline && <span class="qr-byline" dir="auto">{byline}</span>,
    siteName && <span class="qr-site" dir="auto">{siteName}</span>,
    published && article.published && <time dateTime={article.published}>{published}</time>,
    <span class="qr-reading-time">
      <UiText t={t}>{tPlural(t, 'readingTime', Math.max(1, Math.round(article.readingMinutes)))}</UiText>
    </span>,
  ].filter(Boolean);
  return (
    <header class="qr-article-header">
      <h1 class="qr-title">{article.title}</h1>
      <p class="qr-meta">
        {/* Separators are elements in the article's direction, not ::before content inside an
            item, which would land on the wrong side of an item in the other direction. */}
        {items.map((item, i) => (
          <Fragment key={i}>
            {i > 0 && <span class="qr-sep" aria-hidden="true"> · </span>}
            {item}
          </Fragment>
        ))}
      </p>
    </header>
  );
}

function Comments({ comments, t, show }: { comments: CommentSection; t: T; show: boolean }) {
  const headingId = useId();
  if (!show) {
    return (
      <p class="qr-comments-hidden">
        <UiText t={t}>{tPlural(t, 'commentsHidden', comments.count)}</UiText>
      </p>
    );
  }
  return (
    <section class="qr-comments" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <UiText t={t}>{t('commentsHeading', [formatNumber(uiLocale(t), comments.count)])}</UiText>
      </h2>
      <ol class="qr-comment-list">
        {comments.items.map((comment, i) => (
          // Comments are plain text (never HTML) in whatever language the commenter used.
          <li key={i} class="qr-comment">
            {comment.author && <p class="qr-comment-author" dir="auto">{comment.author}</p>}
            <p class="qr-comment-text" dir="auto">{comment.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ReaderView({ article, t, showComments }: ReaderViewProps) {
  const hasComments = article.comments !== null && article.comments.count > 0;
  return (
    <article class="qr-article" lang={article.lang} dir={article.dir}>
      <ArticleHeader article={article} t={t} />
      {article.partial && (
        <p class="qr-notice" role="note">
          <UiText t={t}>{t('partialNotice')}</UiText>
        </p>
      )}
      <SafeHtml class="qr-body" html={article.contentHtml} />
      {hasComments && article.comments && <Comments comments={article.comments} t={t} show={showComments} />}
    </article>
  );
}
