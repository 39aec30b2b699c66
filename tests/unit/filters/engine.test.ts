import { describe, expect, it } from 'vitest';
import { compileEngine, listSelectors, loadEngine } from '../../../src/background/filter-engine.ts';

/** A tiny list with one rule of each kind the extension relies on. */
const LIST = [
  '! generic rules, indexed by the class or id they name',
  '##.promo-slab',
  '###sky-banner',
  '! a generic rule no class or id indexes: served with the whole page',
  '##[data-sponsor-slot]',
  '! a site rule',
  'news.example##.partner-strip',
  '! an exception that cancels a generic rule on one site',
  'news.example#@#.promo-slab',
  '! an exception that turns every generic rule off on one site',
  '@@||quiet.example^$generichide',
  'quiet.example##.quiet-strip',
].join('\n');

const engine = compileEngine([LIST]);
const none = { classes: [], ids: [], hrefs: [] };

function selectorsOn(url: string, page: Partial<{ classes: string[]; ids: string[]; hrefs: string[]; wholePage: boolean }>): string[] {
  return listSelectors(engine, url, { ...none, wholePage: true, ...page }).sort();
}

describe('filter list engine (cosmetic rules)', () => {
  it('answers a generic rule only when the page has its class or id', () => {
    expect(selectorsOn('https://other.example/a', { classes: ['promo-slab', 'byline'], ids: ['sky-banner'] })).toEqual([
      '#sky-banner',
      '.promo-slab',
      '[data-sponsor-slot]',
    ]);
    expect(selectorsOn('https://other.example/a', { classes: ['byline'] })).toEqual(['[data-sponsor-slot]']);
  });

  it('answers a site rule on its site and its subdomains only', () => {
    expect(selectorsOn('https://news.example/a', {})).toContain('.partner-strip');
    expect(selectorsOn('https://www.news.example/a', {})).toContain('.partner-strip');
    expect(selectorsOn('https://other.example/a', {})).not.toContain('.partner-strip');
  });

  it('honours an element-hiding exception (#@#) on its site', () => {
    expect(selectorsOn('https://news.example/a', { classes: ['promo-slab'] })).not.toContain('.promo-slab');
    expect(selectorsOn('https://other.example/a', { classes: ['promo-slab'] })).toContain('.promo-slab');
  });

  it('honours $generichide: no generic rule on that site, site rules still apply', () => {
    expect(selectorsOn('https://quiet.example/a', { classes: ['promo-slab'], ids: ['sky-banner'] })).toEqual(['.quiet-strip']);
  });

  it('leaves out site and whole-page rules when asked only about new classes and ids', () => {
    expect(selectorsOn('https://news.example/a', { classes: ['byline'], wholePage: false })).toEqual([]);
    expect(selectorsOn('https://other.example/a', { ids: ['sky-banner'], wholePage: false })).toEqual(['#sky-banner']);
  });

  it('answers the same after serializing, as the extension loads it', () => {
    const loaded = loadEngine(engine.serialize());
    const page = { classes: ['promo-slab'], ids: [], hrefs: [], wholePage: true };
    expect(listSelectors(loaded, 'https://news.example/a', page)).toEqual(listSelectors(engine, 'https://news.example/a', page));
  });
});
