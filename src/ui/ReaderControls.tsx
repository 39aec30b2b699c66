/**
 * Reader settings and page toggles. Native inputs only (range, select, checkbox, button):
 * they bring keyboard handling and accessible roles for free. Every input sits inside its
 * <label>, so its accessible name is exactly the translated label.
 */
import { uiLocale, formatNumber, type MessageKey, type T } from './i18n.ts';
import {
  COLUMN_WIDTHS, FONT_FAMILIES, FONT_SIZE, LINE_HEIGHT, THEMES,
  effectiveCleaning, type CleaningKind, type CleaningScope, type PageCleaningState, type ReaderSettings,
} from './settings.ts';

export interface ReaderControlsProps {
  t: T;
  settings: ReaderSettings;
  /**
   * `changed` names the one field the user touched. Persist only that field
   * (`stored[changed] = next[changed]`) so untouched fields keep their defaults, notably
   * the font, whose default follows the article direction.
   */
  onSettingsChange: (next: ReaderSettings, changed: keyof ReaderSettings) => void;
  /** Omit both (e.g. on the full-tab page) to hide the page toggles. */
  cleaning?: PageCleaningState;
  /**
   * scope "global": set the value for all sites AND drop this site's override (the user chose
   * "All sites"); scope "site": set this site's override. Exactly one call per user action.
   * See applyCleaningToggle for the reference semantics.
   */
  onToggle?: (kind: CleaningKind, scope: CleaningScope, value: boolean | null) => void;
  /** Omit to hide the button (the full-tab page is already a tab). */
  onOpenInTab?: () => void;
}

type Option<V extends string> = { value: V; label: MessageKey };
const option = <V extends string>(prefix: string, value: V): Option<V> => ({
  value,
  label: `${prefix}${value[0]?.toUpperCase()}${value.slice(1)}` as MessageKey,
});

const numberFrom = (e: { currentTarget: HTMLInputElement }) => Number(e.currentTarget.value);

function Select<V extends string>(props: {
  label: string; value: V; options: Option<V>[]; t: T; onChange: (value: V) => void;
}) {
  return (
    <label class="qr-control">
      <span class="qr-control-label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as V)}>
        {props.options.map((o) => <option key={o.value} value={o.value}>{props.t(o.label)}</option>)}
      </select>
    </label>
  );
}

function CleaningToggle({ kind, state, t, onToggle }: {
  kind: CleaningKind; state: PageCleaningState; t: T;
  onToggle: NonNullable<ReaderControlsProps['onToggle']>;
}) {
  const on = effectiveCleaning(state, kind);
  const scope: CleaningScope = state[kind].site === null ? 'global' : 'site';
  // Changing the scope keeps the switch where it is and moves its value to the new scope:
  // "This site only" pins it as an override; "All sites" sets it globally (which drops the override).
  // One call each, so a handler that saves asynchronously never sees half a change.
  const changeScope = (next: CleaningScope) => onToggle(kind, next, on);
  return (
    <div class="qr-toggle">
      <label class="qr-control qr-switch">
        <input type="checkbox" role="switch" checked={on}
          onChange={(e) => onToggle(kind, scope, e.currentTarget.checked)} />
        <span class="qr-control-label">{t(kind)}</span>
      </label>
      <label class="qr-scope">
        <span class="qr-visually-hidden">{t(kind === 'hideAds' ? 'hideAdsScope' : 'hideCommentsScope')}</span>
        <select value={scope} onChange={(e) => changeScope(e.currentTarget.value as CleaningScope)}>
          <option value="global">{t('scopeAllSites')}</option>
          <option value="site">{t('scopeThisSite')}</option>
        </select>
      </label>
    </div>
  );
}

export function ReaderControls({ t, settings, onSettingsChange, cleaning, onToggle, onOpenInTab }: ReaderControlsProps) {
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) =>
    onSettingsChange({ ...settings, [key]: value }, key);
  const locale = uiLocale(t);
  return (
    <div class="qr-controls">
      <fieldset class="qr-group">
        <legend>{t('readerSettings')}</legend>
        <div class="qr-control qr-range">
          <label>
            <span class="qr-control-label">{t('fontSize')}</span>
            <input type="range" min={FONT_SIZE.min} max={FONT_SIZE.max} step={FONT_SIZE.step}
              value={settings.fontSize} onInput={(e) => set('fontSize', numberFrom(e))} />
          </label>
          <output aria-hidden="true">{t('fontSizeValue', [formatNumber(locale, settings.fontSize)])}</output>
        </div>
        <Select label={t('font')} value={settings.fontFamily} t={t}
          options={FONT_FAMILIES.map((f) => option('font', f))} onChange={(v) => set('fontFamily', v)} />
        <div class="qr-control qr-range">
          <label>
            <span class="qr-control-label">{t('lineHeight')}</span>
            <input type="range" min={LINE_HEIGHT.min} max={LINE_HEIGHT.max} step={LINE_HEIGHT.step}
              value={settings.lineHeight} onInput={(e) => set('lineHeight', numberFrom(e))} />
          </label>
          <output aria-hidden="true">{formatNumber(locale, settings.lineHeight)}</output>
        </div>
        <Select label={t('width')} value={settings.width} t={t}
          options={COLUMN_WIDTHS.map((w) => option('width', w))} onChange={(v) => set('width', v)} />
        <Select label={t('theme')} value={settings.theme} t={t}
          options={THEMES.map((th) => option('theme', th))} onChange={(v) => set('theme', v)} />
      </fieldset>
      {cleaning && onToggle && (
        <fieldset class="qr-group">
          <legend>{t('pageCleaning')}</legend>
          <CleaningToggle kind="hideComments" state={cleaning} t={t} onToggle={onToggle} />
          <CleaningToggle kind="hideAds" state={cleaning} t={t} onToggle={onToggle} />
        </fieldset>
      )}
      {onOpenInTab && (
        <button type="button" class="qr-button" onClick={onOpenInTab}>{t('openInTab')}</button>
      )}
    </div>
  );
}
