import type { CommentItem, CommentSection } from '../types.ts';
import { linkTextLength, textOf } from './dom.ts';
import { REPLY_WORDS } from '../constants.ts';
import { toArray } from '../lists.ts';
import { locateComments } from '../locate.ts';

/** Where comment markup (WordPress, Disqus-like, schema.org) puts the author and the text. */
const AUTHOR_SELECTOR = '.fn, .comment-author, .comment-author-name, [itemprop="author"], cite, .author, .username, .user-name';
const BODY_SELECTOR = '.comment-content, .comment-text, .comment-body-text, [itemprop="text"], .comment-entry';
/** An announced count ("12 comments", "١ تعليق") is the first number in a short heading. */
const COUNT = /([0-9٠-٩۰-۹]+)/;
const MAX_ITEMS = 500;
const AUTHOR_MAX_CHARS = 40;

/**
 * Comment items found in removed comment nodes, merged into what earlier nodes gave.
 * Items are list items (or `article`/`.comment` blocks) that hold a text; author is read where markup puts it.
 */
export function collectComments(nodes: Element[], prev: CommentSection | null): CommentSection {
  const section: CommentSection = prev ?? { count: 0, items: [] };
  for (const node of nodes) {
    for (const item of findItems(node)) {
      if (section.items.length >= MAX_ITEMS) break;
      const parsed = readItem(item);
      if (parsed) section.items.push(parsed);
    }
    const announced = announcedCount(node);
    section.count = Math.max(section.count, announced, section.items.length);
  }
  return section;
}

/**
 * Comment threads outside the article region, which extraction never copies: the sections the live-page
 * hider finds (locate.ts: comment widgets, comment headings over a thread, comment forms), so the reader's
 * "Comments" and the page's hidden sections are the same ones. Each is read from a copy imported into
 * `into` (a document without scripts), never from the page's own nodes; items are merged into `prev`.
 */
export function commentsOutside(input: Document, region: Element, into: Document, prev: CommentSection | null): CommentSection | null {
  const sections = locateComments(input, region).filter((el) => !el.contains(region));
  return sections.length ? collectComments(sections.map((el) => into.importNode(el, true)), prev) : prev;
}

/**
 * `later`'s items after `first`'s, as one collection over both would have given them (the same cap,
 * the larger announced count). Neither argument is changed.
 */
export function mergeComments(first: CommentSection | null, later: CommentSection | null): CommentSection | null {
  if (!first || !later) return first ?? later;
  const items = first.items.concat(later.items).slice(0, MAX_ITEMS);
  return { count: Math.max(first.count, later.count, items.length), items };
}

function findItems(node: Element): Element[] {
  // `div.comment` is how script-rendered widgets (Disqus-like threads) mark one comment.
  const tagged = toArray(node.querySelectorAll('li.comment, article.comment, div.comment, .comment-body, [itemprop="comment"], li'));
  // Keep the innermost match per comment: a `.comment-body` inside `li.comment` wins.
  return tagged.filter((el) => !tagged.some((o) => o !== el && el.contains(o) && !isNestedThread(el, o)));
}

/** A reply nested in a parent comment's `li` is its own item, not a body of the parent. */
function isNestedThread(outer: Element, inner: Element): boolean {
  return inner.tagName.toUpperCase() === 'LI' && outer.tagName.toUpperCase() === 'LI';
}

function readItem(item: Element): CommentItem | null {
  const clone = item.cloneNode(true) as Element;
  for (const nested of toArray(clone.querySelectorAll('ol, ul, form'))) nested.remove();
  // Templates without author markup put the name in bold before the text.
  const authorEl = clone.querySelector(AUTHOR_SELECTOR) ?? shortBold(clone);
  const author = textOf(authorEl) || undefined;
  authorEl?.remove();
  // Drop reply links and metadata so the text is this comment's own.
  for (const junk of toArray(clone.querySelectorAll('.reply, .comment-meta, .comment-metadata, time, .says'))) junk.remove();
  for (const a of toArray(clone.querySelectorAll('a, button'))) if (REPLY_WORDS.test(a.textContent ?? '')) a.remove();
  const body = clone.querySelector(BODY_SELECTOR) ?? clone;
  const text = textOf(body);
  // Navigation items ("Have your say", "Terms and conditions") are all link: not a comment.
  if (!text || linkTextLength(body) >= text.length * 0.8) return null;
  return author ? { author, text } : { text };
}

function shortBold(item: Element): Element | null {
  const b = item.querySelector('b, strong');
  return b && textOf(b).length <= AUTHOR_MAX_CHARS ? b : null;
}

function announcedCount(node: Element): number {
  const heading = node.matches('h1, h2, h3, h4, h5, h6') ? node : node.querySelector('h1, h2, h3, h4, h5, h6, .comments-title');
  const m = COUNT.exec(textOf(heading).slice(0, 80));
  return m ? toNumber(m[1]!) : 0;
}

/** Arabic-Indic and Persian digits count too. */
function toNumber(digits: string): number {
  const ascii = digits.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  return Number(ascii) || 0;
}
