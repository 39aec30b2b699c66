import { AD_NETWORK_MARKUP, JUNK_LINE } from '../constants.ts';
import { includesAny, startsWithAny } from '../lists.ts';
import type { PruneRule } from './rules.ts';

/** Ad labels are a word or two; longer text is not a label. */
export const LABEL_MAX_CHARS = 40;

/** Ads and sponsored blocks: ad-network markup, ad class names, and lone "Advertisement" labels. */
export const adsRule: PruneRule = {
  step: 'ads',
  test(c) {
    if (c.attributed && isAdNetworkSlot(c.el, c.tag)) {
      return { rule: 'ad network markup' };
    }
    const hit = c.clutter();
    if (hit?.kind === 'ads') return { rule: `class "${hit.token}"` };
    if (c.childCount === 0 && c.tag !== 'A' && c.textLength(LABEL_MAX_CHARS) <= LABEL_MAX_CHARS && /^[\s\-–—|•·]*(?:advert|sponsor|anzeige|werbung|publicit|publicidad|pubblicit|реклам|إعلان|اعلان|تبليغ|تبلیغ|广告|広告)/u.test(c.text().toLowerCase()) && JUNK_LINE.test(c.text())) {
      return { rule: 'ad label' };
    }
    return null;
  },
};

/** AD_NETWORK_MARKUP, read from the attributes of an element that has some (case as written, as a selector would match them). */
function isAdNetworkSlot(el: Element, tag: string): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (tag === 'INS' && cls.split(/\s+/).includes(AD_NETWORK_MARKUP.insClass)) return true;
  const id = el.getAttribute('id');
  if (id && startsWithAny(id, AD_NETWORK_MARKUP.idPrefixes)) return true;
  for (let i = 0; i < AD_NETWORK_MARKUP.attributes.length; i++) if (el.hasAttribute(AD_NETWORK_MARKUP.attributes[i]!)) return true;
  return cls !== '' && includesAny(cls, AD_NETWORK_MARKUP.classFragments);
}
