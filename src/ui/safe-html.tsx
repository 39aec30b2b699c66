/**
 * The one audited place that turns HTML into DOM. Article HTML comes from an arbitrary web
 * page, through a content script that shares the page's process; this is the trust boundary and the
 * one place the extension sanitizes it (the content script extracts with `extractArticleUnsanitized`): a
 * strict allowlist right before rendering, so nothing else has to be trusted to reach the DOM.
 */
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { useMemo } from 'preact/hooks';

// Article structure only. Anything interactive, embedded, styled or SVG/MathML is dropped
// (SVG and MathML are where namespace-confusion mXSS lives).
const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i',
  'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

// Named again as forbidden so that widening ALLOWED_TAGS by mistake cannot let them in.
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input',
  'button', 'textarea', 'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template',
  'noscript', 'portal',
];

// Attributes whose values are URLs, checked against URL_POLICY.
const URL_ATTRS = ['href', 'src', 'cite'];
// Attributes with plain values; listed as URI-safe so URL_POLICY does not reject "rtl" or "2".
const PLAIN_ATTRS = [
  'alt', 'title', 'dir', 'lang', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope',
  'span', 'datetime', 'start', 'reversed', 'type', 'abbr', 'open', 'id',
];

// http, https and mailto only; "#" keeps in-article footnote links. No relative URLs:
// in an extension page they would resolve against the extension's own origin.
const URL_POLICY = /^(?:https?:|mailto:|#)/i;
// Inline images are common in articles (small charts, emoji); DOMPurify allows data: only
// on src of media tags, and img is the only media tag we keep.
const DATA_IMAGE = /^data:image\//i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...URL_ATTRS, ...PLAIN_ATTRS],
  ADD_URI_SAFE_ATTR: PLAIN_ATTRS,
  FORBID_TAGS,
  FORBID_ATTR: ['style', 'srcdoc', 'class', 'srcset', 'action', 'formaction', 'xlink:href'],
  ALLOWED_URI_REGEXP: URL_POLICY,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Page ids get a "user-content-" prefix so they cannot clobber the extension page's globals.
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM: true,
};
const ID_PREFIX = 'user-content-';

/** Per-element fix-ups after DOMPurify has checked the attributes. */
function finishElement(node: Element): void {
  // Belt and braces: the allowlist already excludes these, the hook makes it independent of config.
  for (const name of node.getAttributeNames()) {
    if (name.toLowerCase().startsWith('on')) node.removeAttribute(name);
  }
  const src = node.getAttribute('src');
  if (src !== null && src.toLowerCase().startsWith('data:') && !(node.tagName === 'IMG' && DATA_IMAGE.test(src))) {
    node.removeAttribute('src');
  }
  if (node.tagName === 'A') {
    const href = node.getAttribute('href');
    if (href === null) return;
    if (href.startsWith('#')) {
      // Follow the id prefix so footnote links still land; stay in this page.
      if (!href.startsWith(`#${ID_PREFIX}`)) node.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/**
 * Wide tables scroll inside their own box instead of widening the column. The wrapper is
 * focusable so keyboard users can scroll it; it is added after sanitizing, so it is ours.
 */
function wrapTables(root: Element): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const wrapper = root.ownerDocument.createElement('div');
    wrapper.className = 'qr-table-scroll';
    wrapper.setAttribute('tabindex', '0');
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
}

/**
 * Sanitizes untrusted article HTML with a fresh DOMPurify bound to `win`, so the hook
 * and config never leak into another caller's DOMPurify (the core has its own).
 */
export function sanitizeArticleHtml(html: string, win: WindowLike): string {
  const purify = createDOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) finishElement(node as Element);
  });
  const body = purify.sanitize(html, CONFIG) as unknown as Element;
  wrapTables(body);
  return body.innerHTML;
}

export interface SafeHtmlProps {
  html: string;
  class?: string;
  /** Rendered element; a div by default. */
  as?: 'div' | 'section';
}

/** Renders untrusted HTML. The only `dangerouslySetInnerHTML` in the codebase. */
export function SafeHtml({ html, class: className, as: Tag = 'div' }: SafeHtmlProps) {
  // Sanitizing a long article takes milliseconds; do it only when the HTML changes.
  const clean = useMemo(() => sanitizeArticleHtml(html, window), [html]);
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
