import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileEngine, listSelectors } from '../../../src/background/filter-engine.ts';
import { locateListAds } from '../../../src/core/locate.ts';
import { LIST_FILES, noticeText, readLists, readSources } from '../../../scripts/filters/compile.ts';

describe('the vendored lists', () => {
  // Compiled once (about a second): what scripts/filters/compile.ts writes at build time.
  const engine = compileEngine(readLists());

  it('are recorded in sources.json and compile', () => {
    const sources = JSON.parse(readFileSync('vendor/filter-lists/sources.json', 'utf8')) as { lists: Record<string, { file: string }> };
    expect(LIST_FILES.map((file) => file.split('/').pop())).toEqual(Object.values(sources.lists).map((list) => list.file));
    expect(engine.cosmetics.getFilters().length).toBeGreaterThan(10_000);
  });

  it('are the files sources.json describes', () => {
    for (const list of Object.values(readSources())) {
      const text = readFileSync(`vendor/filter-lists/${list.file}`);
      expect(createHash('sha256').update(text).digest('hex'), list.file).toBe(list.sha256);
    }
  });

  it('are credited, with their licence, in the notice shipped beside the engine', () => {
    const sources = readSources();
    const notice = noticeText(sources);
    for (const list of Object.values(sources)) {
      expect(notice).toContain(list.title);
      expect(notice).toContain(list.homepage);
      expect(notice).toContain(list.licence === 'CC-BY-SA-3.0' ? 'Creative Commons Attribution-ShareAlike 3.0' : list.licence);
    }
    expect(notice).toContain('https://creativecommons.org/licenses/by-sa/3.0/');
    expect(notice).toContain('commit 4cc3ec1e75ef4a81dd90a284e24cbb26befbce6f');
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
