import { COMMENT_HEADING, REPLY_WORDS, WIDGET_SELECTORS } from '../constants.ts';
import { collectComments } from './comments.ts';
import type { ExtractContext } from './context.ts';
import { isHeading, textOf } from './dom.ts';
import type { Candidate, PruneRule, RuleMatch } from './rules.ts';
import { ARTICLE_TAGS, INLINE_TAGS } from './rules.ts';
import { sectionOf } from './sections.ts';

/** Class/id tokens that name a comment area ("comments", "kommentare", "disqus"...). */
const COMMENT_TOKENS = new Set([
  'comments', 'comment', 'commentlist', 'commentform', 'kommentare', 'kommentar', 'commentaires', 'commentaire',
  'comentarios', 'comentario', 'commenti', 'disqus', 'respond', 'replies', 'reactions', 'yorumlar', 'discussion', 'talkback',
]);
/** Cheap pre-check before matching the comment widget selectors. */
const WIDGET_HINT = /comment|disqus|respond|coral|vuukle|wpd|spotim|openweb/;
/** A block matched only by a comment class name larger than this share of the page is presumed to be the article. */
const NAME_MAX_SHARE = 0.5;
/** Labels longer than this are prose, not a comment heading. */
const HEADING_MAX_CHARS = 80;

/**
 * Comment sections, recognised by widget markup, class names, structure (comment forms, threads of items
 * with reply links) and heading words in many languages. The items are collected before removal.
 */
export const commentsRule: PruneRule = {
  step: 'comments',
  test(c, ctx) {
    const m = matchComment(c, ctx);
    if (m) ctx.comments = collectComments(m.nodes ?? [c.el], ctx.comments);
    return m;
  },
};

function matchComment(c: Candidate, ctx: ExtractContext): RuleMatch | null {
  const { el, tag } = c;
  if (ARTICLE_TAGS.has(tag)) return null;
  if (WIDGET_HINT.test(c.raw) && !INLINE_TAGS.has(tag) && el.matches(WIDGET_SELECTORS.comments)) {
    return { rule: 'comment widget' };
  }
  if (tag === 'FORM' && el.getElementsByTagName('textarea')[0] && c.textLength() < NAME_MAX_SHARE * ctx.bodyChars) {
    return { rule: 'form with textarea' };
  }
  if (el.hasAttribute('data-spotim-module')) return { rule: 'comment widget' };
  if ((tag === 'OL' || tag === 'UL') && isReplyThread(el)) return { rule: 'thread with reply links' };
  const named = c.tokens.length > 0 && !INLINE_TAGS.has(tag) && c.tokens.some((t) => COMMENT_TOKENS.has(t));
  if (named && (c.textLength() < NAME_MAX_SHARE * ctx.bodyChars || el.getElementsByTagName('textarea')[0])) {
    return { rule: 'comment class name' };
  }
  return matchHeading(c, ctx);
}

/** A heading such as "3 Comments", "اضافة تعليق", "Kommentare": the section it opens goes. */
function matchHeading(c: Candidate, ctx: ExtractContext): RuleMatch | null {
  const { el, tag } = c;
  const headingLike = isHeading(el) || tag === 'LEGEND' || c.tokens.some((t) => t === 'title' || t === 'heading');
  if (headingLike) {
    if (c.textLength() > HEADING_MAX_CHARS || !COMMENT_HEADING.test(textOf(el))) return null;
    return { rule: 'comment heading section', nodes: sectionOf(el, ctx.bodyChars) };
  }
  // A paragraph led by a bold label ("شروط التعليق: ...", "Comment policy: ...") is comment furniture.
  if ((tag === 'P' || tag === 'DIV') && el.childElementCount <= 3) {
    const lead = el.firstElementChild;
    if (lead && /^(B|STRONG|SPAN|LABEL)$/.test(lead.tagName.toUpperCase()) && el.firstChild === lead) {
      const label = textOf(lead);
      if (label.length <= HEADING_MAX_CHARS && COMMENT_HEADING.test(label)) return { rule: 'comment label' };
    }
    if (!el.firstElementChild && c.textLength() <= HEADING_MAX_CHARS && COMMENT_HEADING.test(textOf(el))) {
      return { rule: 'comment label' };
    }
  }
  return null;
}

/** A list most of whose items carry a reply link: a comment thread, even with meaningless class names. */
export function isReplyThread(list: Element): boolean {
  let items = 0;
  let withReply = 0;
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (li.tagName.toUpperCase() !== 'LI') continue;
    items++;
    if (hasReplyLink(li)) withReply++;
  }
  return items > 0 && withReply * 2 >= items && withReply > 0;
}

export function hasReplyLink(el: Element): boolean {
  for (const tag of ['a', 'button']) {
    const links = el.getElementsByTagName(tag);
    for (let i = 0; i < links.length; i++) if (REPLY_WORDS.test(links[i]!.textContent ?? '')) return true;
  }
  return false;
}
