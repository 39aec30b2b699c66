import { CHROME_ROLES, CHROME_TAGS, FORM_SELECTORS } from '../constants.ts';
import type { PruneRule } from './rules.ts';

/** Chrome judged by tag is still kept when it holds this share of the page text (some sites wrap the article in `aside`). */
const TAG_MAX_SHARE = 0.5;

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

/** Navigation, menus, footers, sidebars, tags and author boxes. */
export const chromeRule: PruneRule = {
  step: 'chrome',
  test(c, ctx) {
    const role = c.attributed ? c.el.getAttribute('role') : null;
    if (CHROME_TAGS.has(c.tag) || (role && CHROME_ROLES.has(role))) {
      if (c.textLength(TAG_MAX_SHARE * ctx.bodyChars) <= TAG_MAX_SHARE * ctx.bodyChars) return { rule: role ? `role=${role}` : `<${c.tag.toLowerCase()}>` };
    }
    if (c.tag === 'HEADER' && c.el.querySelector('nav, [role="navigation"], ul') && !c.el.querySelector('h1, time')) return { rule: 'page header' };
    const hit = c.clutter();
    if (hit?.kind === 'chrome') return { rule: `class "${hit.token}"` };
    return null;
  },
};
