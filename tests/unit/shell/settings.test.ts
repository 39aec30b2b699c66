import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING, effectiveCleaning, normalizeCleaning, pageCleaningFor, withCleaning, withoutSiteOverride } from '../../../src/shared/settings.ts';


describe('cleaning settings', () => {
  it('hides comments and ads by default', () => {
    expect(effectiveCleaning(DEFAULT_CLEANING, 'news.test')).toEqual({ hideComments: true, hideAds: true });
  });

  it('lets a site override the global default, and drop the override again', () => {
    let settings = withCleaning(DEFAULT_CLEANING, 'hideComments', false, { site: 'news.test' });
    expect(effectiveCleaning(settings, 'news.test').hideComments).toBe(false);
    expect(effectiveCleaning(settings, 'other.test').hideComments).toBe(true);
    settings = withCleaning(settings, 'hideComments', true, 'global');
    expect(effectiveCleaning(settings, 'news.test').hideComments).toBe(false);
    settings = withoutSiteOverride(settings, 'hideComments', 'news.test');
    expect(effectiveCleaning(settings, 'news.test').hideComments).toBe(true);
    expect(settings.sites).toEqual({});
  });

  it('keeps what is valid in stored data and drops the rest', () => {
    const stored = { global: { hideComments: false, hideAds: 'no' }, sites: { 'a.test': { hideAds: false, x: 1 }, 'b.test': 7 } };
    expect(normalizeCleaning(stored)).toEqual({ global: { hideComments: false, hideAds: true }, sites: { 'a.test': { hideAds: false } } });
    expect(normalizeCleaning(undefined)).toEqual(DEFAULT_CLEANING);
  });

  it('shows the stored choices from one site in the toggles shape', () => {
    const settings = withCleaning(DEFAULT_CLEANING, 'hideAds', false, { site: 'a.test' });
    expect(pageCleaningFor(settings, 'a.test')).toEqual({
      hideComments: { global: true, site: null },
      hideAds: { global: true, site: false },
    });
  });
});
