import { Readability } from '@mozilla/readability';
import { READABILITY_OPTIONS } from '../constants.ts';

export interface Scored {
  content: Element;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
}

/**
 * Readability picks the article container in the (already cleaned) working copy. The serializer
 * returns the element itself: we post-process and sanitize the DOM, so no HTML round trip.
 */
export function scoreWithReadability(work: Document, retries: boolean): Scored | null {
  const reader = new Readability<Element>(work, {
    ...READABILITY_OPTIONS,
    serializer: (node: Node) => node as Element,
    // Readability retries with heuristics switched off while the result is under charThreshold; on
    // huge pages each retry re-parses the body, so a threshold of 0 accepts the first attempt.
    ...(retries ? {} : { charThreshold: 0 }),
  });
  const r = reader.parse();
  if (!r?.content) return null;
  return {
    content: r.content,
    title: r.title ?? '',
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    published: r.publishedTime ?? null,
    excerpt: r.excerpt ?? null,
    lang: r.lang ?? null,
    dir: r.dir ?? null,
  };
}
