/** BCP 47 tags as pages write them (`ar_AR`, `EN-us`, `iw`) made canonical enough to compare and to show. */

/** Deprecated primary subtags still common in markup, mapped to the current ones. */
const DEPRECATED: Readonly<Record<string, string>> = { iw: 'he', ji: 'yi', in: 'id' };

/** Values that name no language: undetermined, multiple, no linguistic content, and CMS placeholders. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x-default', 'default', 'null', 'none']);

/** A BCP 47-shaped tag: 2–3 letter language (or 4–8 registered), then alphanumeric subtags. */
const TAG_SHAPE = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;

/** Canonical tag, or "" when the value is not a language tag at all. */
export function normalizeLangTag(raw: string | null | undefined): string {
  if (!raw) return '';
  // `content="en, fr"` in Content-Language lists several: the first is the main one.
  const first = raw.split(',')[0]!.trim().replace(/_/g, '-');
  if (!TAG_SHAPE.test(first) || NO_LANGUAGE.has(first.toLowerCase())) return '';
  const [primary, ...rest] = first.split('-');
  const lang = primary!.toLowerCase();
  const subtags = rest.map((sub) => {
    if (sub.length === 2) return sub.toUpperCase(); // region: ar-EG
    if (sub.length === 4) return sub[0]!.toUpperCase() + sub.slice(1).toLowerCase(); // script: zh-Hant
    return sub.toLowerCase();
  });
  return [DEPRECATED[lang] ?? lang, ...subtags].join('-');
}

/** Primary language subtag, lower case: `ar-EG` → `ar`. */
export function primarySubtag(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}
