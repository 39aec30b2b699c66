/**
 * What a person told Quiet Reader about a site's pages, by pointing at them: a block to hide (as a
 * comment section or as an ad), a block that is not clutter (kept although a rule names it), and the
 * article's container. Stored per site (hostname) in `storage.local` under STORAGE_KEYS.picks; never
 * sent anywhere. Pure data and pure functions; reading and writing storage lives in platform/storage.ts.
 */

export type PickedKind = 'comments' | 'ads';

export type PickAction =
  /** Hide matching blocks as `kind`, counted with that kind's blocks, left out of the reader. */
  | 'hide'
  /** Never hide matching blocks as `kind` on this site (the rule that named them was wrong here). */
  | 'keep'
  /** The article's container on pages of this site whose path has the same shape (`pathPattern`). */
  | 'article';

export interface SitePick {
  id: string;
  action: PickAction;
  /** For 'hide' and 'keep'. */
  kind?: PickedKind;
  /** A short CSS selector (see core/selector.ts), checked to parse when loaded. */
  selector: string;
  /**
   * For 'article': the path shape it applies to (see pathPattern). For 'hide' and 'keep': the shape of the page
   * it was picked on, where staleness is judged (a comment section picked on articles is not stale on the home page).
   */
  pathPattern?: string;
  /** The first words of the block, so a person can tell picks apart in a list. */
  label: string;
  /** When it was made (ms since the epoch). */
  created: number;
  /** Set when the selector matched nothing on the last page of the site it was tried on. */
  stale?: boolean;
}

export interface PickStore {
  /** hostname → its picks, oldest first. */
  sites: Record<string, SitePick[]>;
}

export const EMPTY_PICKS: PickStore = { sites: {} };

/** The longest label kept: enough to recognise a block. */
export const PICK_LABEL_CHARS = 80;
/** The file format name written by export and required by import. */
export const PICKS_FILE_FORMAT = 'quiet-reader-picks';
/** The file format version exportPicks writes; import reads this one and older. */
export const PICKS_FILE_VERSION = 1;

const ACTIONS: readonly PickAction[] = ['hide', 'keep', 'article'];
const KINDS: readonly PickedKind[] = ['comments', 'ads'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `selector` parses as a CSS selector list (a selector that matches nothing is still valid). */
export function isValidSelector(selector: string, doc: Document): boolean {
  if (selector.trim() === '') return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** A copy of one stored pick with exactly the known fields, or null when it is not a valid pick. */
export function toPick(value: unknown, isValid: (selector: string) => boolean): SitePick | null {
  if (!isRecord(value)) return null;
  const { id, action, kind, selector, pathPattern, label, created, stale } = value;
  if (typeof id !== 'string' || id === '' || typeof selector !== 'string' || !isValid(selector)) return null;
  if (!ACTIONS.includes(action as PickAction)) return null;
  const pick: SitePick = {
    id,
    action: action as PickAction,
    selector,
    label: typeof label === 'string' ? label.slice(0, PICK_LABEL_CHARS) : '',
    created: typeof created === 'number' && Number.isFinite(created) ? created : 0,
  };
  const shape = typeof pathPattern === 'string' && pathPattern.startsWith('/') ? pathPattern : null;
  if (pick.action === 'article') {
    if (shape === null) return null;
    pick.pathPattern = shape;
  } else {
    if (!KINDS.includes(kind as PickedKind)) return null;
    pick.kind = kind as PickedKind;
    if (shape !== null) pick.pathPattern = shape;
  }
  if (stale === true) pick.stale = true;
  return pick;
}

/**
 * Accepts anything read from storage (or a file) and keeps every valid pick; `dropped` counts the rest.
 * Hosts are kept in lower case (two spellings of one host are merged), and a site keeps one pick per id.
 */
export function normalizePicks(raw: unknown, isValid: (selector: string) => boolean): { store: PickStore; dropped: number } {
  const sites: PickStore['sites'] = {};
  let dropped = 0;
  const source = isRecord(raw) && isRecord(raw.sites) ? raw.sites : {};
  for (const [name, list] of Object.entries(source)) {
    if (!Array.isArray(list)) continue;
    const host = name.toLowerCase();
    const picks: SitePick[] = sites[host] ?? [];
    for (const item of list) {
      const pick = toPick(item, isValid);
      if (pick && !picks.some((other) => other.id === pick.id)) picks.push(pick);
      else dropped += 1;
    }
    if (picks.length > 0) sites[host] = picks;
  }
  return { store: { sites }, dropped };
}

export function picksFor(store: PickStore, host: string): SitePick[] {
  return store.sites[host] ?? [];
}

/**
 * Whether two picks do the same thing on a site: hide or keep the same block as the same kind, or name the
 * article container for the same path shape (one container per shape, whatever its selector).
 */
function sameThing(a: SitePick, b: SitePick): boolean {
  if (a.action === 'article' || b.action === 'article') return a.action === b.action && a.pathPattern === b.pathPattern;
  return a.action === b.action && a.kind === b.kind && a.selector === b.selector;
}

/** Adds a pick to a site, replacing one that does the same thing (a new container for a path shape replaces the old). */
export function withPick(store: PickStore, host: string, pick: SitePick): PickStore {
  const picks = [...picksFor(store, host).filter((other) => !sameThing(other, pick)), pick];
  return { sites: { ...store.sites, [host]: picks } };
}

export function withoutPick(store: PickStore, host: string, id: string): PickStore {
  const picks = picksFor(store, host).filter((pick) => pick.id !== id);
  const sites = { ...store.sites };
  if (picks.length > 0) sites[host] = picks;
  else delete sites[host];
  return { sites };
}

/** "Reset this site": forgets every pick made there. */
export function withoutSite(store: PickStore, host: string): PickStore {
  const sites = { ...store.sites };
  delete sites[host];
  return { sites };
}

/** Marks picks stale or fresh after trying them on a page; returns the same store when nothing changed. */
export function withStaleness(store: PickStore, host: string, staleIds: ReadonlySet<string>, triedIds: ReadonlySet<string>): PickStore {
  let changed = false;
  const picks = picksFor(store, host).map((pick) => {
    if (!triedIds.has(pick.id)) return pick;
    const stale = staleIds.has(pick.id);
    if (!!pick.stale === stale) return pick;
    changed = true;
    const { stale: _old, ...rest } = pick;
    return stale ? { ...rest, stale: true } : rest;
  });
  return changed ? { sites: { ...store.sites, [host]: picks } } : store;
}

/** A path segment as the words it spells (`%D8%A3…` → `أ…`), lower case; as it is when it is not valid percent-encoding. */
function segmentText(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '').map(segmentText);
}

/**
 * The shape of a path, for "this site's pages like this one": segments that are plain words (a section
 * such as `news`, `sport` or `أخبار`) stay, segments with digits, dashes or other marks (dates, ids, slugs)
 * become `*`, and so does the last segment of a deeper path, which names the page itself even when it is
 * one word. `/news/2024/05/some-story` and `/news/2024/05/elections` → `/news/*\/*\/*`; `/about` stays.
 */
export function pathPattern(pathname: string): string {
  const segments = segmentsOf(pathname);
  const shape = segments.map((segment, index) =>
    /^\p{L}{1,24}$/u.test(segment) && (index < segments.length - 1 || segments.length === 1) ? segment : '*',
  );
  return `/${shape.join('/')}`;
}

export function matchesPathPattern(pattern: string, pathname: string): boolean {
  const want = segmentsOf(pattern);
  const have = segmentsOf(pathname);
  if (want.length !== have.length) return false;
  return want.every((segment, index) => segment === '*' || segment === have[index]);
}

/** The article container picked for this page, if any. */
export function articlePickFor(store: PickStore, host: string, pathname: string): SitePick | null {
  const picks = picksFor(store, host).filter((pick) => pick.action === 'article');
  return picks.reverse().find((pick) => matchesPathPattern(pick.pathPattern!, pathname)) ?? null;
}

/** The text of an export file. */
export function exportPicks(store: PickStore, now: Date): string {
  return JSON.stringify({ format: PICKS_FILE_FORMAT, version: PICKS_FILE_VERSION, exported: now.toISOString(), sites: store.sites }, null, 2);
}

/** Why a file was refused: not JSON at all, not an export of Quiet Reader's picks, or one from a newer version. */
export type PicksImportError = 'not-json' | 'not-picks' | 'newer-version';

export type PicksImport = { ok: true; store: PickStore; added: number; dropped: number } | { ok: false; error: PicksImportError };

/** True when `pick` would do what one of `picks` already does (so importing it would add a duplicate). */
function alreadyPicked(picks: readonly SitePick[], pick: SitePick): boolean {
  return picks.some((other) => other.id === pick.id || sameThing(other, pick));
}

/**
 * Merges an export file into `store`. Picks already here stay as they are: an imported pick is skipped when
 * one here has its id or picks the same thing (same action, kind and selector, or the article container
 * for the same path shape). `added` counts the picks added, `dropped` the invalid ones in the file.
 */
export function importPicks(store: PickStore, text: string, isValid: (selector: string) => boolean): PicksImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(parsed) || parsed.format !== PICKS_FILE_FORMAT || !isRecord(parsed.sites)) return { ok: false, error: 'not-picks' };
  if (typeof parsed.version === 'number' && parsed.version > PICKS_FILE_VERSION) return { ok: false, error: 'newer-version' };
  const { store: incoming, dropped } = normalizePicks(parsed, isValid);
  let merged = store;
  let added = 0;
  for (const [host, picks] of Object.entries(incoming.sites)) {
    for (const pick of picks) {
      if (alreadyPicked(picksFor(merged, host), pick)) continue;
      merged = withPick(merged, host, pick);
      added += 1;
    }
  }
  return { ok: true, store: merged, added, dropped };
}
