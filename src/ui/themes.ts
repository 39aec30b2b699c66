/**
 * Every colour and font stack the reader uses. CSS never hard-codes a colour: ReaderFrame
 * copies these into custom properties, so the contrast test checks the values users see.
 */
import type { ColumnWidth, FontFamily, Theme } from './settings.ts';

export type PaletteName = Exclude<Theme, 'auto'>;

export interface Palette {
  background: string;
  text: string;
  /** Secondary text (byline, date, notices): still body-text contrast, AA 4.5:1. */
  muted: string;
  link: string;
  /** Code blocks, table headers, the partial-result notice. Text sits on it too. */
  surface: string;
  /** Rules and control outlines; decorative, not held to a ratio. */
  border: string;
  /** Focus ring: non-text contrast, AA 3:1 against background and surface. */
  focus: string;
}

export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    link: '#0b57d0',
    surface: '#f3f4f6',
    border: '#d0d7de',
    focus: '#0b57d0',
  },
  sepia: {
    background: '#f5eddc',
    text: '#3b2f20',
    muted: '#65553f',
    link: '#8a3b12',
    surface: '#ebe0c8',
    border: '#d3c4a4',
    focus: '#8a3b12',
  },
  dark: {
    background: '#16181c',
    text: '#e4e6ea',
    muted: '#a9afb8',
    link: '#8ab4f8',
    surface: '#24272d',
    border: '#3a3f47',
    focus: '#8ab4f8',
  },
};

/** "auto" follows prefers-color-scheme between these two (see reader.css). */
export const AUTO_PALETTES = { light: 'light', dark: 'dark' } as const satisfies Record<string, PaletteName>;

/**
 * Only locally installed faces: an extension page cannot fetch web fonts under our CSP.
 * The Arabic stack lists Naskh faces first because Naskh is the usual book/newspaper style.
 */
export const FONT_STACKS: Readonly<Record<FontFamily, string>> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  arabic: '"Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Geeza Pro", "Traditional Arabic", serif',
};

/** Column measure in em, so the line length in characters stays put when the font grows. */
export const COLUMN_MEASURES: Readonly<Record<ColumnWidth, string>> = {
  narrow: '32em',
  medium: '40em',
  wide: '52em',
};
