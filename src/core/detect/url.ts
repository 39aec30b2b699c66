/** Signals from the shape of the URL: site roots, searches and listings against; item paths (slug, id, date) for. */

import {
  DETECT, DETECT_DATE_PATH, DETECT_ID_PATH, DETECT_ITEM_QUERY, DETECT_LISTING_PATH, DETECT_LISTING_QUERY,
  DETECT_SEARCH_QUERY,
} from '../constants.ts';
import type { Signal } from './signal.ts';

/** True when the last path segment names one item: a long slug (us-says-trade-talks-resume) or a numeric id. */
function isItemSegment(segment: string): boolean {
  const name = segment.replace(/\.\w{2,5}$/, '');
  return name.split(/[-_]+/).filter(Boolean).length >= DETECT.urlSlugMinWords || /\d{5,}/.test(name);
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function urlSignals(url: string): Signal[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  // file:, about:, data: and the like say nothing about the page.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [];
  // Lower-cased once: the URL patterns in constants.ts are written for lower case.
  const path = decodePath(parsed.pathname).toLowerCase();
  const segments = path.split('/').filter(Boolean);
  const query = parsed.search.slice(1).toLowerCase();
  if (segments.length === 0 && !query) return [{ label: 'url site root', points: DETECT.urlRoot }];
  // The query patterns need a `name=` or a name: most article URLs have no query, and a pattern never
  // asked is never compiled (time and memory on every page load).
  if (query && DETECT_SEARCH_QUERY.test(query)) return [{ label: 'url search query', points: DETECT.urlListing }];

  const item = isItemSegment(segments[segments.length - 1] ?? '') || DETECT_ID_PATH.test(path) || (query !== '' && DETECT_ITEM_QUERY.test(query));
  // A listing word elsewhere (/topics/sports/story.html?id=…, /category/world/long-story-slug) does not make an item a listing.
  if (item) return [{ label: 'url article path', points: DETECT.urlArticle }];
  // /2024/05/ alone is a date archive, not an article filed under that date.
  if (segments.length > 0 && segments.length <= 3 && segments.every((s) => /^\d{1,4}$/.test(s))) {
    return [{ label: 'url date archive', points: DETECT.urlListing }];
  }
  if (DETECT_LISTING_PATH.test(path) || (query !== '' && DETECT_LISTING_QUERY.test(query))) {
    return [{ label: 'url listing path', points: DETECT.urlListing }];
  }
  if (DETECT_DATE_PATH.test(path)) return [{ label: 'url date path', points: DETECT.urlArticle }];
  return [];
}
