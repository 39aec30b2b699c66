import { JUNK_LINE, WIDGET_SELECTORS } from '../constants.ts';
import type { PruneRule } from './rules.ts';

/** Ad labels are a word or two; longer text is not a label. */
export const LABEL_MAX_CHARS = 40;

/** Ads and sponsored blocks: ad-network markup, ad class names, and lone "Advertisement" labels. */
export const adsRule: PruneRule = {
  step: 'ads',
  test(c) {
    if ((c.tag === 'INS' || /ad|gpt|google/.test(c.raw) || c.el.hasAttribute('data-ad-slot')) && c.el.matches(WIDGET_SELECTORS.ads)) {
      return { rule: 'ad network markup' };
    }
    const hit = c.clutter();
    if (hit?.kind === 'ads') return { rule: `class "${hit.token}"` };
    if (!c.el.firstElementChild && c.tag !== 'A' && c.textLength(LABEL_MAX_CHARS) <= LABEL_MAX_CHARS && /^[\s\-–—|•·]*(?:advert|sponsor|anzeige|werbung|publicit|publicidad|pubblicit|реклам|إعلان|اعلان|تبليغ|تبلیغ|广告|広告)/iu.test(c.text()) && JUNK_LINE.test(c.text())) {
      return { rule: 'ad label' };
    }
    return null;
  },
};
