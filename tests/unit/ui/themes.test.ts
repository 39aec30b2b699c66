// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from '../../../src/ui/themes.ts';
import { paletteProperties } from '../../../src/ui/ReaderFrame.tsx';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum]: text pairs need AA 4.5:1, the focus ring AA non-text 3:1.
const PAIRS: [keyof Palette, keyof Palette, number][] = [
  ['text', 'background', 4.5],
  ['link', 'background', 4.5],
  ['muted', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['link', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
];

describe('theme palettes', () => {
  it('computes known ratios correctly (sanity check of the formula)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, palette] of Object.entries(PALETTES)) {
    it.each(PAIRS)(`${name}: %s on %s is at least %d:1`, (fg, bg, min) => {
      expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(min);
    });
  }

  it('exposes every palette colour to CSS as a custom property', () => {
    const props = paletteProperties();
    expect(props['--qr-sepia-background']).toBe(PALETTES.sepia.background);
    expect(props['--qr-dark-link']).toBe(PALETTES.dark.link);
    expect(Object.keys(props)).toHaveLength(Object.keys(PALETTES).length * Object.keys(PALETTES.light).length);
  });
});
