import { EMBED_SELECTOR, FEED_ONLY_LABEL, LETTER_SPACED_LABEL, LETTER_SPACED_WORD_GAP, LINK_BOX, LINK_BOX_LABEL, RELATED_HEADING } from '../constants.ts';
import { toArray } from '../lists.ts';
import { drop, type ExtractContext } from './context.ts';
import { BLOCK_TAGS, collapse, isAfter, isBefore } from './dom.ts';

const BOX_TAGS = 'ul, ol, dl, div, section, aside, table, p';
/** A link text that is a web address. */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * Boxes of headline links that Readability kept with the article: a "more stories" feed after the last
 * paragraph (or a section menu before the first), and a labelled "DON'T MISS" / "You may also like…" box between paragraphs. A box is a block with at
 * least LINK_BOX.minLinks links, nearly all its text in links, and a small share of the article. Before the first or
 * after the last prose any such box goes (with the short label line just before it); before it, only a box whose label
 * (its first line, or the line just before it) names a headline list. In-page links (`#…`) do not count, so a table
 * of contents stays; a box holding an embedded post stays.
 */
export function removeLinkBoxes(ctx: ExtractContext, content: Element): void {
  const total = collapse(content.textContent ?? '').length;
  if (total === 0) return;
  const start = proseText(content, 'first');
  const end = proseText(content, 'last');
  for (const el of toArray(content.querySelectorAll(BOX_TAGS))) {
    if (!content.contains(el)) continue;
    // Before the article's first prose (a section menu) or after its last: outside the text.
    const after = end !== null && isBefore(end, el) && !el.contains(end);
    const before = start !== null && isAfter(start, el) && !el.contains(start);
    const trailing = after || before;
    // After the article's last prose, a box of links cannot hide a paragraph of it, however long the box.
    if (!linkBox(el, trailing ? total : LINK_BOX.maxShareOfArticle * total)) continue;
    const label = labelBefore(el);
    if (trailing) {
      // After the text, any short unpunctuated line before the box is its label; before the text, only a box label (a standfirst may precede a menu).
      if (label && (isBoxLabel(label.textContent ?? '') || (after && !/[.!?"”»]\s*$/u.test(label.textContent ?? '')))) drop(ctx, label, 'link-box', 'label of a headline box after the article');
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
  return namesHeadlineList(labelText(text));
}

/** Does a label's text (labelText) name a headline list, within LINK_BOX.labelMaxChars? */
function namesHeadlineList(label: string): boolean {
  return label.length > 0 && label.length <= LINK_BOX.labelMaxChars && (LINK_BOX_LABEL.test(label) || RELATED_HEADING.test(label));
}

/** A label's text, collapsed; one set in spaced capitals ("R E L A T E D&nbsp; C O N T E N T") read as its words. */
export function labelText(raw: string): string {
  if (!spacedAfterFirstLetter(raw) || !LETTER_SPACED_LABEL.test(raw)) return collapse(raw);
  return raw.trim().split(LETTER_SPACED_WORD_GAP).map((word) => word.replace(/\s/gu, '')).filter(Boolean).join(' ');
}

/**
 * LETTER_SPACED_LABEL's start without the pattern: its first letter (one code point) is followed by a space. Nearly
 * no line is, so the reader's first extraction on a page rarely compiles the pattern.
 */
function spacedAfterFirstLetter(raw: string): boolean {
  const text = raw.trimStart();
  return text.charCodeAt((text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1) === 0x20;
}

/** Is `el` a box of headline links, of at most `maxChars` text? */
function linkBox(el: Element, maxChars: number): boolean {
  const anchors = el.getElementsByTagName('a');
  if (anchors.length < LINK_BOX.minLinks) return false;
  const text = collapse(el.textContent ?? '').length;
  if (text === 0 || text > maxChars) return false;
  let links = 0;
  let linkChars = 0;
  let addresses = 0;
  for (const a of toArray(anchors)) {
    const href = a.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#')) continue;
    const t = collapse(a.textContent ?? '');
    if (t.length === 0) continue;
    links++;
    linkChars += t.length;
    if (ADDRESS_TEXT.test(t)) addresses++;
  }
  if (links < LINK_BOX.minLinks || linkChars < LINK_BOX.minLinkShare * text) return false;
  // Links that show their address are references or footnotes ("[1] http://…"), not headlines.
  if (addresses * 2 >= links) return false;
  return !el.querySelector(EMBED_SELECTOR);
}

/** The short, link-free line just before `el` (its previous element sibling), if any. */
function labelBefore(el: Element): Element | null {
  const prev = el.previousElementSibling;
  if (!prev || prev.getElementsByTagName('a').length > 0 || prev.querySelector('img, picture, video, iframe')) return null;
  const t = collapse(prev.textContent ?? '');
  return t.length > 0 && t.length <= LINK_BOX.labelMaxChars ? prev : null;
}

/** The first line of `el`: the block (or cell) around its first text, as a label candidate (a label may itself be a link: "More Business News"). */
function firstLine(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').trim() === '') continue;
    let line = n.parentElement;
    while (line && line !== el && !LINE_TAGS.has(line.tagName.toUpperCase())) line = line.parentElement;
    // Uncollapsed: isBoxLabel reads a letter-spaced label's word gaps before collapsing.
    return line && line !== el ? (line.textContent ?? '') : (n.nodeValue ?? '');
  }
  return '';
}

const LINE_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'TD', 'TH']);

const FEED_LABEL_TAGS = 'h1, h2, h3, h4, h5, h6, p, div, span, td, strong, b, a, li, dt';

/**
 * A "more stories" feed at the end: a label that names a headline list ("Latest Sport News", "Also In The News",
 * "More Breaking Business News", LINK_BOX_LABEL or RELATED_HEADING), then to the end of the body teasers, each
 * with its link: at least LINK_BOX.minLinks links, no more sentence-long text runs than links, and no run as
 * long as a paragraph of an article (LINK_BOX.feedMaxRunChars). The label must come after some of the article
 * (LINK_BOX.feedMinTextBefore), so a page that is only a feed is left to itself. The label and everything after
 * it go.
 */
export function removeTrailingFeed(ctx: ExtractContext, content: Element): void {
  const total = collapse(content.textContent ?? '').length;
  for (const el of toArray(content.querySelectorAll(FEED_LABEL_TAGS))) {
    if (!content.contains(el) || el.querySelector('p, div, li, ul, ol, table, h1, h2, h3, h4, h5, h6')) continue;
    const label = labelText(el.textContent ?? '');
    if (label.length === 0 || label.length > LINK_BOX.labelMaxChars || !(namesHeadlineList(label) || FEED_ONLY_LABEL.test(label))) continue;
    const tail = following(el, content);
    const stats = feedStats(tail);
    if (stats.links < LINK_BOX.minLinks || stats.runs > stats.links || stats.longestRun > LINK_BOX.feedMaxRunChars) continue;
    // Teasers are headline links with a line each: a tail of many unlinked lines is content (a syllabus, a list).
    if (stats.linkChars < LINK_BOX.feedMinLinkShare * stats.chars || stats.plainLines > LINK_BOX.feedMaxLinesPerLink * stats.links) continue;
    if (total - label.length - stats.chars < LINK_BOX.feedMinTextBefore) continue;
    drop(ctx, el, 'link-box', 'label of a story feed at the end');
    for (const n of tail) if (n.nodeType === 1) drop(ctx, n as Element, 'link-box', 'story feed at the end');
    else n.parentNode?.removeChild(n);
    return;
  }
}

/** Every node after `el` up to the end of `root`: its following siblings, then its ancestors' following siblings. */
function following(el: Element, root: Element): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) for (let s = n.nextSibling; s; s = s.nextSibling) out.push(s);
  return out;
}

function feedStats(nodes: Node[]): { links: number; runs: number; longestRun: number; chars: number; linkChars: number; plainLines: number } {
  let links = 0;
  let linkChars = 0;
  let plainLines = 0;
  let runs = 0;
  let longestRun = 0;
  let chars = 0;
  for (const node of nodes) {
    if (node.nodeType === 1) {
      for (const a of toArray((node as Element).getElementsByTagName('a'))) {
        const href = a.getAttribute('href') ?? '';
        if (href !== '' && !href.startsWith('#') && collapse(a.textContent ?? '') !== '') links++;
      }
      if ((node as Element).tagName.toUpperCase() === 'A') links++;
    }
    const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t: Node | null = node.nodeType === 3 ? node : walker.nextNode(); t; t = node.nodeType === 3 ? null : walker.nextNode()) {
      const len = collapse(t.nodeValue ?? '').length;
      chars += len;
      const inLink = !!t.parentElement?.closest('a');
      if (inLink) linkChars += len;
      else if (len > 0) plainLines++;
      if (len >= LINK_BOX.proseChars && !inLink) runs++;
      if (len > longestRun) longestRun = len;
    }
  }
  return { links, runs, longestRun, chars, linkChars, plainLines };
}
