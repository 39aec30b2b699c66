import { ABBREVIATION_TOKENS, CLUTTER_TOKENS, CONTENT_TOKENS, SCOPE } from '../constants.ts';
import { anyIn } from '../lists.ts';
import { nameTokens } from './dom.ts';

/** NodeFilter.SHOW_ELEMENT and SHOW_TEXT (the NodeFilter global is not in every DOM implementation's scope). */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

export interface PageScan {
  /** Where the article's prose is; null = use the whole page. */
  region: Element | null;
  /** Some element hosts an open shadow root: the page must be copied as rendered (see clone.ts). */
  composed: boolean;
}

/** Text under these is code, styling or link labels (menus, link farms), not article prose. */
const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'a', 'button', 'option', 'textarea']);

/**
 * The region of the page that holds the article's text: the deepest element that still holds most of
 * the page's prose (text runs long enough to be sentences, outside links and scripts), one level up,
 * then widened to the headline's header (see withHeadline) so a standfirst or lead figure stays in.
 * Extraction copies and scores only this region: the clone, the cleaning walk and Readability then
 * cost a fraction of the whole page, and chrome far from the article (menus, footers, link farms,
 * comment threads after the article's wrapper) never competes. No region means "the whole page": too
 * little prose to tell, or shadow trees (copied whole, as rendered). Reads text lengths only, never
 * layout; the document is not changed.
 */
export function scanPage(doc: Document): PageScan {
  const body = doc.body;
  if (!body) return { region: null, composed: false };
  // Prose is added to each text node's parent here, then summed up the tree once (see sumUp): one map
  // update per text run instead of one per ancestor.
  const mass = new Map<Element, number>();
  const elements: Element[] = [];
  let total = 0;
  let composed = false;
  // Text nodes, not <p> elements: old and template-built pages put their articles in <td> and <div> with <br>.
  // Elements are visited too, to notice shadow hosts and to list them for sumUp.
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).shadowRoot) composed = true;
      elements.push(n as Element);
      continue;
    }
    if (++seen > SCOPE.maxTextNodes) return { region: null, composed };
    // Most text nodes are the white space between tags: the raw length rules them out before any trim,
    // and before their text is read at all (reading `data` copies it into a new string).
    if ((n as Text).length < SCOPE.minTextChars) continue;
    const parent = n.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.localName)) continue;
    const len = (n as Text).data.trim().length;
    if (len < SCOPE.minTextChars) continue;
    total += len;
    if (parent !== body) mass.set(parent, (mass.get(parent) ?? 0) + len);
  }
  // Shadow trees are only in a composed copy of the whole page: no region then.
  if (composed || total < SCOPE.minTotalChars) return { region: null, composed };
  sumUp(elements, mass, body);
  let node: Element = body;
  let remaining = total;
  for (;;) {
    let best: Element | null = null;
    let bestMass = 0;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      const m = mass.get(c) ?? 0;
      if (m === 0) continue;
      // A consent dialog's policy text or a testimonial carousel can outweigh a short article: not candidates.
      if (isNotArticle(c)) {
        remaining -= m;
        continue;
      }
      if (m > bestMass) {
        best = c;
        bestMass = m;
      }
    }
    if (!best || bestMass < SCOPE.share * remaining) break;
    node = best;
  }
  for (let i = 0; i < SCOPE.climb && node !== body && node.parentElement; i++) node = node.parentElement;
  node = withHeadline(body, node, mass);
  return { region: node === body || node === doc.documentElement ? null : node, composed };
}

/**
 * Turns each element's own prose into the prose of its whole subtree: in reverse document order every
 * element comes after its descendants, so adding it to its parent once completes the parent's sum.
 */
function sumUp(elements: readonly Element[], mass: Map<Element, number>, body: Element): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const m = mass.get(el);
    const parent = el.parentElement;
    if (m && parent && parent !== body) mass.set(parent, (mass.get(parent) ?? 0) + m);
  }
}

/** Containers that never hold the article itself, whatever their text. */
const NOT_ARTICLE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'DIALOG']);
/**
 * Abbreviations name their widget only as a hyphenated prefix (names.ts), and `paywall` marks the article itself
 * on metered sites: neither says "not the article" about a block of prose.
 */
const NOT_ARTICLE_TOKENS = new Set(
  [...Object.values(CLUTTER_TOKENS).flat(), ...SCOPE.extraNotArticleTokens].filter((t) => !ABBREVIATION_TOKENS.has(t) && !SCOPE.articleMarkTokens.includes(t)),
);
const CAROUSEL_TOKENS: ReadonlySet<string> = new Set(SCOPE.carouselTokens);

/** Hidden blocks, dialogs, and blocks whose class or id names clutter (and no content): never the article's region. */
function isNotArticle(el: Element): boolean {
  if (NOT_ARTICLE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('aria-modal') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || role === 'complementary' || role === 'navigation') return true;
  if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) return true;
  const tokens = nameTokens(el);
  if (anyIn(tokens, CAROUSEL_TOKENS)) return true;
  return anyIn(tokens, NOT_ARTICLE_TOKENS) && !anyIn(tokens, CONTENT_TOKENS);
}

/**
 * The article's own header (headline, standfirst, lead image) often sits beside the body's wrapper, some
 * levels up. When the page's headline and the region share an ancestor that adds little prose, that
 * ancestor is the region: the standfirst comes in, the comment thread and teaser grid further out do not.
 */
function withHeadline(body: Element, region: Element, mass: Map<Element, number>): Element {
  if (region === body) return region;
  const own = mass.get(region) ?? 0;
  const headlines = body.getElementsByTagName('h1');
  for (let i = 0; i < headlines.length && i < SCOPE.maxHeadlines; i++) {
    const h1 = headlines[i]!;
    if (region.contains(h1)) return region;
    let common: Element | null = region.parentElement;
    while (common && common !== body && !common.contains(h1)) common = common.parentElement;
    if (common && common !== body && (mass.get(common) ?? 0) <= own * SCOPE.headlineGrowth) return common;
  }
  return region;
}
