/** The language the markup declares, nearest to the content first (as the `lang` attribute inherits). */

import { normalizeLangTag } from './tag.ts';

/** `lang` or `xml:lang` on the element itself (XHTML pages sometimes have only the latter). */
function ownLang(el: Element): string {
  return normalizeLangTag(el.getAttribute('lang') ?? el.getAttribute('xml:lang'));
}

/** `tags`: the page's meta values (meta.ts), for Content-Language and og:locale. */
export function declaredLang(doc: Document, contentRoot: Element | null, tags: ReadonlyMap<string, string>): string {
  for (let el: Element | null = contentRoot; el; el = el.parentElement) {
    const lang = ownLang(el);
    if (lang) return lang;
  }
  if (doc.documentElement) {
    const lang = ownLang(doc.documentElement);
    if (lang) return lang;
  }
  const fromHttpEquiv = normalizeLangTag(tags.get('content-language'));
  if (fromHttpEquiv) return fromHttpEquiv;
  // og:locale is `ar_AR`, `en_US`: underscores become hyphens in normalizeLangTag.
  return normalizeLangTag(tags.get('og:locale'));
}
