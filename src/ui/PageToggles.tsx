/**
 * "Hide comments" and "Hide ads", at the top of the reader: each switch says what it hides on this
 * page, and its scope ("All sites" / "This site only") sits right beside it. Native controls only
 * (a checkbox with role="switch", a select), each inside its <label>, so the accessible name is
 * exactly the translated label and the keyboard works without any script of ours.
 */
import { useId, useState } from 'preact/hooks';
import { tPlural, type MessageKey, type PluralBase, type T } from './i18n.ts';
import { effectiveCleaning, type CleaningKind, type CleaningScope, type PageCleaningState } from './settings.ts';

/** What is hidden on the page right now (the shell's CleaningCounts). */
export interface PageCounts {
  commentSections: number;
  ads: number;
}

/**
 * scope "global": set the value for all sites AND drop this site's override (the user chose
 * "All sites"); scope "site": set this site's override. Exactly one call per user action.
 * See applyCleaningToggle for the reference semantics.
 */
export type OnCleaningToggle = (kind: CleaningKind, scope: CleaningScope, value: boolean | null) => void;

export interface PageTogglesProps {
  t: T;
  cleaning: PageCleaningState;
  onToggle: OnCleaningToggle;
  /** What is hidden on the page now; null while unknown or where the page cannot be reached. */
  counts: PageCounts | null;
}

const KINDS: readonly { kind: CleaningKind; scopeLabel: MessageKey; count: keyof PageCounts & PluralBase }[] = [
  { kind: 'hideComments', scopeLabel: 'hideCommentsScope', count: 'commentSections' },
  { kind: 'hideAds', scopeLabel: 'hideAdsScope', count: 'ads' },
];

/**
 * What a switch says about the page: "3 ads" when it hides some, "none found" when it
 * is on and found nothing, and nothing at all when it is off (nothing is hidden then) or the count
 * is not known (still loading, the page cannot be reached, or a recount is on its way).
 */
export function hiddenText(t: T, base: keyof PageCounts & PluralBase, on: boolean, count: number | null): string {
  if (!on || count === null) return '';
  return count > 0 ? tPlural(t, base, count) : t('noneFound');
}

export function PageToggles({ t, cleaning, onToggle, counts }: PageTogglesProps) {
  const id = useId();
  // The counts a switch was flipped under are stale for it until the shell recounts (a new object):
  // turning "Hide ads" on must not say "none found" before the page has hidden anything.
  const [flippedUnder, setFlippedUnder] = useState<Partial<Record<CleaningKind, PageCounts | null>>>({});
  return (
    <div class="qr-toggles" role="group" aria-label={t('pageCleaning')}>
      {KINDS.map(({ kind, scopeLabel, count }) => {
        const on = effectiveCleaning(cleaning, kind);
        const scope: CleaningScope = cleaning[kind].site === null ? 'global' : 'site';
        const fresh = !(kind in flippedUnder) || flippedUnder[kind] !== counts;
        const text = hiddenText(t, count, on, fresh && counts ? counts[count] : null);
        const countId = `${id}-${kind}-count`;
        return (
          <div class="qr-toggle" key={kind} data-kind={kind}>
            <label class="qr-switch">
              <input type="checkbox" role="switch" checked={on} aria-describedby={countId}
                onChange={(e) => {
                  setFlippedUnder((current) => ({ ...current, [kind]: counts }));
                  onToggle(kind, scope, e.currentTarget.checked);
                }} />
              <span class="qr-switch-label">{t(kind)}</span>
            </label>
            {/* Polite live region: after a flip, screen readers hear the new count once it is known. */}
            <span id={countId} class="qr-toggle-count" aria-live="polite">{text}</span>
            <label class="qr-scope">
              <span class="qr-visually-hidden">{t(scopeLabel)}</span>
              {/* Changing the scope keeps the switch where it is and moves its value to the new scope:
                  "This site only" pins it as an override; "All sites" sets it globally (which drops the
                  override). One call each, so a handler that saves asynchronously never sees half a change. */}
              <select value={scope} onChange={(e) => onToggle(kind, e.currentTarget.value as CleaningScope, on)}>
                <option value="global">{t('scopeAllSites')}</option>
                <option value="site">{t('scopeThisSite')}</option>
              </select>
            </label>
          </div>
        );
      })}
    </div>
  );
}
