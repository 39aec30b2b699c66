/**
 * Keeps the live page's comment and ad hiding in line with the user's settings for this site.
 * A change in the popup reaches every open tab at once through storage.onChanged. While any
 * hiding is on, a throttled MutationObserver catches widgets inserted after load (Disqus,
 * OpenWeb, ...); it is disconnected when both kinds are off. Ads are our hand-written selectors
 * (at once) plus the filter lists' selectors for this page (once the background answers).
 * The person's picks for this site (shared/picks.ts) take part: 'hide' picks are hidden and counted with
 * their kind, 'keep' picks are left out of what the rules and lists would hide as that kind, and both
 * apply again at once when the picks change in storage (from any tab, the popup or the options page).
 */
import { countSections, locateAds, locateComments, locateListAds, locatePicked, outermost, withoutKept } from '../core/locate.ts';
import { loadCleaning, loadPicks, onCleaningChanged, onPicksChanged, savePicks } from '../platform/page-api.ts';
import { articlePickFor, EMPTY_PICKS, matchesPathPattern, picksFor, withStaleness, type PickAction, type PickedKind, type PickStore, type SitePick } from '../shared/picks.ts';
import { DEFAULT_CLEANING, effectiveCleaning, type CleaningFlags, type CleaningSettings } from '../shared/settings.ts';
import type { CleaningCounts } from '../shared/protocol.ts';
import { CLEANING_OBSERVER } from './constants.ts';
import { createListRules, type ListRules } from './cosmetics.ts';
import { clearHiding, createHider } from './hider.ts';

export interface Cleaning {
  counts(): CleaningCounts;
  /** Resolves once the stored settings have been applied for the first time. */
  ready: Promise<void>;
  /**
   * The filter lists' selectors that match only outside the article here, and this site's 'hide' picks,
   * for the reader to drop too.
   */
  readerSelectors(): Promise<string[]>;
  /** This site's picks for the reader: blocks that are not clutter, and the article's container for this path. */
  readerPicks(): { keepSelectors: string[]; regionSelector: string | null };
  /** Marks this site's picks that match nothing on this page stale (and the others fresh), saving only a change. */
  checkStale(): Promise<void>;
  /** Stops watching and shows everything it hid: the page as it was. */
  stop(): void;
}

export function startCleaning(doc: Document, host: string, lists: ListRules = createListRules(doc)): Cleaning {
  const hider = createHider(doc);
  let flags: CleaningFlags = { hideComments: false, hideAds: false };
  let observer: MutationObserver | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let picks: SitePick[] = [];
  /** What the applied picks are, to tell a change that matters from a staleness flag. */
  let picksKey = '';
  const selectorsOf = (action: PickAction, kind?: PickedKind): string[] =>
    picks.filter((pick) => pick.action === action && (!kind || pick.kind === kind)).map((pick) => pick.selector);
  /** What rules, lists and picks find for `kind`, without the blocks this site's keep picks name. */
  const found = (kind: PickedKind, elements: Element[]): Element[] =>
    withoutKept(outermost([...elements, ...locatePicked(doc, selectorsOf('hide', kind))]), selectorsOf('keep', kind));

  const scan = async (): Promise<void> => {
    if (stopped) return;
    if (flags.hideComments) hider.hide('comments', found('comments', locateComments(doc)));
    if (!flags.hideAds) return;
    const ours = found('ads', locateAds(doc));
    hider.hide('ads', ours);
    const selectors = await lists.update();
    // The toggle may have gone off while the background answered. Taken together with ours so an
    // ad that both name, or one inside the other, is hidden (and counted) once.
    if (flags.hideAds) hider.hide('ads', found('ads', [...ours, ...locateListAds(doc, selectors).elements]));
  };

  /** New picks: what they hid or kept may differ, so the page is hidden again from scratch. */
  const applyPicks = (store: PickStore): void => {
    const next = picksFor(store, host);
    const key = JSON.stringify(next.map(({ action, kind, selector }) => [action, kind, selector]));
    picks = next;
    if (key === picksKey) return;
    const first = picksKey === '';
    picksKey = key;
    if (first || stopped) return;
    hider.reveal('comments');
    hider.reveal('ads');
    void scan();
  };

  const scheduleScan = (records: MutationRecord[]): void => {
    // Our own marker changes are attribute mutations; only added nodes can bring new clutter.
    if (pending !== null || !records.some((record) => record.addedNodes.length > 0)) return;
    pending = setTimeout(() => {
      pending = null;
      void scan();
    }, CLEANING_OBSERVER.throttleMs);
  };

  const apply = (settings: CleaningSettings): Promise<void> => {
    if (stopped) return Promise.resolve();
    flags = effectiveCleaning(settings, host);
    if (!flags.hideComments) hider.reveal('comments');
    if (!flags.hideAds) hider.reveal('ads');
    const scanned = scan();
    const wanted = flags.hideComments || flags.hideAds;
    if (wanted && !observer) {
      observer = new MutationObserver(scheduleScan);
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    } else if (!wanted && observer) {
      observer.disconnect();
      observer = null;
    }
    return scanned;
  };

  const ready = Promise.all([loadCleaning(), loadPicks().catch(() => EMPTY_PICKS)]).then(
    ([settings, store]) => {
      applyPicks(store);
      return apply(settings);
    },
    () => apply(DEFAULT_CLEANING),
  );
  const unsubscribe = onCleaningChanged((settings) => void apply(settings));
  const unsubscribePicks = onPicksChanged(applyPicks);
  const path = (): string => doc.location?.pathname ?? '/';

  return {
    ready,
    counts: () => ({
      commentSections: countSections(hider.marked('comments')),
      ads: hider.marked('ads').length,
    }),
    readerSelectors: async () => [...locateListAds(doc, await lists.update()).selectors, ...selectorsOf('hide')],
    readerPicks: () => ({
      keepSelectors: selectorsOf('keep'),
      regionSelector: articlePickFor({ sites: { [host]: picks } }, host, path())?.selector ?? null,
    }),
    async checkStale() {
      if (stopped || picks.length === 0) return;
      const store = await loadPicks();
      const tried = new Set<string>();
      const stale = new Set<string>();
      for (const pick of picksFor(store, host)) {
        // A pick is judged on pages shaped like the one it was made on (older picks without a shape: on every page).
        if (pick.pathPattern !== undefined && !matchesPathPattern(pick.pathPattern, path())) continue;
        tried.add(pick.id);
        let match: Element | null = null;
        try {
          match = doc.querySelector(pick.selector);
        } catch {
          // Checked to parse when loaded; a browser that still refuses it finds nothing.
        }
        if (!match) stale.add(pick.id);
      }
      const next = withStaleness(store, host, stale, tried);
      if (next !== store && !stopped) await savePicks(next);
    },
    stop() {
      stopped = true;
      flags = { hideComments: false, hideAds: false };
      observer?.disconnect();
      observer = null;
      if (pending !== null) clearTimeout(pending);
      pending = null;
      unsubscribe();
      unsubscribePicks();
      clearHiding(doc);
    },
  };
}

