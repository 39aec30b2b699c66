/**
 * Root of every reader surface. It carries the settings as data attributes and CSS custom
 * properties, so reader.css can stay static: the extension CSP forbids inline <style> and
 * style="" markup, while Preact's style object goes through CSSOM, which CSP allows.
 */
import type { ComponentChildren } from 'preact';
import type { ReaderSettings } from './settings.ts';
import { COLUMN_MEASURES, FONT_STACKS, PALETTES, type Palette, type PaletteName } from './themes.ts';

export type ReaderSurface = 'popup' | 'tab';

export interface ReaderFrameProps {
  settings: ReaderSettings;
  /** The popup is a fixed-size scrolling box; the tab centres the column. */
  surface: ReaderSurface;
  children?: ComponentChildren;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--qr-light-background: #fff` and so on for every palette; reader.css picks one by data-theme. */
export function paletteProperties(): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, palette] of Object.entries(PALETTES) as [PaletteName, Palette][]) {
    for (const [role, color] of Object.entries(palette)) props[`--qr-${name}-${kebab(role)}`] = color;
  }
  return props;
}

export function settingsProperties(settings: ReaderSettings): Record<string, string> {
  return {
    ...paletteProperties(),
    '--qr-font-size': `${settings.fontSize}px`,
    '--qr-line-height': String(settings.lineHeight),
    '--qr-font-family': FONT_STACKS[settings.fontFamily],
    '--qr-measure': COLUMN_MEASURES[settings.width],
  };
}

export function ReaderFrame({ settings, surface, children }: ReaderFrameProps) {
  return (
    <div
      class="qr-root"
      data-theme={settings.theme}
      data-width={settings.width}
      data-font={settings.fontFamily}
      data-surface={surface}
      style={settingsProperties(settings)}
    >
      {children}
    </div>
  );
}
