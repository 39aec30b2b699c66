/**
 * Reader settings and page-cleaning toggles: types, defaults and validation.
 * Everything read back from storage goes through a normalizer here, because storage
 * can hold values written by an older version, by sync from another device, or by hand.
 */
import type { TextDirection } from '../core/types.ts';

export type FontFamily = 'serif' | 'sans' | 'arabic';
export type ColumnWidth = 'narrow' | 'medium' | 'wide';
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';

export interface ReaderSettings {
  /** Body text size in CSS pixels, FONT_SIZE.min–FONT_SIZE.max. */
  fontSize: number;
  fontFamily: FontFamily;
  /** Unitless line height, LINE_HEIGHT.min–LINE_HEIGHT.max. */
  lineHeight: number;
  width: ColumnWidth;
  theme: Theme;
}

export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2.2, step: 0.1 } as const;
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'arabic'];
export const COLUMN_WIDTHS: readonly ColumnWidth[] = ['narrow', 'medium', 'wide'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = {
  fontSize: 18,
  fontFamily: 'serif',
  lineHeight: 1.6,
  width: 'medium',
  theme: 'auto',
};

/**
 * The font an article gets when the user never picked one: Latin serif faces render
 * Arabic script through poor fallbacks, so right-to-left articles start with the Arabic stack.
 */
export function defaultFontFamily(dir: TextDirection): FontFamily {
  return dir === 'rtl' ? 'arabic' : DEFAULT_READER_SETTINGS.fontFamily;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds to the control's step so a stored 1.6000000001 does not show as a new value. */
function clampToStep(value: unknown, range: { min: number; max: number; step: number }): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const stepped = Math.round(value / range.step) * range.step;
  return Number(clamp(stepped, range.min, range.max).toFixed(2));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * Turns anything read from storage into valid settings. Missing or invalid fields take
 * their default; the font default follows the article direction (see defaultFontFamily),
 * which is why storage should hold only the fields the user actually changed.
 */
export function normalizeReaderSettings(raw: unknown, dir: TextDirection = 'ltr'): ReaderSettings {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    fontSize: clampToStep(input.fontSize, FONT_SIZE) ?? DEFAULT_READER_SETTINGS.fontSize,
    fontFamily: oneOf(input.fontFamily, FONT_FAMILIES) ?? defaultFontFamily(dir),
    lineHeight: clampToStep(input.lineHeight, LINE_HEIGHT) ?? DEFAULT_READER_SETTINGS.lineHeight,
    width: oneOf(input.width, COLUMN_WIDTHS) ?? DEFAULT_READER_SETTINGS.width,
    theme: oneOf(input.theme, THEMES) ?? DEFAULT_READER_SETTINGS.theme,
  };
}

// The brief places the toggle state beside the settings; it lives in its own file to stay small.
export * from './page-cleaning.ts';
