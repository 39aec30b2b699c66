import { Readability } from '@mozilla/readability';
import { READABILITY_OPTIONS } from '../constants.ts';
import { collapse, ELEMENT_NODE, hasText, TEXT_NODE } from './dom.ts';
import { toArray } from '../lists.ts';

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

/** Readability picks the article container in the (already cleaned) working copy. */
export function scoreWithReadability(work: Document, retries: boolean): Scored | null {
  const reader = new QuietReadability(work, retries ? SERIALIZED : SINGLE_ATTEMPT);
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

/** The serializer returns the element itself: we post-process and sanitize the DOM, so no HTML round trip. */
const asElement = (node: Node): Element => node as Element;
const SERIALIZED = { ...READABILITY_OPTIONS, serializer: asElement };
/**
 * Readability retries with heuristics switched off while the result is under charThreshold. A threshold
 * of 1 accepts the first attempt (0 would mean "the default", 500: `options.charThreshold || 500`).
 */
const SINGLE_ATTEMPT = { ...SERIALIZED, charThreshold: 1 };

type NodeCallback = (this: unknown, node: Node, index: number, list: ArrayLike<Node>) => unknown;

/** The slice of Readability's internals that the shortcuts below replace. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
  _isProbablyVisible(node: Element): boolean;
  _fixRelativeUris(content: Element): void;
  _cleanStyles(e: Element | null): void;
  _forEachNode(list: ArrayLike<Node>, fn: NodeCallback): void;
  _someNode(list: ArrayLike<Node>, fn: NodeCallback): boolean;
  _everyNode(list: ArrayLike<Node>, fn: NodeCallback): boolean;
  _hasChildBlockElement(element: Element): boolean;
  _isPhrasingContent(node: Node): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _getLinkDensity(element: Element): number;
  DIV_TO_P_ELEMS: ReadonlySet<string>;
  PHRASING_ELEMS: string[];
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
}

/**
 * Readability with same-result shortcuts, for Readability 0.6.0 (each is installed only where the method
 * it replaces exists):
 * - `_isValidByline` reads `textContent` of every node it visits before testing the cheap byline
 *   conditions (quadratic on deep pages): same test, cheap conditions first;
 * - `_getAllNodesWithTag` runs a selector even for one tag name; a tag list is the same elements in the
 *   same order without the selector engine (Readability's own fallback; jsdom's selector engine is slow);
 * - `_isProbablyVisible` builds a style object for every element; `style` only reflects the `style`
 *   attribute (the working copy has no stylesheets), so without that attribute it can be skipped;
 * - `_cleanStyles` calls removeAttribute a dozen times on every element: the same attributes go, read
 *   from the element's own (few) attributes, and elements without attributes are skipped;
 * - `_forEachNode`, `_someNode` and `_everyNode` call Array.prototype's forEach, some and every on DOM
 *   collections, which read each element through the generic (slow) path for host objects: the same
 *   steps as index loops (length read once, `this` bound, an index past a live list's shrunken end
 *   skipped: there a DOM list reads `undefined`, and Readability's lists hold only nodes);
 * - `_isElementWithoutContent` reads the whole `textContent` of every block it is asked about, wrappers
 *   included (quadratic in nesting): whether there is any text is settled at the first word (hasText);
 * - `_hasChildBlockElement` recurses through every child node of the subtree: a selector for the same
 *   block tags answers the same question natively; `_isPhrasingContent` looks tags up in a Set, not an array;
 * - `_fixRelativeUris` resolves URLs against the working copy's base, `about:blank` for a region copy,
 *   where every relative URL throws (and is left as it was). absolutize() resolves them against the
 *   page afterwards, so only its other job stays: `javascript:` links become their text.
 * The shortcuts are methods of one subclass, made once, not functions set on each instance: every parse
 * then runs the same functions on objects of the same shape, which the engine keeps optimized.
 */
class QuietReadability extends Readability<Element> {}
installShortcuts(QuietReadability.prototype as unknown as ReadabilityInternals, Readability.prototype as unknown as ReadabilityInternals);
installDeviations(QuietReadability.prototype as unknown as ReadabilityInternals, Readability.prototype as unknown as ReadabilityInternals);

/** Readability's limit for a "short" sibling paragraph, which it appends only when it has no link. */
const SHORT_SIBLING_CHARS = 80;
/** The one link of such a paragraph is at most this share of its text: a sentence that ends in its source, not a link line. */
const SHORT_SIBLING_LINK_SHARE = 0.5;

/**
 * Deviations from Readability, not shortcuts (they change the result on purpose):
 * - a short paragraph beside the article's block (its last line, often) is appended only when it has no
 *   link at all, so "The full report is <a href=…>here</a>." was dropped: a paragraph under 80 characters
 *   whose one link ends it and is at most half its text counts as link-free for that test. Readability asks
 *   link density of paragraphs only there (its other uses are about divs, lists and tables).
 */
function installDeviations(proto: ReadabilityInternals, base: ReadabilityInternals): void {
  if (typeof base._getLinkDensity !== 'function') return;
  const original = base._getLinkDensity;
  proto._getLinkDensity = function (this: ReadabilityInternals, element) {
    return element.tagName === 'P' && endsInItsSource(element) ? 0 : original.call(this, element);
  };
}

function endsInItsSource(p: Element): boolean {
  const links = p.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const text = collapse(p.textContent ?? '');
  if (text.length === 0 || text.length >= SHORT_SIBLING_CHARS) return false;
  const link = links[0]!;
  const linkText = collapse(link.textContent ?? '');
  if (linkText.length === 0 || linkText.length > SHORT_SIBLING_LINK_SHARE * text.length) return false;
  // Nothing but punctuation after the link.
  let after = '';
  for (let n: Node | null = link; n && n !== p; n = n.parentNode) for (let s = n.nextSibling; s; s = s.nextSibling) after += s.textContent ?? '';
  return /^[\s.!?)”"'»]*$/u.test(after);
}

function installShortcuts(proto: ReadabilityInternals, base: ReadabilityInternals): void {
  if (typeof base._getAllNodesWithTag === 'function') {
    const original = base._getAllNodesWithTag;
    proto._getAllNodesWithTag = function (this: ReadabilityInternals, node, tagNames) {
      return tagNames.length === 1 && node.getElementsByTagName ? toArray(node.getElementsByTagName(tagNames[0]!)) : original.call(this, node, tagNames);
    };
  }
  if (typeof base._isProbablyVisible === 'function') {
    const original = base._isProbablyVisible;
    proto._isProbablyVisible = function (this: ReadabilityInternals, node) {
      if (node.hasAttribute('style')) return original.call(this, node);
      if (node.hasAttribute('hidden')) return false;
      const cls: unknown = node.className;
      return node.getAttribute('aria-hidden') !== 'true' || (typeof cls === 'string' && cls.includes('fallback-image'));
    };
  }
  if (typeof base._fixRelativeUris === 'function') proto._fixRelativeUris = unwrapScriptLinks;
  if (typeof base._forEachNode === 'function') {
    proto._forEachNode = function (this: ReadabilityInternals, list, fn) {
      for (let i = 0, n = list.length; i < n; i++) {
        const node = list[i];
        if (node !== undefined) fn.call(this, node, i, list);
      }
    };
  }
  if (typeof base._someNode === 'function') {
    proto._someNode = function (this: ReadabilityInternals, list, fn) {
      for (let i = 0, n = list.length; i < n; i++) {
        const node = list[i];
        if (node !== undefined && fn.call(this, node, i, list)) return true;
      }
      return false;
    };
  }
  if (typeof base._everyNode === 'function') {
    proto._everyNode = function (this: ReadabilityInternals, list, fn) {
      for (let i = 0, n = list.length; i < n; i++) {
        const node = list[i];
        if (node !== undefined && !fn.call(this, node, i, list)) return false;
      }
      return true;
    };
  }
  if (typeof base._cleanStyles === 'function' && Array.isArray(base.PRESENTATIONAL_ATTRIBUTES) && Array.isArray(base.DEPRECATED_SIZE_ATTRIBUTE_ELEMS)) {
    proto._cleanStyles = cleanStyles(new Set(base.PRESENTATIONAL_ATTRIBUTES), new Set(base.DEPRECATED_SIZE_ATTRIBUTE_ELEMS));
  }
  if (typeof base._hasChildBlockElement === 'function' && base.DIV_TO_P_ELEMS instanceof Set) {
    const blocks = Array.from(base.DIV_TO_P_ELEMS, (tag) => tag.toLowerCase()).join(',');
    proto._hasChildBlockElement = (element) => element.querySelector(blocks) !== null;
  }
  if (typeof base._isElementWithoutContent === 'function') {
    proto._isElementWithoutContent = (node) => {
      if (node.nodeType !== ELEMENT_NODE || hasText(node as Element)) return false;
      const el = node as Element;
      const n = el.children.length;
      return n === 0 || n === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
    };
  }
  if (typeof base._isPhrasingContent === 'function' && Array.isArray(base.PHRASING_ELEMS)) {
    const phrasing: ReadonlySet<string | undefined> = new Set(base.PHRASING_ELEMS);
    proto._isPhrasingContent = function (this: ReadabilityInternals, node) {
      const tag = (node as Element).tagName;
      return node.nodeType === TEXT_NODE || phrasing.has(tag) || ((tag === 'A' || tag === 'DEL' || tag === 'INS') && this._everyNode(node.childNodes, this._isPhrasingContent));
    };
  }
  if (typeof base._isValidByline !== 'function' || !base.REGEXPS?.byline) return;
  const byline = base.REGEXPS.byline;
  proto._isValidByline = (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    if (!(node.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const len = (node.textContent ?? '').trim().length;
    return len > 0 && len < 100;
  };
}

/** Readability's handling of `javascript:` links: a lone text child becomes text, other children a <span>. */
function unwrapScriptLinks(content: Element): void {
  const doc = content.ownerDocument;
  // The selector narrows the links down (case-insensitively, as some DOMs match anyway); the test is Readability's own.
  for (const link of toArray(content.querySelectorAll('a[href^="javascript:" i]'))) {
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

/**
 * Readability's `_cleanStyles`: presentational attributes off every element but SVG subtrees, sizes off the
 * listed tags. A walk instead of recursion, and each element's own (few) attributes read back to front,
 * so removing one does not shift the rest.
 */
function cleanStyles(presentational: ReadonlySet<string>, sized: ReadonlySet<string>): (e: Element | null) => void {
  const strip = (e: Element): void => {
    if (!e.hasAttributes()) return;
    const size = sized.has(e.tagName);
    const attrs = e.attributes;
    for (let i = attrs.length - 1; i >= 0; i--) {
      const name = attrs[i]!.name;
      if (presentational.has(name) || (size && (name === 'width' || name === 'height'))) e.removeAttribute(name);
    }
  };
  return (root) => {
    if (!root || root.localName === 'svg') return;
    strip(root);
    let el: Element | null = root.firstElementChild;
    while (el) {
      if (el.localName !== 'svg') {
        strip(el);
        if (el.firstElementChild) {
          el = el.firstElementChild;
          continue;
        }
      }
      while (el !== root && !el.nextElementSibling) el = el.parentElement!;
      el = el === root ? null : el.nextElementSibling;
    }
  };
}
