import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileEngine, listSelectors } from '../../../src/background/filter-engine.ts';
import { locateListAds } from '../../../src/core/locate.ts';
import { LIST_FILES, readLists } from '../../../scripts/filters/compile.ts';

describe('the vendored lists', () => {
  // Compiled once (about a second): what scripts/filters/compile.ts writes at build time.
  const engine = compileEngine(readLists());

  it('are recorded in sources.json and compile', () => {
    const sources = JSON.parse(readFileSync('vendor/filter-lists/sources.json', 'utf8')) as { lists: Record<string, { file: string }> };
    expect(LIST_FILES.map((file) => file.split('/').pop())).toEqual(Object.values(sources.lists).map((list) => list.file));
    expect(engine.cosmetics.getFilters().length).toBeGreaterThan(10_000);
  });

  it('hide every ad of the end-to-end page, and nothing of its article', () => {
    const doc = new DOMParser().parseFromString(readFileSync('tests/e2e/pages/list-ads.html', 'utf8'), 'text/html');
    const all = [...doc.querySelectorAll('[class], [id]')];
    const features = {
      classes: all.flatMap((el) => [...el.classList]),
      ids: all.map((el) => el.id).filter(Boolean),
      hrefs: [],
      wholePage: true,
    };
    const { elements } = locateListAds(doc, listSelectors(engine, 'https://news.example/ferry', features));
    expect(elements.map((el) => el.textContent?.split(':')[0])).toEqual([
      'Leaderboard advert',
      'Sponsored',
      'Banner advert',
      'Native advert',
      'Square advert',
    ]);
  });
});
