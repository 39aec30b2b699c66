/**
 * Keeps the live page's comment and ad hiding in line with the user's settings for this site.
 * A change in the popup reaches every open tab at once through storage.onChanged. While any
 * hiding is on, a throttled MutationObserver catches widgets inserted after load (Disqus,
 * OpenWeb, ...); it is disconnected when both kinds are off. Ads are our hand-written selectors
 * (at once) plus the filter lists' selectors for this page (once the background answers).
 */
import { countSections, locateAds, locateComments, locateListAds, outermost } from '../core/locate.ts';
import { loadCleaning, onCleaningChanged } from '../platform/page-api.ts';
import { DEFAULT_CLEANING, effectiveCleaning, type CleaningFlags, type CleaningSettings } from '../shared/settings.ts';
import type { CleaningCounts } from '../shared/protocol.ts';
import { CLEANING_OBSERVER } from './constants.ts';
import { createListRules, type ListRules } from './cosmetics.ts';
import { clearHiding, createHider } from './hider.ts';

export interface Cleaning {
  counts(): CleaningCounts;
  /** Resolves once the stored settings have been applied for the first time. */
  ready: Promise<void>;
  /** The filter lists' selectors that match only outside the article here, for the reader to drop too. */
  readerSelectors(): Promise<string[]>;
  /** Stops watching and shows everything it hid: the page as it was. */
  stop(): void;
}

export function startCleaning(doc: Document, host: string, lists: ListRules = createListRules(doc)): Cleaning {
  const hider = createHider(doc);
  let flags: CleaningFlags = { hideComments: false, hideAds: false };
  let observer: MutationObserver | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const scan = async (): Promise<void> => {
    if (stopped) return;
    if (flags.hideComments) hider.hide('comments', locateComments(doc));
    if (!flags.hideAds) return;
    const ours = locateAds(doc);
    hider.hide('ads', ours);
    const selectors = await lists.update();
    // The toggle may have gone off while the background answered. Taken together with ours so an
    // ad that both name, or one inside the other, is hidden (and counted) once.
    if (flags.hideAds) hider.hide('ads', outermost([...ours, ...locateListAds(doc, selectors).elements]));
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

  const ready = loadCleaning().then(apply, () => apply(DEFAULT_CLEANING));
  const unsubscribe = onCleaningChanged((settings) => void apply(settings));

  return {
    ready,
    counts: () => ({
      commentSections: countSections(hider.marked('comments')),
      ads: hider.marked('ads').length,
    }),
    readerSelectors: async () => locateListAds(doc, await lists.update()).selectors,
    stop() {
      stopped = true;
      flags = { hideComments: false, hideAds: false };
      observer?.disconnect();
      observer = null;
      if (pending !== null) clearTimeout(pending);
      pending = null;
      unsubscribe();
      clearHiding(doc);
    },
  };
}

