import { Readability } from '@mozilla/readability';
import { READABILITY_OPTIONS } from '../constants.ts';

export interface Scored {
  content: Element;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
}

/**
 * Readability picks the article container in the (already cleaned) working copy. The serializer
 * returns the element itself: we post-process and sanitize the DOM, so no HTML round trip.
 */
export function scoreWithReadability(work: Document, retries: boolean): Scored | null {
  const reader = new Readability<Element>(work, {
    ...READABILITY_OPTIONS,
    serializer: (node: Node) => node as Element,
    // Readability retries with heuristics switched off while the result is under charThreshold. A
    // threshold of 1 accepts the first attempt (0 would mean "the default", 500: `options.charThreshold || 500`).
    ...(retries ? {} : { charThreshold: 1 }),
  });
  speedUp(reader);
  const r = reader.parse();
  if (!r?.content) return null;
  return {
    content: r.content,
    title: r.title ?? '',
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    published: r.publishedTime ?? null,
    excerpt: r.excerpt ?? null,
    lang: r.lang ?? null,
    dir: r.dir ?? null,
  };
}

/** The slice of Readability's internals that speedUp() replaces. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
  _isProbablyVisible(node: Element): boolean;
  _fixRelativeUris(content: Element): void;
  _cleanStyles(e: Element | null): void;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
}

/**
 * Same-result shortcuts for Readability 0.6.0:
 * - `_isValidByline` reads `textContent` of every node it visits before testing the cheap byline
 *   conditions (quadratic on deep pages): same test, cheap conditions first;
 * - `_getAllNodesWithTag` runs a selector even for one tag name; a tag list is the same elements in the
 *   same order without the selector engine (Readability's own fallback; jsdom's selector engine is slow);
 * - `_isProbablyVisible` builds a style object for every element; `style` only reflects the `style`
 *   attribute (the working copy has no stylesheets), so without that attribute it can be skipped;
 * - `_cleanStyles` calls removeAttribute a dozen times on every element: the same attributes go, read
 *   from the element's own (few) attributes, and elements without attributes are skipped;
 * - `_fixRelativeUris` resolves URLs against the working copy's base, `about:blank` for a region copy,
 *   where every relative URL throws (and is left as it was). absolutize() resolves them against the
 *   page afterwards, so only its other job stays: `javascript:` links become their text.
 */
function speedUp(reader: Readability<Element>): void {
  const r = reader as unknown as ReadabilityInternals;
  if (typeof r._getAllNodesWithTag === 'function') {
    const original = r._getAllNodesWithTag.bind(r);
    r._getAllNodesWithTag = (node, tagNames) => (tagNames.length === 1 && node.getElementsByTagName ? Array.from(node.getElementsByTagName(tagNames[0]!)) : original(node, tagNames));
  }
  if (typeof r._isProbablyVisible === 'function') {
    const original = r._isProbablyVisible.bind(r);
    r._isProbablyVisible = (node) => {
      if (node.hasAttribute('style')) return original(node);
      if (node.hasAttribute('hidden')) return false;
      const cls: unknown = node.className;
      return node.getAttribute('aria-hidden') !== 'true' || (typeof cls === 'string' && cls.includes('fallback-image'));
    };
  }
  if (typeof r._fixRelativeUris === 'function') r._fixRelativeUris = unwrapScriptLinks;
  if (typeof r._cleanStyles === 'function' && Array.isArray(r.PRESENTATIONAL_ATTRIBUTES) && Array.isArray(r.DEPRECATED_SIZE_ATTRIBUTE_ELEMS)) {
    r._cleanStyles = cleanStyles(new Set(r.PRESENTATIONAL_ATTRIBUTES), new Set(r.DEPRECATED_SIZE_ATTRIBUTE_ELEMS));
  }
  if (typeof r._isValidByline !== 'function' || !r.REGEXPS?.byline) return;
  const byline = r.REGEXPS.byline;
  r._isValidByline = (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    if (!(node.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const len = (node.textContent ?? '').trim().length;
    return len > 0 && len < 100;
  };
}

/** Readability's handling of `javascript:` links: a lone text child becomes text, other children a <span>. */
function unwrapScriptLinks(content: Element): void {
  const doc = content.ownerDocument;
  for (const link of Array.from(content.getElementsByTagName('a'))) {
    if (!(link.getAttribute('href') ?? '').startsWith('javascript:')) continue;
    const only = link.childNodes.length === 1 ? link.firstChild : null;
    if (only && only.nodeType === 3) {
      link.replaceWith(doc.createTextNode(link.textContent ?? ''));
    } else {
      const span = doc.createElement('span');
      while (link.firstChild) span.appendChild(link.firstChild);
      link.replaceWith(span);
    }
  }
}

/** Readability's `_cleanStyles`: presentational attributes off every element but SVG subtrees, sizes off the listed tags. */
function cleanStyles(presentational: ReadonlySet<string>, sized: ReadonlySet<string>): (e: Element | null) => void {
  const clean = (e: Element | null): void => {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    if (e.hasAttributes()) {
      const drop: string[] = [];
      const size = sized.has(e.tagName);
      for (const a of Array.from(e.attributes)) if (presentational.has(a.name) || (size && (a.name === 'width' || a.name === 'height'))) drop.push(a.name);
      for (const name of drop) e.removeAttribute(name);
    }
    for (let cur = e.firstElementChild; cur; cur = cur.nextElementSibling) clean(cur);
  };
  return clean;
}
