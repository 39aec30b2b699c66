import { LINK_BOX, LINK_BOX_LABEL, RELATED_HEADING, EMBED_SELECTOR } from '../constants.ts';
import { toArray } from '../lists.ts';
import { drop, type ExtractContext } from './context.ts';
import { collapse } from './dom.ts';

const BOX_TAGS = 'ul, ol, dl, div, section, aside, table, p';
/** Document-position bit: the argument comes before the node compareDocumentPosition is asked of. */
const PRECEDING = 2;

/**
 * Boxes of headline links that Readability kept with the article: a "more stories" feed after the last
 * paragraph, and a labelled "DON'T MISS" / "You may also like…" box between paragraphs. A box is a block with at
 * least LINK_BOX.minLinks links, nearly all its text in links, and a small share of the article. After the last
 * prose paragraph any such box goes (with the short label line just before it); before it, only a box whose label
 * (its first line, or the line just before it) names a headline list. In-page links (`#…`) do not count, so a table
 * of contents stays; a box holding an embedded post stays.
 */
export function removeLinkBoxes(ctx: ExtractContext, content: Element): void {
  const total = collapse(content.textContent ?? '').length;
  if (total === 0) return;
  const end = proseText(content, 'last');
  for (const el of toArray(content.querySelectorAll(BOX_TAGS))) {
    if (!content.contains(el)) continue;
    const trailing = end !== null && (el.compareDocumentPosition(end) & PRECEDING) !== 0 && !el.contains(end);
    // After the article's last prose, a box of links cannot hide a paragraph of it, however long the box.
    if (!linkBox(el, trailing ? total : LINK_BOX.maxShareOfArticle * total)) continue;
    const label = labelBefore(el);
    if (trailing) {
      if (label && (isBoxLabel(label.textContent ?? '') || !/[.!?"”»]\s*$/u.test(label.textContent ?? ''))) drop(ctx, label, 'link-box', 'label of a headline box after the article');
      drop(ctx, el, 'link-box', 'headline links after the article');
    } else if (label && isBoxLabel(label.textContent ?? '')) {
      drop(ctx, label, 'link-box', 'label of a headline box');
      drop(ctx, el, 'link-box', 'labelled headline box');
    } else if (isBoxLabel(firstLine(el))) {
      drop(ctx, el, 'link-box', 'labelled headline box');
    }
  }
}

/**
 * The first or last run of prose in `content`: a text node of at least LINK_BOX.proseChars characters outside
 * links and captions (a sentence or more of the running text). Text nodes, not blocks: on table layouts the article's text sits in a cell beside
 * the boxes, and the cell would contain them.
 */
export function proseText(content: Element, which: 'first' | 'last'): Text | null {
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  let found: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < LINK_BOX.proseChars || collapse(v).length < LINK_BOX.proseChars || n.parentElement?.closest('a, figure, figcaption')) continue;
    found = n as Text;
    if (which === 'first') break;
  }
  return found;
}

function isBoxLabel(text: string): boolean {
  const t = collapse(text);
  return t.length > 0 && t.length <= LINK_BOX.labelMaxChars && (LINK_BOX_LABEL.test(t) || RELATED_HEADING.test(t));
}

/** Is `el` a box of headline links, of at most `maxChars` text? */
function linkBox(el: Element, maxChars: number): boolean {
  const anchors = el.getElementsByTagName('a');
  if (anchors.length < LINK_BOX.minLinks) return false;
  const text = collapse(el.textContent ?? '').length;
  if (text === 0 || text > maxChars) return false;
  let links = 0;
  let linkChars = 0;
  for (const a of toArray(anchors)) {
    const href = a.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#')) continue;
    const t = collapse(a.textContent ?? '').length;
    if (t === 0) continue;
    links++;
    linkChars += t;
  }
  if (links < LINK_BOX.minLinks || linkChars < LINK_BOX.minLinkShare * text) return false;
  return !el.querySelector(EMBED_SELECTOR);
}

/** The short, link-free line just before `el` (its previous element sibling), if any. */
function labelBefore(el: Element): Element | null {
  const prev = el.previousElementSibling;
  if (!prev || prev.getElementsByTagName('a').length > 0 || prev.querySelector('img, picture, video, iframe')) return null;
  const t = collapse(prev.textContent ?? '');
  return t.length > 0 && t.length <= LINK_BOX.labelMaxChars ? prev : null;
}

/** The text of `el`'s first child element with text, as a label candidate. */
function firstLine(el: Element): string {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = collapse(c.textContent ?? '');
    if (t) return c.getElementsByTagName('a').length ? '' : t;
  }
  return '';
}
