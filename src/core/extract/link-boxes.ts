import { LINK_BOX, LINK_BOX_LABEL, RELATED_HEADING, EMBED_SELECTOR } from '../constants.ts';
import { toArray } from '../lists.ts';
import { drop, type ExtractContext } from './context.ts';
import { collapse } from './dom.ts';

const BOX_TAGS = 'ul, ol, dl, div, section, aside, table, p';
const PROSE_TAGS = 'p, li, blockquote, div, dd, td';
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
  const lastProse = lastProseBlock(content);
  for (const el of toArray(content.querySelectorAll(BOX_TAGS))) {
    if (!content.contains(el)) continue;
    const box = linkBox(el, total);
    if (!box) continue;
    const trailing = lastProse !== null && !el.contains(lastProse) && (el.compareDocumentPosition(lastProse) & PRECEDING) !== 0;
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

function isBoxLabel(text: string): boolean {
  const t = collapse(text);
  return t.length > 0 && t.length <= LINK_BOX.labelMaxChars && (LINK_BOX_LABEL.test(t) || RELATED_HEADING.test(t));
}

/** Is `el` a box of headline links? */
function linkBox(el: Element, total: number): boolean {
  const anchors = el.getElementsByTagName('a');
  if (anchors.length < LINK_BOX.minLinks) return false;
  const text = collapse(el.textContent ?? '').length;
  if (text === 0 || text > LINK_BOX.maxShareOfArticle * total) return false;
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

/** The last block in `content` with prose outside links: where the article's text ends. */
function lastProseBlock(content: Element): Element | null {
  const blocks = content.querySelectorAll(PROSE_TAGS);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    const text = collapse(b.textContent ?? '').length;
    if (text < LINK_BOX.proseChars) continue;
    let linkChars = 0;
    for (const a of toArray(b.getElementsByTagName('a'))) linkChars += collapse(a.textContent ?? '').length;
    if (text - linkChars >= LINK_BOX.proseChars) return b;
  }
  return null;
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
