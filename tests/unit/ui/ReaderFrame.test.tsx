import './setup/cleanup.ts';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ReaderFrame } from '../../../src/ui/ReaderFrame.tsx';
import { DEFAULT_READER_SETTINGS } from '../../../src/ui/settings.ts';
import { FONT_STACKS, PALETTES } from '../../../src/ui/themes.ts';

describe('ReaderFrame', () => {
  it('exposes settings as data attributes and CSS custom properties, not a style attribute string', () => {
    const settings = { ...DEFAULT_READER_SETTINGS, fontSize: 22, lineHeight: 1.8, fontFamily: 'arabic' as const, theme: 'sepia' as const, width: 'wide' as const };
    const { container } = render(<ReaderFrame settings={settings} surface="tab"><p>x</p></ReaderFrame>);
    const root = container.querySelector<HTMLElement>('.qr-root');
    expect(root?.dataset).toMatchObject({ theme: 'sepia', width: 'wide', font: 'arabic', surface: 'tab' });
    expect(root?.style.getPropertyValue('--qr-font-size')).toBe('22px');
    expect(root?.style.getPropertyValue('--qr-line-height')).toBe('1.8');
    expect(root?.style.getPropertyValue('--qr-font-family')).toBe(FONT_STACKS.arabic);
    expect(root?.style.getPropertyValue('--qr-sepia-background')).toBe(PALETTES.sepia.background);
    expect(root?.querySelector('p')).not.toBeNull();
  });
});
