/**
 * Keeps the live page's comment and ad hiding in line with the user's settings for this site.
 * A change in the popup reaches every open tab at once through storage.onChanged. While any
 * hiding is on, a throttled MutationObserver catches widgets inserted after load (Disqus,
 * OpenWeb, ...); it is disconnected when both kinds are off.
 */
import { countSections, locateAds, locateComments } from '../core/locate.ts';
import { loadCleaning, onCleaningChanged } from '../platform/storage.ts';
import { DEFAULT_CLEANING, effectiveCleaning, type CleaningFlags, type CleaningSettings } from '../shared/settings.ts';
import type { CleaningCounts } from '../shared/protocol.ts';
import { CLEANING_OBSERVER } from './constants.ts';
import { createHider } from './hider.ts';

export interface Cleaning {
  counts(): CleaningCounts;
  /** Resolves once the stored settings have been applied for the first time. */
  ready: Promise<void>;
}

export function startCleaning(doc: Document, host: string): Cleaning {
  const hider = createHider(doc);
  let flags: CleaningFlags = { hideComments: false, hideAds: false };
  let observer: MutationObserver | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const scan = (): void => {
    if (flags.hideComments) hider.hide('comments', locateComments(doc));
    if (flags.hideAds) hider.hide('ads', locateAds(doc));
  };

  const scheduleScan = (records: MutationRecord[]): void => {
    // Our own marker changes are attribute mutations; only added nodes can bring new clutter.
    if (pending !== null || !records.some((record) => record.addedNodes.length > 0)) return;
    pending = setTimeout(() => {
      pending = null;
      scan();
    }, CLEANING_OBSERVER.throttleMs);
  };

  const apply = (settings: CleaningSettings): void => {
    flags = effectiveCleaning(settings, host);
    if (!flags.hideComments) hider.reveal('comments');
    if (!flags.hideAds) hider.reveal('ads');
    scan();
    const wanted = flags.hideComments || flags.hideAds;
    if (wanted && !observer) {
      observer = new MutationObserver(scheduleScan);
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    } else if (!wanted && observer) {
      observer.disconnect();
      observer = null;
    }
  };

  const ready = loadCleaning().then(apply, () => apply(DEFAULT_CLEANING));
  onCleaningChanged(apply);

  return {
    ready,
    counts: () => ({
      commentSections: countSections(hider.marked('comments')),
      ads: hider.marked('ads').length,
    }),
  };
}

