import { metaTags } from '../meta.ts';
import { toAbsolute } from './images.ts';

export interface PageMeta {
  siteName: string | null;
  byline: string | null;
  published: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** All `<meta>` values by lower-cased `property`/`name`/`itemprop`/`http-equiv` (see meta.ts). */
  tags: Map<string, string>;
}

/** Metadata from <meta> tags, read from the input before any cleaning, in one pass over the meta elements. */
export function readMeta(doc: Document, base: string): PageMeta {
  const tags = metaTags(doc);
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = tags.get(k);
      if (v) return v;
    }
    return null;
  };
  const image = get('og:image', 'twitter:image', 'og:image:url');
  const time = doc.getElementsByTagName('time')[0]?.getAttribute('datetime') ?? null;
  return {
    siteName: get('og:site_name', 'application-name'),
    byline: get('author', 'article:author', 'byl'),
    published: toIsoDate(get('article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date') ?? time),
    excerpt: get('og:description', 'description', 'twitter:description'),
    leadImage: image ? toAbsolute(image, base) : null,
    tags,
  };
}

/** ISO 8601 when the value parses as a date; null otherwise (never a guess). */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
