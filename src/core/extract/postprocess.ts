import { COMMENT_HEADING, COMMENT_PROMPT, COMMENT_PROMPT_MAX_CHARS, JUNK_LINE, LINK_BOX_LABEL, RELATED_HEADING } from '../constants.ts';
import { readAlso } from './clean-related.ts';
import { isIconJunk } from './clean-share.ts';
import { drop, type ExtractContext } from './context.ts';
import { LineCandidate } from './candidate.ts';
import { cutCaptionCredit, furnitureLine } from './furniture.ts';
import { labelText, proseText, removeLinkBoxes, removeTrailingFeed } from './link-boxes.ts';
import { BLOCK_TAGS, collapse, collapsedLength, isAfter, isHeading, textOf } from './dom.ts';
import { norm } from './title.ts';
import { toArray } from '../lists.ts';

const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math, table, hr, embed, object';
const LEAF_BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, span, section, blockquote, dt, dd, figcaption, small, cite';
/** Inline elements among LEAF_BLOCKS: judged as furniture only when they are a line of their own or part of a figure's caption. */
const INLINE_LINES = new Set(['SPAN', 'SMALL', 'CITE']);
const JUNK_MAX_CHARS = 80;
/** How far into the article a repeated title heading is looked for. */
const TITLE_SEARCH_BLOCKS = 6;

/** Clean Readability's pick: the repeated title, leftover junk lines, then empty blocks (which the first two may leave). */
export function postProcess(ctx: ExtractContext, content: Element, title: string): void {
  removeTitleHeading(ctx, content, title);
  removeBylineLine(ctx, content);
  removeJunkLines(ctx, content);
  cutCaptionCredits(content);
  removeLinkBoxes(ctx, content);
  removeTrailingFeed(ctx, content);
  removeDanglingLabels(ctx, content);
  removeEmptyBlocks(ctx, content);
}

/** The body must not repeat the headline: drop an early heading (or lone line) whose text is the title. */
function removeTitleHeading(ctx: ExtractContext, content: Element, title: string): void {
  const t = norm(title);
  if (!t) return;
  // A static list: read only its first few entries, not copied whole.
  const blocks = content.querySelectorAll('h1, h2, h3, h4, p');
  for (let i = 0; i < blocks.length && i < TITLE_SEARCH_BLOCKS; i++) {
    const b = blocks[i]!;
    const bt = norm(textOf(b));
    if (bt && (bt === t || (isHeading(b) && bt.length > 10 && t.includes(bt)))) {
      drop(ctx, b, 'title', 'repeats the title');
      return;
    }
  }
}

/**
 * "By Jane Doe" as the first lines of the body: the reader shows the byline in its header, so the body
 * must not repeat it. Only a short line that is nothing but "By" and a capitalised name (and an optional
 * date or role after a separator) near the top; any other sentence that starts with "By" stays.
 */
const BYLINE_LINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|da|del|der|la|le|bin|al-?\p{L}*)){0,4}(?:\s*(?:,|\||·|-|–|—|\band\b)\s*.{0,60})?$/u;
const BYLINE_SEARCH_BLOCKS = 4;

function removeBylineLine(ctx: ExtractContext, content: Element): void {
  const all = content.querySelectorAll('p, div, span, address');
  for (let i = 0, seen = 0; i < all.length && seen < BYLINE_SEARCH_BLOCKS; i++) {
    const b = all[i]!;
    if (hasBlockChild(b)) continue;
    seen++;
    const text = textOf(b);
    if (text.length > 0 && text.length <= 100 && BYLINE_LINE.test(text)) {
      drop(ctx, b, 'byline', 'repeats the byline');
      return;
    }
  }
}

/** Lines that survived scoring but are junk on their own: icon-font letters, ad/print labels, comment labels, "Read also" links. */
function removeJunkLines(ctx: ExtractContext, content: Element): void {
  const firstProse = proseText(content, 'first');
  for (const el of toArray(content.querySelectorAll(LEAF_BLOCKS))) {
    if (!content.contains(el)) continue;
    if (hasBlockChild(el)) continue;
    const whole = el.textContent ?? '';
    if (collapsedLength(whole, JUNK_LINE_MAX_CHARS) > JUNK_LINE_MAX_CHARS) continue;
    // A label in spaced capitals ("R E A D E R&nbsp; C O M M E N T S") is read as its words.
    const text = labelText(whole);
    if (!text) continue;
    const c = new LineCandidate(el, text);
    const rule = text.length <= JUNK_MAX_CHARS && isIconJunk(text) ? 'icon-font junk'
      : text.length <= JUNK_MAX_CHARS && JUNK_LINE.test(text) ? 'ad/print/share label'
      : text.length <= JUNK_MAX_CHARS && COMMENT_HEADING.test(text) ? 'comment label'
      : text.length <= COMMENT_PROMPT_MAX_CHARS && COMMENT_PROMPT.test(text) ? 'comment prompt'
      : readAlso(c)?.rule ?? null;
    if (rule) drop(ctx, el, 'junk', rule);
    else if (ownLine(el, text)) {
      const opensBody = firstProse === null || isAfter(firstProse, el);
      const kind = furnitureLine(el, text, opensBody);
      if (kind) drop(ctx, el, 'furniture', kind);
    }
  }
}

/**
 * A block is a line of its own; an inline element is one when it holds all its parent's text, or sits in a
 * figure's caption (a credit `<span>` after the caption text). A span inside a sentence is never judged alone.
 */
function ownLine(el: Element, text: string): boolean {
  if (!INLINE_LINES.has(el.tagName.toUpperCase())) return true;
  if (el.closest('figcaption, figure')) return true;
  const parent = el.parentElement;
  if (parent !== null && collapse(parent.textContent ?? '') === text) return true;
  // Between blocks (or line breaks) with no running text beside it: a line of its own on a table layout.
  return lineEdge(el.previousSibling, 'previousSibling') && lineEdge(el.nextSibling, 'nextSibling');
}

/** Is the first non-blank sibling in that direction nothing, a line break or a block? */
function lineEdge(start: ChildNode | null, dir: 'previousSibling' | 'nextSibling'): boolean {
  let n = start;
  while (n && n.nodeType === 3 && (n.nodeValue ?? '').trim() === '') n = n[dir];
  if (!n) return true;
  return n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
}

/** A figure caption keeps its text and loses a credit at its end ("… Photo: Jane Roe/AP"). */
function cutCaptionCredits(content: Element): void {
  for (const caption of toArray(content.getElementsByTagName('figcaption'))) cutCaptionCredit(caption);
}

/** A dangling label is this short at most ("Empfohlene Beiträge", "Weiterführender Link", "Related:"). */
const DANGLING_MAX_CHARS = 60;

/**
 * The article's last lines may be labels left without what they introduced (a "Recommended" heading whose
 * teasers were removed, "Further links:" with no links): a line ending in a colon or a related-list label, at the
 * very end of the body, with no text, image or table after it. They go, from the end, one by one. A plain heading
 * stays (a section whose content was hidden).
 */
function removeDanglingLabels(ctx: ExtractContext, content: Element): void {
  for (;;) {
    const last = lastTextBlock(content);
    if (!last || last === content) return;
    const text = collapse(last.textContent ?? '');
    if (text.length > DANGLING_MAX_CHARS || last.querySelector('a, img, picture, video, iframe')) return;
    const label = /[:：]$/u.test(text) || RELATED_HEADING.test(text) || LINK_BOX_LABEL.test(text);
    if (!label || mediaAfter(content, last)) return;
    drop(ctx, last, 'furniture', 'label with nothing after it');
  }
}

/** What a label may introduce besides text (a rule, `<hr>`, introduces nothing). */
const INTRODUCED_MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math, table, embed, object';

/** Is there an image, video, table… after `el` (then `el` introduces it)? */
function mediaAfter(content: Element, el: Element): boolean {
  const media = content.querySelectorAll(INTRODUCED_MEDIA);
  for (let i = media.length - 1; i >= 0; i--) if (isAfter(media[i]!, el)) return true;
  return false;
}

/** The innermost block holding the content's last text. */
function lastTextBlock(content: Element): Element | null {
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  let lastText: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim() !== '') lastText = n;
  let el = lastText?.parentElement ?? null;
  while (el && el !== content && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** Longer lines are prose, whatever words they start with. */
const JUNK_LINE_MAX_CHARS = 300;

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'BR') return true;
  return false;
}

/** Paragraphs and list items with no text and no media (a `&nbsp;` paragraph) render as gaps. */
function removeEmptyBlocks(ctx: ExtractContext, content: Element): void {
  for (const el of toArray(content.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote'))) {
    if ((el.textContent ?? '').trim() === '' && !el.querySelector(MEDIA)) drop(ctx, el, 'empty', 'no text or media');
  }
}
