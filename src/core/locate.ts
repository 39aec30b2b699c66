/**
 * Finds comment sections and ad slots on a page without changing it, so the content script can
 * hide them on the live page (by marker attributes) and the reader can show the comments apart.
 * Read-only and cheap: one walk over the elements for comments, selector queries for ads; no layout, no clone.
 */
import { isCommentWidget } from './comment-widgets.ts';
import { AD_SELECTORS, COMMENT_HEADING, COMMENT_HEADING_MAX_CHARS } from './constants.ts';
import { collapse } from './extract/dom.ts';

export interface Clutter {
  commentSections: Element[];
  ads: Element[];
}

const ADS = AD_SELECTORS.join(',');
/** What a comment thread is built of: the list of comments, the reply form, a widget's frame. */
const THREAD_PARTS = 'ol, ul, form, textarea, iframe';
/** Less text than this after a comment heading is an empty slot that a widget fills later. */
const COMMENT_PLACEHOLDER_MAX_CHARS = 40;
/** Sectioning roots we never climb past when growing a heading into its section. */
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

export function isCommentHeadingText(text: string): boolean {
  const trimmed = collapse(text);
  return trimmed.length > 0 && trimmed.length <= COMMENT_HEADING_MAX_CHARS && COMMENT_HEADING.test(trimmed);
}

/**
 * Does `element` hold the article itself (then it is never clutter)? A headline, <main>, a schema.org
 * articleBody, or an <article> outside any list item: WordPress and others mark each comment up as an
 * <article> inside the comment list's <li>. Tag lists, not selectors: this runs for every candidate.
 */
function holdsArticle(element: Element): boolean {
  if (STOP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.getElementsByTagName('h1')[0] || element.getElementsByTagName('main')[0]) return true;
  for (const article of element.getElementsByTagName('article')) if (!insideListItem(article)) return true;
  for (let el = element.firstElementChild; el; el = nextElement(el, element)) {
    if (el.hasAttributes() && el.getAttribute('itemprop')?.split(/\s+/).includes('articleBody')) return true;
  }
  return false;
}

/**
 * The element after `el` in document order, within `root`. A walk by links, not
 * `getElementsByTagName('*')`: jsdom materializes that collection slowly (about 13 ms on a news page).
 */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/** `el.closest('li')` without a selector engine. */
function insideListItem(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName.toUpperCase() === 'LI') return true;
  return false;
}

/**
 * A heading like "1 تعليق" or "Leave a Reply" opens a section: when it is the first element of its
 * parent, the parent is that section; otherwise the heading stands alone in running content and
 * only it and what follows it in the same parent belong to the comments, which we cannot mark as
 * one element, so we take the heading's next sibling lists and forms with it.
 */
function sectionOfHeading(heading: Element): Element[] {
  const parent = heading.parentElement;
  if (parent && parent.firstElementChild === heading && !holdsArticle(parent)) {
    return looksLikeThread([parent], heading) ? [parent] : [];
  }
  const parts: Element[] = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (/^H[1-6]$/.test(next.tagName) || holdsArticle(next)) break;
    parts.push(next);
  }
  return looksLikeThread(parts, heading) ? parts : [];
}

/**
 * A comment heading opens a thread only when what follows has a thread's structure (a list of
 * comments, a form, a widget frame) or is still empty (a widget that fills it later). An article
 * that has a section titled "Comments" followed by prose is not a comment section.
 */
function looksLikeThread(parts: Element[], heading: Element): boolean {
  if (parts.some((part) => part !== heading && part.matches(THREAD_PARTS))) return true;
  if (parts.some((part) => part.querySelector(THREAD_PARTS) !== null)) return true;
  const text = parts.reduce((sum, part) => sum + (part.textContent?.length ?? 0), 0) - (heading.textContent?.length ?? 0);
  return text < COMMENT_PLACEHOLDER_MAX_CHARS;
}

/** A form with a free-text box, on an article page, is a comment (or reply) form. */
function sectionOfForm(form: Element): Element {
  const parent = form.parentElement;
  // Take the wrapper when it holds little besides the form: its heading, notes and rules.
  if (parent && !holdsArticle(parent) && parent.querySelectorAll('p').length <= 4) return parent;
  return form;
}

/** Drops elements that sit inside another element of the list, keeping document order. */
export function outermost(elements: Iterable<Element>): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && other.contains(element)));
}

/** Moves the walker from its current element to the first element after that element's subtree. */
function pastSubtree(walker: TreeWalker): Element | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling as Element;
    if (!walker.parentNode()) return null;
  }
}

const SUBHEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** NodeFilter.SHOW_ELEMENT (the NodeFilter global is not in every DOM implementation's scope). */
const SHOW_ELEMENT = 1;

/**
 * Comment sections on the page, outermost first in document order: comment widgets' roots, a comment
 * heading with the thread after it, and comment forms (a form with a free-text box). One tree walk over
 * the elements, attribute reads only, and none on elements without attributes: no selector engine
 * (jsdom's is slow) and no `getElementsByTagName('*')` (jsdom materializes it slowly, ~13 ms a page).
 * `skip`: a subtree not to look into (the reader has already cleaned its article region).
 */
export function locateComments(root: Document | Element, skip?: Element): Element[] {
  const found: Element[] = [];
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const top = 'documentElement' in root ? root.documentElement : root;
  if (!top) return found;
  const walker = doc.createTreeWalker(top, SHOW_ELEMENT);
  for (let element: Element | null = top; element; element = walker.nextNode() as Element | null) {
    if (element === skip) {
      element = pastSubtree(walker);
      if (!element) break;
    }
    const tag = element.localName;
    const attributes = element.hasAttributes();
    if (attributes && isCommentWidget(element)) {
      if (!holdsArticle(element)) found.push(element);
    } else if (SUBHEADING_TAGS.has(tag) || (attributes && element.getAttribute('role') === 'heading')) {
      if (isCommentHeadingText(element.textContent ?? '')) found.push(...sectionOfHeading(element));
    } else if (tag === 'textarea') {
      const form = element.closest('form');
      if (form && !holdsArticle(form)) found.push(sectionOfForm(form));
    }
  }
  return outermost(found);
}

export function locateAds(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll(ADS)) {
    if (!holdsArticle(element)) found.push(element);
  }
  return outermost(found);
}

/** Selectors queried at once; one invalid selector spoils its whole group, which is then tried one by one. */
const SELECTOR_GROUP = 200;

/** Every element each selector matches, one selector at a time; a selector this DOM cannot parse finds nothing. */
export function queryEach(root: ParentNode, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    try {
      found.push(...root.querySelectorAll(selector));
    } catch {
      // A list selector this browser cannot parse hides nothing.
    }
  }
  return found;
}

function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (let start = 0; start < selectors.length; start += SELECTOR_GROUP) {
    const group = selectors.slice(start, start + SELECTOR_GROUP);
    try {
      found.push(...root.querySelectorAll(group.join(',')));
    } catch {
      found.push(...queryEach(root, group));
    }
  }
  return found;
}

function matchesAny(selector: string, elements: Element[]): boolean {
  try {
    return elements.some((element) => element.matches(selector));
  } catch {
    return false;
  }
}

export interface ListMatches {
  /** Outermost elements to hide, none holding the article. */
  elements: Element[];
  /** The selectors that matched here and only outside the article: safe for the reader to drop too. */
  selectors: string[];
}

/**
 * Ad slots named by the filter lists' selectors (from the background). Like `locateAds`, an
 * element that holds the article is never hidden: a generic list rule can name a wrapper class
 * that some site gives its whole page.
 */
export function locateListAds(root: ParentNode, selectors: readonly string[]): ListMatches {
  const matched = [...new Set(queryAll(root, selectors))];
  const safe = matched.filter((element) => !holdsArticle(element));
  const unsafe = matched.filter((element) => holdsArticle(element));
  const usable = safe.length === 0 ? [] : selectors.filter((selector) => matchesAny(selector, safe) && !matchesAny(selector, unsafe));
  return { elements: outermost(safe), selectors: usable };
}

/**
 * Blocks a person picked to hide on this site (their saved selectors): never one that holds the
 * article, as for every other rule. A selector that does not parse finds nothing.
 */
export function locatePicked(root: ParentNode, selectors: readonly string[]): Element[] {
  return outermost(queryEach(root, selectors).filter((element) => !holdsArticle(element)));
}

/** Leaves out blocks a person said are not clutter on this site: those a keep selector matches, or inside one. */
export function withoutKept(elements: Element[], keepSelectors: readonly string[]): Element[] {
  if (keepSelectors.length === 0) return elements;
  return elements.filter((element) => !keepSelectors.some((selector) => {
    try {
      return element.closest(selector) !== null;
    } catch {
      return false;
    }
  }));
}

export function locateClutter(root: Document | Element): Clutter {
  return { commentSections: locateComments(root), ads: locateAds(root) };
}

/** Adjacent siblings found together (a heading and the list after it) are one section. */
export function countSections(elements: Element[]): number {
  const set = new Set(elements);
  return elements.filter((element) => !element.previousElementSibling || !set.has(element.previousElementSibling)).length;
}
