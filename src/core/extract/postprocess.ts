import { COMMENT_HEADING, COMMENT_PROMPT, COMMENT_PROMPT_MAX_CHARS, JUNK_LINE } from '../constants.ts';
import { readAlso } from './clean-related.ts';
import { isIconJunk } from './clean-share.ts';
import { drop, type ExtractContext } from './context.ts';
import { LineCandidate } from './candidate.ts';
import { furnitureLine } from './furniture.ts';
import { removeLinkBoxes } from './link-boxes.ts';
import { BLOCK_TAGS, collapse, collapsedLength, isHeading, textOf } from './dom.ts';
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
  removeLinkBoxes(ctx, content);
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
  for (const el of toArray(content.querySelectorAll(LEAF_BLOCKS))) {
    if (!content.contains(el)) continue;
    if (hasBlockChild(el)) continue;
    const whole = el.textContent ?? '';
    if (collapsedLength(whole, JUNK_LINE_MAX_CHARS) > JUNK_LINE_MAX_CHARS) continue;
    const text = collapse(whole);
    if (!text) continue;
    const c = new LineCandidate(el, text);
    const rule = text.length <= JUNK_MAX_CHARS && isIconJunk(text) ? 'icon-font junk'
      : text.length <= JUNK_MAX_CHARS && JUNK_LINE.test(text) ? 'ad/print/share label'
      : text.length <= JUNK_MAX_CHARS && COMMENT_HEADING.test(text) ? 'comment label'
      : text.length <= COMMENT_PROMPT_MAX_CHARS && COMMENT_PROMPT.test(text) ? 'comment prompt'
      : readAlso(c)?.rule ?? null;
    if (rule) drop(ctx, el, 'junk', rule);
    else if (ownLine(el, text)) {
      const kind = furnitureLine(el, text);
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
  return parent !== null && collapse(parent.textContent ?? '') === text;
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
