/** Timings and limits of the content script, each with its reason. */
export const CONTENT_WATCH = {
  /** How often to look for an in-place URL change or growth: rare enough to cost nothing. */
  pollMs: 1000,
  /** Re-detect when the paragraph count at least doubles: a page that loaded its article late. */
  growthFactor: 2,
  /** ...but not for tiny changes on near-empty pages (2 → 4 paragraphs says nothing). */
  growthMinParagraphs: 8,
  /** requestIdleCallback deadline: detection must not wait forever on a busy page. */
  settleTimeoutMs: 2000,
  /** Fallback delay where requestIdleCallback is missing. */
  settleDelayMs: 300,
  /**
   * The reader asked while the page was still loading: wait this long at most for the parser to finish
   * (DOMContentLoaded), then read what is there. Below the reader's patience (src/popup/load.ts).
   */
  parseWaitMs: 5000,
  /**
   * After the page settles, wait this long before marking this site's picks that match nothing stale:
   * comment widgets and ad slots are often filled in seconds after load.
   */
  staleCheckMs: 5000,
} as const;

export const CLEANING_OBSERVER = {
  /** Re-scan at most this often while a page keeps inserting nodes (feeds, lazy widgets). */
  throttleMs: 250,
} as const;
