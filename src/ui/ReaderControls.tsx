/**
 * The reader's actions under the page toggles: "Open in tab" and the "Reader settings" disclosure
 * button, which opens the typography and theme controls below them. Native inputs only (range,
 * select, button): they bring keyboard handling and accessible roles for free. Every input sits
 * inside its <label>, so its accessible name is exactly the translated label.
 */
import { useId, useState } from 'preact/hooks';
import { uiLocale, formatNumber, type MessageKey, type T } from './i18n.ts';
import { COLUMN_WIDTHS, FONT_FAMILIES, FONT_SIZE, LINE_HEIGHT, THEMES, type ReaderSettings } from './settings.ts';

export interface ReaderControlsProps {
  t: T;
  settings: ReaderSettings;
  /**
   * `changed` names the one field the user touched. Persist only that field
   * (`stored[changed] = next[changed]`) so untouched fields keep their defaults, notably
   * the font, whose default follows the article direction.
   */
  onSettingsChange: (next: ReaderSettings, changed: keyof ReaderSettings) => void;
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

export function ReaderControls({ t, settings, onSettingsChange, onOpenInTab }: ReaderControlsProps) {
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) =>
    onSettingsChange({ ...settings, [key]: value }, key);
  const locale = uiLocale(t);
  // Closed on every opening: the article comes first, the typography is one click away.
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="qr-controls">
      <div class="qr-actions">
        {onOpenInTab && (
          <button type="button" class="qr-button" onClick={onOpenInTab}>{t('openInTab')}</button>
        )}
        <button type="button" class="qr-button qr-disclosure" id={`${id}-button`} aria-expanded={open}
          aria-controls={`${id}-panel`} onClick={() => setOpen((wasOpen) => !wasOpen)}>
          {t('readerSettings')}
        </button>
      </div>
      {/* hidden, not unmounted: aria-controls always points at it, and closed controls leave the tab order. */}
      <div class="qr-group qr-settings" id={`${id}-panel`} role="group" aria-labelledby={`${id}-button`} hidden={!open}>
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
      </div>
    </div>
  );
}
