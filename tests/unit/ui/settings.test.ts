// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_CLEANING, DEFAULT_READER_SETTINGS, applyCleaningToggle, defaultFontFamily,
  effectiveCleaning, normalizePageCleaning, normalizeReaderSettings,
} from '../../../src/ui/settings.ts';

describe('normalizeReaderSettings', () => {
  it.each([undefined, null, 'x', 42, []])('falls back to defaults for %j', (raw) => {
    expect(normalizeReaderSettings(raw)).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('clamps and rounds numbers to the control steps', () => {
    expect(normalizeReaderSettings({ fontSize: 99, lineHeight: 0.5 })).toMatchObject({ fontSize: 28, lineHeight: 1.3 });
    expect(normalizeReaderSettings({ fontSize: 3, lineHeight: 9 })).toMatchObject({ fontSize: 14, lineHeight: 2.2 });
    expect(normalizeReaderSettings({ fontSize: 17.6, lineHeight: 1.6400001 })).toMatchObject({ fontSize: 18, lineHeight: 1.6 });
    expect(normalizeReaderSettings({ fontSize: Number.NaN, lineHeight: '2' })).toMatchObject({ fontSize: 18, lineHeight: 1.6 });
  });

  it('rejects unknown enum values and keeps valid ones', () => {
    expect(normalizeReaderSettings({ fontFamily: 'comic', width: 'huge', theme: 'neon' })).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings({ fontFamily: 'sans', width: 'wide', theme: 'sepia' }))
      .toMatchObject({ fontFamily: 'sans', width: 'wide', theme: 'sepia' });
  });

  it('defaults to the Arabic font for right-to-left articles unless the user chose one', () => {
    expect(defaultFontFamily('rtl')).toBe('arabic');
    expect(normalizeReaderSettings({}, 'rtl').fontFamily).toBe('arabic');
    expect(normalizeReaderSettings({ fontFamily: 'sans' }, 'rtl').fontFamily).toBe('sans');
    expect(normalizeReaderSettings({}, 'ltr').fontFamily).toBe('serif');
  });
});

describe('page cleaning toggles', () => {
  it('follows the global value until a site override exists', () => {
    const state = normalizePageCleaning({ hideAds: { global: false, site: null } });
    expect(effectiveCleaning(state, 'hideAds')).toBe(false);
    const site = applyCleaningToggle(state, 'hideAds', 'site', true);
    expect(effectiveCleaning(site, 'hideAds')).toBe(true);
    expect(site.hideAds.global).toBe(false);
    expect(effectiveCleaning(applyCleaningToggle(site, 'hideAds', 'site', null), 'hideAds')).toBe(false);
  });

  it('a global toggle sets every site and drops the override ("All sites")', () => {
    const pinned = applyCleaningToggle(DEFAULT_PAGE_CLEANING, 'hideComments', 'site', false);
    const all = applyCleaningToggle(pinned, 'hideComments', 'global', false);
    expect(all.hideComments).toEqual({ global: false, site: null });
    expect(all.hideAds).toEqual(DEFAULT_PAGE_CLEANING.hideAds);
  });

  it('normalizes junk to the defaults', () => {
    expect(normalizePageCleaning('junk')).toEqual(DEFAULT_PAGE_CLEANING);
    expect(normalizePageCleaning({ hideComments: { global: 'yes', site: 1 } })).toEqual(DEFAULT_PAGE_CLEANING);
  });
});
