/** Signals from metadata publishers write for search engines and social sites: JSON-LD, microdata, Open Graph. */

import { DETECT, DETECT_ARTICLE_TYPES, DETECT_LISTING_TYPES } from '../constants.ts';
import { metaTags } from '../meta.ts';
import type { Signal } from './signal.ts';

/** `@type` values of every JSON-LD node, walking `@graph`, arrays and `mainEntity`, not deeper (authors, publishers). */
function collectTypes(node: unknown, out: string[], depth = 0): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') out.push(t);
  collectTypes(record['@graph'], out, depth + 1);
  collectTypes(record['mainEntity'], out, depth + 1);
  collectTypes(record['mainEntityOfPage'], out, depth + 1);
}

/** Bare type name: "https://schema.org/NewsArticle" and "schema:NewsArticle" → "NewsArticle". */
function bareType(type: string): string {
  return type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1).trim();
}

export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  let parsed = 0;
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    if (++parsed > DETECT.maxJsonLdScripts) break;
    const raw = script.textContent ?? '';
    if (raw.length > DETECT.maxJsonLdChars) continue;
    try {
      // CMSs leave HTML comments and trailing semicolons around the JSON; strip them rather than lose the block.
      collectTypes(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '').replace(/;\s*$/, '')), types);
    } catch {
      // Broken JSON-LD is common and says nothing either way.
    }
  }
  return types.map(bareType);
}

export function structuredSignals(doc: Document): Signal[] {
  const signals: Signal[] = [];
  const types = jsonLdTypes(doc);
  const article = types.find((t) => DETECT_ARTICLE_TYPES.has(t.toLowerCase()));
  const listing = types.find((t) => DETECT_LISTING_TYPES.has(t.toLowerCase()));
  if (article) signals.push({ label: `json-ld ${article}`, points: DETECT.jsonLdArticle });
  else if (listing) signals.push({ label: `json-ld ${listing}`, points: DETECT.jsonLdListing });

  if (metaTags(doc).get('og:type')?.toLowerCase() === 'article') signals.push({ label: 'og:type article', points: DETECT.ogArticle });
  return signals;
}

/** True when `signals` hold the JSON-LD article type structuredSignals found: microdata then has nothing to add. */
export function hasJsonLdArticle(signals: readonly Signal[]): boolean {
  return signals.some((s) => s.points === DETECT.jsonLdArticle && s.label.startsWith('json-ld '));
}

/**
 * Microdata (`itemtype="…/NewsArticle"`): the one signal that needs a query over every element, so
 * detectArticle asks for it only when it can still change the answer. It only ever adds points.
 */
export function microdataSignal(doc: Document): Signal | null {
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const type = (el.getAttribute('itemtype') ?? '').split(/\s+/).map(bareType).find((t) => DETECT_ARTICLE_TYPES.has(t.toLowerCase()));
    if (type) return { label: `microdata ${type}`, points: DETECT.microdataArticle };
  }
  return null;
}
