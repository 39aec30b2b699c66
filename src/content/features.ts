/**
 * What the filter lists' rules are indexed by, read from a page: its class and id names and its
 * link targets (`a[href^=...]` rules). Pure DOM reading, so the measurements run it in Node too.
 */
import type { PageFeatures } from '../shared/protocol.ts';

export type Features = Omit<PageFeatures, 'wholePage'>;

const FEATURE_ELEMENTS = '[class], [id], a[href], area[href]';

/** Features not in `seen` (keys `.class`, `#id`, `@href`: one set, as a class and an id may share a name). */
export function newFeatures(doc: Document, seen: ReadonlySet<string> = new Set()): Features {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  const add = (kind: string, value: string, into: Set<string>): void => {
    if (value && !seen.has(kind + value)) into.add(value);
  };
  for (const element of (doc.body ?? doc.documentElement).querySelectorAll(FEATURE_ELEMENTS)) {
    for (const name of element.classList) add('.', name, classes);
    add('#', element.id, ids);
    add('@', element.getAttribute('href') ?? '', hrefs);
  }
  return { classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
}

/** Records `features` in `seen`, so the next `newFeatures` leaves them out. */
export function markSeen(seen: Set<string>, features: Features): void {
  for (const name of features.classes) seen.add('.' + name);
  for (const id of features.ids) seen.add('#' + id);
  for (const href of features.hrefs) seen.add('@' + href);
}
