import { CHROME_ROLES, CHROME_TAGS, FORM_SELECTORS, HOVER_CARD, POLL_FORM } from '../constants.ts';
import type { Candidate } from './rules.ts';
import type { PruneRule } from './rules.ts';

const HOVER_TOKENS: ReadonlySet<string> = new Set(HOVER_CARD.tokens);
const CARD_WITH: ReadonlySet<string> = new Set(HOVER_CARD.cardWith);

/** A hover card right after a link (see HOVER_CARD), or a hidden element there: not read into the sentence. */
function isHoverCard(c: Candidate): boolean {
  // A link is never a card: annotated texts make every phrase a link with a popup class.
  if (!c.attributed || c.tag === 'A') return false;
  const prev = c.el.previousElementSibling;
  if (!prev || (prev.tagName.toUpperCase() !== 'A' && !prev.getElementsByTagName('a')[0])) return false;
  const named = c.tokens.some((t) => HOVER_TOKENS.has(t) && (t !== 'card' || c.tokens.some((u) => CARD_WITH.has(u))));
  const hidden = c.el.hasAttribute('hidden') || c.el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(c.el.getAttribute('style') ?? '');
  return (named || hidden) && c.textLength(HOVER_CARD.maxChars) <= HOVER_CARD.maxChars;
}

/** Chrome judged by tag is still kept when it holds this share of the page text (some sites wrap the article in `aside`). */
const TAG_MAX_SHARE = 0.5;

/** A voting form (POLL_FORM): radio-button answers, no text box, short. */
function isPoll(c: Candidate): boolean {
  return c.el.querySelectorAll(POLL_FORM.radios).length >= POLL_FORM.minChoices && !c.el.querySelector('textarea') && c.textLength(POLL_FORM.maxChars) <= POLL_FORM.maxChars;
}

/** Newsletter, subscription and cookie boxes: class names, and forms that only ask for an e-mail address. */
export const subscribeRule: PruneRule = {
  step: 'subscribe',
  test(c) {
    const hit = c.clutter();
    if (hit?.kind === 'subscribe') return { rule: `class "${hit.token}"` };
    if (c.tag === 'FORM' && c.el.querySelector(FORM_SELECTORS.email) && !c.el.getElementsByTagName('textarea')[0] && c.textLength(500) < 500) {
      return { rule: 'e-mail form' };
    }
    return null;
  },
};

/** Navigation, menus, footers, sidebars, tags, author boxes and polls. */
export const chromeRule: PruneRule = {
  step: 'chrome',
  test(c, ctx) {
    const role = c.attributed ? c.el.getAttribute('role') : null;
    if (CHROME_TAGS.has(c.tag) || (role && CHROME_ROLES.has(role))) {
      if (c.textLength(TAG_MAX_SHARE * ctx.bodyChars) <= TAG_MAX_SHARE * ctx.bodyChars) return { rule: role ? `role=${role}` : `<${c.tag.toLowerCase()}>` };
    }
    if (isHoverCard(c)) return { rule: 'hover card of a link' };
    if (c.tag === 'FORM' && isPoll(c)) return { rule: 'poll form' };
    if (c.tag === 'HEADER' && c.el.querySelector('nav, [role="navigation"], ul') && !c.el.querySelector('h1, time')) return { rule: 'page header' };
    const hit = c.clutter();
    if (hit?.kind === 'chrome') return { rule: `class "${hit.token}"` };
    return null;
  },
};
