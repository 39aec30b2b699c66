/**
 * The "Hide comments" / "Hide ads" toggles. Each has a global value and an optional
 * per-site override; `site: null` means "follow the global value".
 */

export type CleaningKind = 'hideComments' | 'hideAds';
export type CleaningScope = 'global' | 'site';

export interface CleaningToggle {
  global: boolean;
  site: boolean | null;
}

export type PageCleaningState = Record<CleaningKind, CleaningToggle>;

export const CLEANING_KINDS: readonly CleaningKind[] = ['hideComments', 'hideAds'];

/** Hiding is the point of the extension, and it is undoable CSS, so both start on. */
export const DEFAULT_PAGE_CLEANING: Readonly<PageCleaningState> = {
  hideComments: { global: true, site: null },
  hideAds: { global: true, site: null },
};

export function effectiveCleaning(state: PageCleaningState, kind: CleaningKind): boolean {
  return state[kind].site ?? state[kind].global;
}

/**
 * Applies one `onToggle(kind, scope, value)` call: the reference semantics for whoever stores it.
 * "global" sets the value everywhere and removes this site's override, because the control
 * only sends it when the user means "All sites"; "site" sets (or, with null, removes) the override.
 */
export function applyCleaningToggle(
  state: PageCleaningState,
  kind: CleaningKind,
  scope: CleaningScope,
  value: boolean | null,
): PageCleaningState {
  const current = state[kind];
  const next: CleaningToggle =
    scope === 'site' ? { ...current, site: value } : { global: value ?? current.global, site: null };
  return { ...state, [kind]: next };
}

/** Validates a stored state (global values and the current site's overrides, merged by the caller). */
export function normalizePageCleaning(raw: unknown): PageCleaningState {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const toggle = (kind: CleaningKind): CleaningToggle => {
    const value = input[kind];
    const t = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return {
      global: typeof t.global === 'boolean' ? t.global : DEFAULT_PAGE_CLEANING[kind].global,
      site: typeof t.site === 'boolean' ? t.site : null,
    };
  };
  return { hideComments: toggle('hideComments'), hideAds: toggle('hideAds') };
}
