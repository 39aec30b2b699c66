/** The language the markup declares, nearest to the content first (as the `lang` attribute inherits). */

import { normalizeLangTag } from './tag.ts';

/** `lang` or `xml:lang` on the element itself (XHTML pages sometimes have only the latter). */
function ownLang(el: Element): string {
  return normalizeLangTag(el.getAttribute('lang') ?? el.getAttribute('xml:lang'));
}

export function declaredLang(doc: Document, contentRoot: Element | null): string {
  for (let el: Element | null = contentRoot; el; el = el.parentElement) {
    const lang = ownLang(el);
    if (lang) return lang;
  }
  if (doc.documentElement) {
    const lang = ownLang(doc.documentElement);
    if (lang) return lang;
  }
  let httpEquiv: string | null = null;
  let ogLocale: string | null = null;
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (httpEquiv === null && meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language') httpEquiv = meta.getAttribute('content');
    if (ogLocale === null && meta.getAttribute('property') === 'og:locale') ogLocale = meta.getAttribute('content');
  }
  const fromHttpEquiv = normalizeLangTag(httpEquiv);
  if (fromHttpEquiv) return fromHttpEquiv;
  // og:locale is `ar_AR`, `en_US`: underscores become hyphens in normalizeLangTag.
  return normalizeLangTag(ogLocale);
}
