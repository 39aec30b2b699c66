// @vitest-environment node
/**
 * Static checks on reader.css, the popup's app.css and the options page's options.css: what makes them mirror for right-to-left
 * text, obey the CSP and use only the theme colours whose contrast themes.test.ts verifies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = ['../../../src/ui/reader.css', '../../../src/popup/app.css', '../../../src/options/options.css']
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
  .join('\n');
const declarations = Array.from(css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g), ([, prop, value]) => ({
  prop: prop ?? '',
  value: (value ?? '').trim(),
}));

describe('reader.css and app.css', () => {
  it('parses into declarations (guards the checks below against a broken regex)', () => {
    expect(declarations.length).toBeGreaterThan(50);
  });

  it('uses logical properties only, so layouts mirror in right-to-left', () => {
    const physical = declarations.filter(
      ({ prop, value }) =>
        /(^|-)(left|right|top|bottom)$/.test(prop) ||
        /^(margin|padding|border)-(left|right|top|bottom)/.test(prop) ||
        /^(width|height|min-width|max-width|min-height|max-height)$/.test(prop) ||
        (/^(text-align|float|clear)$/.test(prop) && /\b(left|right)\b/.test(value)) ||
        // Four-value shorthands with different left and right values do not mirror.
        (/^(margin|padding|border-width|inset)$/.test(prop) && value.split(/\s+/).length === 4 &&
          value.split(/\s+/)[1] !== value.split(/\s+/)[3]),
    );
    expect(physical).toEqual([]);
  });

  it('never lets paragraphs pick their own direction', () => {
    expect(css).not.toMatch(/unicode-bidi\s*:\s*plaintext/);
  });

  it('takes every colour from a theme custom property', () => {
    const colourProps = /^(color|background|background-color|border|border-[a-z-]*color|border-[a-z-]*|outline|accent-color)$/;
    const literal = declarations.filter(({ prop, value }) => colourProps.test(prop) && /#[0-9a-f]{3,8}\b|rgb|hsl|\b(white|black)\b/i.test(value));
    expect(literal).toEqual([]);
  });

  it('shows a focus ring', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*\d+px solid var\(--qr-focus\)/);
  });

  it('has no @import or url() (nothing may load from outside the extension)', () => {
    expect(css).not.toMatch(/@import|url\(/);
  });

  it('maps every palette for every theme, including auto in dark mode', () => {
    for (const theme of ['light', 'sepia', 'dark']) expect(css).toContain(`--qr-background: var(--qr-${theme}-background)`);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)\s*\{\s*\.qr-root\[data-theme='auto'\]/);
  });
});
