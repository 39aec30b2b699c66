import { isCommentWidget } from '../comment-widgets.ts';
import { COMMENT_HEADING, COMMENT_HEADING_MAX_CHARS, COMMENT_PROMPT, COMMENT_PROMPT_MAX_CHARS, COMMENT_PROMPT_START, REPLY_WORD_IN_TEXT, REPLY_WORDS } from '../constants.ts';
import { collectComments } from './comments.ts';
import type { ExtractContext } from './context.ts';
import { anyIn, toArray } from '../lists.ts';
import { isHeading, textOf } from './dom.ts';
import type { Candidate, PruneRule, RuleMatch } from './rules.ts';
import { ARTICLE_TAGS, INLINE_TAGS } from './rules.ts';
import { sectionOf } from './sections.ts';

/** Class/id tokens that name a comment area ("comments", "kommentare", "disqus"...). */
const COMMENT_TOKENS = new Set([
  'comments', 'comment', 'commentlist', 'commentform', 'kommentare', 'kommentar', 'commentaires', 'commentaire',
  'comentarios', 'comentario', 'commenti', 'disqus', 'respond', 'replies', 'reactions', 'yorumlar', 'discussion', 'talkback',
]);
/** Class tokens that name a block a heading or title, whatever its tag. */
const HEADING_TOKENS: ReadonlySet<string> = new Set(['title', 'heading']);
const POST_TOKENS = new Set(['hentry', 'post', 'article', 'entry', 'story', 'main']);
/** A block matched only by a comment class name larger than this share of the page is presumed to be the article. */
const NAME_MAX_SHARE = 0.5;
/** Comment forms are short; a form with more text wraps the page (ASP.NET pages put everything in one form). */
const FORM_MAX_CHARS = 1500;
const FORM_MAX_SHARE = 0.2;
const PROSE_CHARS = 150;

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

/** Is this element a comment section (or the start of one)? */
function matchComment(c: Candidate, ctx: ExtractContext): RuleMatch | null {
  const { el, tag } = c;
  if (ARTICLE_TAGS.has(tag)) return null;
  if (c.attributed && !INLINE_TAGS.has(tag) && isCommentWidget(el)) {
    return { rule: 'comment widget' };
  }
  if (tag === 'FORM' && el.getElementsByTagName('textarea')[0] && isSmallForm(c, ctx)) {
    return { rule: 'form with textarea' };
  }
  if (c.attributed && el.hasAttribute('data-spotim-module')) return { rule: 'comment widget' };
  if ((tag === 'OL' || tag === 'UL') && isReplyThread(el)) return { rule: 'thread with reply links' };
  // WordPress puts taxonomy classes on the post wrapper (`post hentry category-comentarios`): a
  // block that names itself a post is the article, whatever else its classes say.
  const named = c.tokens.length > 0 && !INLINE_TAGS.has(tag) && anyIn(c.tokens, COMMENT_TOKENS) && !namesPost(c.raw);
  // A class name alone is weak (`.has-comments` wrappers hold whole pages): the block must also not hold the headline.
  if (named && (c.textLength(NAME_MAX_SHARE * ctx.bodyChars) < NAME_MAX_SHARE * ctx.bodyChars || el.getElementsByTagName('textarea')[0]) && !el.getElementsByTagName('h1')[0]) {
    return { rule: 'comment class name' };
  }
  return matchHeading(c, ctx);
}

/** A heading such as "3 Comments", "اضافة تعليق", "Kommentare": the section it opens goes. */
function matchHeading(c: Candidate, ctx: ExtractContext): RuleMatch | null {
  const { el, tag } = c;
  const headingLike = isHeading(el) || tag === 'LEGEND' || anyIn(c.tokens, HEADING_TOKENS);
  if (headingLike) {
    if (c.textLength(COMMENT_HEADING_MAX_CHARS) > COMMENT_HEADING_MAX_CHARS || !COMMENT_HEADING.test(c.text())) return null;
    return { rule: 'comment heading section', nodes: sectionOf(el, ctx.bodyChars, 'comments') };
  }
  if (tag === 'A' && !el.hasAttribute('href') && COMMENT_ANCHOR.test(el.getAttribute('name') ?? el.id ?? '')) {
    return { rule: 'comment anchor and its tail', nodes: [wrapTail(el)] };
  }
  if (INLINE_LABEL_TAGS.has(tag) && c.parentTag !== 'P' && c.childCount === 0) {
    if (c.textLength(COMMENT_HEADING_MAX_CHARS) <= COMMENT_HEADING_MAX_CHARS && COMMENT_HEADING.test(c.text())) {
      return { rule: 'inline comment label and its tail', nodes: [wrapTail(outermostWrapper(el))] };
    }
  }
  return matchLabel(c, ctx);
}

function matchLabel(c: Candidate, ctx: ExtractContext): RuleMatch | null {
  const { el, tag } = c;
  // "Your views on this story? Email us", "Join the discussion on our boards": a prompt outside running text.
  if ((INLINE_LABEL_TAGS.has(tag) || tag === 'A' || tag === 'P' || tag === 'DIV') && c.parentTag !== 'P') {
    if (COMMENT_PROMPT_START.test(c.head()) && c.textLength(COMMENT_PROMPT_MAX_CHARS) <= COMMENT_PROMPT_MAX_CHARS && COMMENT_PROMPT.test(c.text())) return { rule: 'comment prompt' };
  }
  // A paragraph led by a bold label ("شروط التعليق: ...", "Comment policy: ...") is comment furniture.
  if ((tag === 'P' || tag === 'DIV') && c.childCount <= 3) {
    const lead = c.childCount > 0 ? el.firstElementChild : null;
    if (lead && /^(B|STRONG|SPAN|LABEL)$/.test(lead.tagName.toUpperCase()) && el.firstChild === lead) {
      const label = textOf(lead);
      if (label.length <= COMMENT_HEADING_MAX_CHARS && COMMENT_HEADING.test(label)) return { rule: 'comment label' };
    }
    // A bare label (`<div>شروط التعليق:</div>`) on templates without heading tags opens a section too.
    if (c.childCount === 0 && c.textLength(COMMENT_HEADING_MAX_CHARS) <= COMMENT_HEADING_MAX_CHARS && COMMENT_HEADING.test(c.text())) {
      return { rule: 'comment label section', nodes: sectionOf(el, ctx.bodyChars, 'comments') };
    }
  }
  return null;
}

/**
 * A class that is a post marker on its own (`post`, `hentry`, `article`): the block is the post. A post
 * word inside a compound comment class (`comment-article`, `comments-entry`) does not count.
 */
function namesPost(raw: string): boolean {
  return raw.split(/\s+/).some((w) => POST_TOKENS.has(w));
}

/** Bold labels that open a comment tail in flat markup (`<b>Comments</b><br>name<br>text<hr>...`). */
const INLINE_LABEL_TAGS = new Set(['B', 'STRONG', 'FONT', 'SPAN', 'I', 'EM']);

/** `<a name="comments">`: the jump target that flat markup puts right before its comments. */
const COMMENT_ANCHOR = /^(?:comments?|commentsection|comment-section|talkbacks?|kommentare|reactions|respond|reader-?comments)$/i;
const WRAPPER_TAGS = new Set(['FONT', 'SPAN', 'CENTER', 'B', 'STRONG', 'U', 'I', 'EM']);

/** `<center><font><b>Comments</b></font></center>`: the label is the outermost element with only its text. */
function outermostWrapper(label: Element): Element {
  let top = label;
  const text = textOf(label);
  while (top.parentElement && WRAPPER_TAGS.has(top.parentElement.tagName.toUpperCase()) && textOf(top.parentElement) === text) top = top.parentElement;
  return top;
}

/**
 * In flat markup the comments are the label's following siblings (text, `<br>`, `<b>` names) up to
 * the next heading: gather them into one wrapper so they are removed and collected together.
 */
function wrapTail(label: Element): Element {
  const wrapper = label.ownerDocument.createElement('div');
  label.before(wrapper);
  for (let n: ChildNode | null = label; n; ) {
    const next: ChildNode | null = n.nextSibling;
    if (n.nodeType === 1 && /^H[1-3]$/i.test((n as Element).tagName)) break;
    wrapper.appendChild(n);
    n = next;
  }
  return wrapper;
}

/** A comment form holds labels and a rules note, not the headline or several paragraphs of prose. */
function isSmallForm(c: Candidate, ctx: ExtractContext): boolean {
  const max = Math.max(FORM_MAX_CHARS, FORM_MAX_SHARE * ctx.bodyChars);
  if (c.textLength(max) > max) return false;
  if (c.el.getElementsByTagName('h1').length) return false;
  let prose = 0;
  for (const p of toArray(c.el.querySelectorAll('p'))) if ((p.textContent ?? '').length > PROSE_CHARS) prose++;
  return prose <= 2;
}

/** A list most of whose items carry a reply link: a comment thread, even with meaningless class names. */
export function isReplyThread(list: Element): boolean {
  if (!REPLY_WORD_IN_TEXT.test(list.textContent ?? '')) return false;
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
  for (const a of toArray(el.querySelectorAll('a, button'))) if (REPLY_WORDS.test(a.textContent ?? '')) return true;
  return false;
}
