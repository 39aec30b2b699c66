import { ICON_GLYPHS, JUNK_LINE } from '../constants.ts';
import { anyIn } from '../lists.ts';
import { LABEL_MAX_CHARS } from './clean-ads.ts';
import type { Candidate, PruneRule } from './rules.ts';

/** Links that post the page elsewhere: share endpoints of social networks, mail and print. */
const SHARE_HREF = /(?:facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|wa\.me\/|whatsapp:|api\.whatsapp\.com|t\.me\/share|telegram\.me\/share|linkedin\.com\/(?:share|cws)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|vk\.com\/share|tumblr\.com\/share|^mailto:|[?&/]share[=/?]|printfriendly|javascript:.*print)/i;
/** Class tokens of single share buttons (icon links). */
const NETWORK_TOKENS = new Set(['facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'email', 'mail', 'print', 'tumblr', 'vk', 'x', 'fb', 'tw', 'icon', 'share']);

/**
 * Share bars and print/PDF/e-mail widgets. Share links whose text is one or two capitals or
 * private-use glyphs are icon-font junk ("UUUIIII" when the icon font is missing): they go with their bar.
 */
export const shareRule: PruneRule = {
  step: 'share',
  test(c) {
    const hit = c.clutter();
    if (hit?.kind === 'share') return { rule: `class "${hit.token}"` };
    if (hit?.kind === 'print') return { rule: `print widget "${hit.token}"` };
    if (c.tag === 'A' && isShareLink(c)) return { rule: 'share link' };
    if (c.tag !== 'A' && c.childCount <= 2 && c.textLength(LABEL_MAX_CHARS) <= LABEL_MAX_CHARS && isPrintOrShareLabel(c.text()) && !c.el.getElementsByTagName('img').length) {
      return { rule: 'print/share label' };
    }
    return null;
  },
};

function isPrintOrShareLabel(text: string): boolean {
  return /print|pdf|e-?mail|share|imprim|druck|stampa|печат|طباعة|چاپ/u.test(text.toLowerCase()) && JUNK_LINE.test(text);
}

function isShareLink(c: Candidate): boolean {
  const href = c.el.getAttribute('href') ?? '';
  if (SHARE_HREF.test(href) && (c.textLength(3) <= 3 || c.el.closest('p, li') === null)) return true;
  // An icon link: its text is only glyphs (three at most), and its class or target says share.
  if (c.textLength(3) > 3) return false;
  const text = c.text();
  return text !== '' && ICON_GLYPHS.test(text) && (anyIn(c.tokens, NETWORK_TOKENS) || href === '' || href === '#');
}

/** "UUUIIII": a line of a few repeated capitals or private-use glyphs left by an icon font. */
export function isIconJunk(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 3 || !/^[A-Z\uE000-\uF8FF]+$/u.test(t)) return false;
  if (/[\uE000-\uF8FF]/u.test(t)) return true;
  return new Set(t).size * 2 <= t.length;
}
