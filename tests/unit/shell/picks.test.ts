import { describe, expect, it } from 'vitest';
import {
  EMPTY_PICKS, PICK_LABEL_CHARS, PICKS_FILE_FORMAT, articlePickFor, exportPicks, importPicks, isValidSelector, matchesPathPattern,
  normalizePicks, pathPattern, picksFor, toPick, withPick, withStaleness, withoutPick, withoutSite, type PickStore, type SitePick,
} from '../../../src/shared/picks.ts';

const isValid = (selector: string): boolean => isValidSelector(selector, document);

function hide(id: string, selector: string, kind: 'comments' | 'ads' = 'comments', extra: Partial<SitePick> = {}): SitePick {
  return { id, action: 'hide', kind, selector, label: `label ${id}`, created: 1_700_000_000_000, ...extra };
}
function article(id: string, selector: string, pattern: string): SitePick {
  return { id, action: 'article', selector, pathPattern: pattern, label: '', created: 1_700_000_000_000 };
}

describe('isValidSelector', () => {
  it('accepts selectors that parse, even when they match nothing', () => {
    expect(isValid('#comments')).toBe(true);
    expect(isValid('div.ad-slot > iframe, aside[data-x="1"]')).toBe(true);
    expect(isValid('main article:nth-of-type(2)')).toBe(true);
  });

  it('refuses blank text and selectors that do not parse', () => {
    for (const bad of ['', '   ', 'div[', '##.ad', 'a >', 'p:::', '}{']) expect(isValid(bad), bad).toBe(false);
  });
});

describe('normalizePicks (what is read from storage)', () => {
  it('keeps valid picks of each kind, exactly their known fields, with hosts in lower case', () => {
    const raw = {
      sites: {
        'News.Example': [
          { ...hide('a', '#comments'), extra: 'dropped field', stale: false },
          { id: 'b', action: 'keep', kind: 'ads', selector: '.sponsor', label: 'Our partners', created: 5 },
          { id: 'c', action: 'article', selector: 'main > .story', pathPattern: '/news/*/*/*', label: 'A story', created: 6, kind: 'ads' },
        ],
      },
    };
    const { store, dropped } = normalizePicks(raw, isValid);
    expect(dropped).toBe(0);
    expect(store).toEqual({
      sites: {
        'news.example': [
          { id: 'a', action: 'hide', kind: 'comments', selector: '#comments', label: 'label a', created: 1_700_000_000_000 },
          { id: 'b', action: 'keep', kind: 'ads', selector: '.sponsor', label: 'Our partners', created: 5 },
          { id: 'c', action: 'article', selector: 'main > .story', pathPattern: '/news/*/*/*', label: 'A story', created: 6 },
        ],
      },
    });
  });

  it('reads anything that is not a store as no picks', () => {
    for (const raw of [undefined, null, 7, 'picks', [], { sites: [] }, { sites: 'x' }, { other: {} }]) {
      expect(normalizePicks(raw, isValid), JSON.stringify(raw)).toEqual({ store: EMPTY_PICKS, dropped: 0 });
    }
  });

  it('drops and counts picks of unknown shapes and selectors that do not parse, keeping the rest of the site', () => {
    const raw = {
      sites: {
        'a.test': [
          hide('ok', '.comments'),
          hide('bad-selector', 'div[class='),
          hide('blank-selector', '  '),
          { ...hide('no-kind', '.x'), kind: undefined },
          { ...hide('wrong-kind', '.x'), kind: 'popups' },
          { ...hide('wrong-action', '.x'), action: 'delete' },
          { ...hide('', '.x') },
          { ...hide('numeric-id', '.x'), id: 4 },
          { ...hide('selector-number', '.x'), selector: 12 },
          article('no-pattern', 'main', undefined as unknown as string),
          article('relative-pattern', 'main', 'news/*'),
          'a string',
          null,
          [hide('nested', '.x')],
        ],
        'b.test': [hide('only-bad', 'p:::')],
        'c.test': 'not a list',
      },
    };
    const { store, dropped } = normalizePicks(raw, isValid);
    expect(dropped).toBe(14);
    expect(Object.keys(store.sites)).toEqual(['a.test']);
    expect(picksFor(store, 'a.test').map((pick) => pick.id)).toEqual(['ok']);
  });

  it('keeps the stale flag, and drops a stale flag that is not true', () => {
    const raw = { sites: { 'a.test': [hide('s', '.a', 'ads', { stale: true }), { ...hide('f', '.b'), stale: 'yes' }] } };
    const [stale, fresh] = picksFor(normalizePicks(raw, isValid).store, 'a.test');
    expect(stale?.stale).toBe(true);
    expect(fresh && 'stale' in fresh).toBe(false);
  });

  it('mends labels and dates rather than dropping the pick', () => {
    const long = 'word '.repeat(40);
    const pick = toPick({ id: 'x', action: 'hide', kind: 'ads', selector: '.ad', label: long, created: 'yesterday' }, isValid);
    expect(pick?.label).toHaveLength(PICK_LABEL_CHARS);
    expect(pick?.created).toBe(0);
    expect(toPick({ id: 'y', action: 'hide', kind: 'ads', selector: '.ad', label: 3, created: Infinity }, isValid)).toMatchObject({ label: '', created: 0 });
  });

  it('keeps one pick per id on a site (a second with the same id is dropped and counted)', () => {
    const raw = { sites: { 'a.test': [hide('same', '.a'), hide('same', '.b'), hide('other', '.c')] } };
    const { store, dropped } = normalizePicks(raw, isValid);
    expect(picksFor(store, 'a.test').map((pick) => pick.selector)).toEqual(['.a', '.c']);
    expect(dropped).toBe(1);
  });

  it('merges hosts that differ only in case instead of losing one of them', () => {
    const raw = { sites: { 'A.test': [hide('1', '.a')], 'a.test': [hide('2', '.b')] } };
    expect(picksFor(normalizePicks(raw, isValid).store, 'a.test').map((pick) => pick.id).sort()).toEqual(['1', '2']);
  });
});

describe('changing picks', () => {
  const base: PickStore = { sites: { 'a.test': [hide('1', '#comments')], 'b.test': [hide('2', '.ad', 'ads')] } };

  it('adds a pick after the site’s others, and starts a site that had none', () => {
    const added = withPick(base, 'a.test', hide('3', '.ad-box', 'ads'));
    expect(picksFor(added, 'a.test').map((pick) => pick.id)).toEqual(['1', '3']);
    const started = withPick(EMPTY_PICKS, 'new.test', hide('4', '.x'));
    expect(started.sites).toEqual({ 'new.test': [hide('4', '.x')] });
    // The store it was given is unchanged.
    expect(picksFor(base, 'a.test')).toHaveLength(1);
    expect(EMPTY_PICKS.sites).toEqual({});
  });

  it('replaces a pick of the same action, kind and selector instead of adding a second', () => {
    const again = withPick(base, 'a.test', hide('5', '#comments', 'comments', { label: 'newer' }));
    expect(picksFor(again, 'a.test')).toEqual([hide('5', '#comments', 'comments', { label: 'newer' })]);
    // Same selector, other kind or action: a different pick.
    const asAd = withPick(base, 'a.test', hide('6', '#comments', 'ads'));
    const kept = withPick(asAd, 'a.test', { ...hide('7', '#comments'), action: 'keep' });
    expect(picksFor(kept, 'a.test').map((pick) => pick.id)).toEqual(['1', '6', '7']);
  });

  it('keeps one article container per path shape', () => {
    let store = withPick(EMPTY_PICKS, 'a.test', article('a1', 'main', '/news/*/*/*'));
    store = withPick(store, 'a.test', article('a2', '#story', '/sport/*'));
    store = withPick(store, 'a.test', article('a3', '.article-body', '/news/*/*/*'));
    expect(picksFor(store, 'a.test').map((pick) => pick.id)).toEqual(['a2', 'a3']);
  });

  it('removes one pick by id, and the site when it was its last', () => {
    const two = withPick(base, 'a.test', hide('3', '.x'));
    expect(picksFor(withoutPick(two, 'a.test', '1'), 'a.test').map((pick) => pick.id)).toEqual(['3']);
    const none = withoutPick(base, 'a.test', '1');
    expect(Object.keys(none.sites)).toEqual(['b.test']);
    expect(withoutPick(base, 'a.test', 'unknown')).toEqual(base);
    expect(withoutPick(base, 'c.test', '1')).toEqual(base);
  });

  it('resets a site: every pick made there is forgotten, other sites untouched', () => {
    expect(withoutSite(base, 'a.test')).toEqual({ sites: { 'b.test': [hide('2', '.ad', 'ads')] } });
    expect(withoutSite(base, 'none.test')).toEqual(base);
    expect(Object.keys(base.sites)).toEqual(['a.test', 'b.test']);
  });
});

describe('withStaleness', () => {
  const store: PickStore = { sites: { 'a.test': [hide('1', '.a'), hide('2', '.b', 'ads', { stale: true }), hide('3', '.c')] } };

  it('marks the picks that matched nothing and clears those that matched again', () => {
    const next = withStaleness(store, 'a.test', new Set(['1']), new Set(['1', '2']));
    expect(picksFor(next, 'a.test').map((pick) => [pick.id, pick.stale === true])).toEqual([['1', true], ['2', false], ['3', false]]);
    expect('stale' in picksFor(next, 'a.test')[1]!).toBe(false);
  });

  it('leaves picks that were not tried as they were', () => {
    const next = withStaleness(store, 'a.test', new Set(['3']), new Set(['3']));
    expect(picksFor(next, 'a.test')[1]?.stale).toBe(true);
    expect(picksFor(next, 'a.test')[2]?.stale).toBe(true);
  });

  it('returns the same store when nothing changed (no needless write)', () => {
    expect(withStaleness(store, 'a.test', new Set(['2']), new Set(['1', '2', '3']))).toBe(store);
    expect(withStaleness(store, 'other.test', new Set(['1']), new Set(['1']))).toBe(store);
  });
});

describe('path patterns', () => {
  it('keeps section words and turns dates, ids and slugs into *', () => {
    expect(pathPattern('/news/2024/05/a-story')).toBe('/news/*/*/*');
    expect(pathPattern('/sport/football/match-report-123')).toBe('/sport/football/*');
    expect(pathPattern('/article/98765')).toBe('/article/*');
    expect(pathPattern('/News/World/some-story.html')).toBe('/news/world/*');
    expect(pathPattern('/')).toBe('/');
    expect(pathPattern('/news//2024/05/a-story/')).toBe('/news/*/*/*');
  });

  it('treats the last segment of a deeper path as the article’s own name, even when it is one word', () => {
    expect(pathPattern('/news/2024/05/elections')).toBe('/news/*/*/*');
    expect(matchesPathPattern(pathPattern('/news/2024/05/elections'), '/news/2025/01/other-story')).toBe(true);
    // A single segment stays: it is a section or a page of its own.
    expect(pathPattern('/about')).toBe('/about');
  });

  it('reads percent-encoded segments as the words they are', () => {
    const arabicSection = `/${encodeURIComponent('أخبار')}/2024/${encodeURIComponent('خبر-عاجل')}`;
    expect(pathPattern(arabicSection)).toBe('/أخبار/*/*');
    expect(matchesPathPattern('/أخبار/*/*', `/${encodeURIComponent('أخبار')}/2025/x-1`)).toBe(true);
    expect(matchesPathPattern('/أخبار/*/*', `/${encodeURIComponent('رياضة')}/2025/x-1`)).toBe(false);
    // A segment that is not valid percent-encoding is kept as it is.
    expect(pathPattern('/news/%E0%A4%A/x-1')).toBe('/news/*/*');
  });

  it('matches pages of the same section and depth only', () => {
    const pattern = pathPattern('/news/2024/05/a-story');
    expect(matchesPathPattern(pattern, '/news/2025/01/other-story')).toBe(true);
    expect(matchesPathPattern(pattern, '/NEWS/2025/01/other-story/')).toBe(true);
    expect(matchesPathPattern(pattern, '/sport/2025/01/other-story')).toBe(false);
    expect(matchesPathPattern(pattern, '/news/2025/01')).toBe(false);
    expect(matchesPathPattern(pattern, '/news/2025/01/other-story/comments')).toBe(false);
    expect(matchesPathPattern('/', '/')).toBe(true);
    expect(matchesPathPattern('/', '/news')).toBe(false);
  });

  it('finds the article container picked for a page: the newest pick whose pattern fits', () => {
    let store = withPick(EMPTY_PICKS, 'a.test', article('news', 'main .story', '/news/*/*/*'));
    store = withPick(store, 'a.test', article('sport', '#match', '/sport/*'));
    store = withPick(store, 'a.test', hide('h', '#comments'));
    expect(articlePickFor(store, 'a.test', '/news/2025/01/other-story')?.id).toBe('news');
    expect(articlePickFor(store, 'a.test', '/sport/final-score')?.id).toBe('sport');
    expect(articlePickFor(store, 'a.test', '/opinion/2025/01/x')).toBeNull();
    expect(articlePickFor(store, 'b.test', '/news/2025/01/other-story')).toBeNull();
    // A wildcard pattern and a more specific one both fit: the newer wins, and the order is not changed by asking.
    store = withPick(store, 'a.test', article('any', 'article', '/*/*/*/*'));
    expect(articlePickFor(store, 'a.test', '/news/2025/01/x')?.id).toBe('any');
    expect(picksFor(store, 'a.test').map((pick) => pick.id)).toEqual(['news', 'sport', 'h', 'any']);
  });
});

describe('export and import', () => {
  const store: PickStore = {
    sites: {
      'news.example': [hide('1', '#comments'), hide('2', '.ad', 'ads', { stale: true }), article('3', 'main', '/news/*/*/*')],
      'أخبار.example': [{ ...hide('4', '.sponsor', 'ads'), action: 'keep', label: 'شركاؤنا' }],
    },
  };

  it('writes a file that names its format, version and date', () => {
    const file = JSON.parse(exportPicks(store, new Date('2026-12-07T08:00:00Z')));
    expect(file).toMatchObject({ format: PICKS_FILE_FORMAT, version: 1, exported: '2026-12-07T08:00:00.000Z' });
    expect(file.sites).toEqual(store.sites);
  });

  it('reads back what it wrote: the round trip gives the same picks, stale flags and labels included', () => {
    const result = importPicks(EMPTY_PICKS, exportPicks(store, new Date()), isValid);
    expect(result).toEqual({ ok: true, store, added: 4, dropped: 0 });
  });

  it('refuses a file that is not JSON', () => {
    for (const text of ['', 'hello', '{"format":', '<html></html>']) expect(importPicks(store, text, isValid), text).toEqual({ ok: false, error: 'not-json' });
  });

  it('refuses JSON that is not a picks file', () => {
    for (const value of [null, 3, 'x', [], {}, { sites: store.sites }, { format: 'other', sites: {} }, { format: PICKS_FILE_FORMAT }, { format: PICKS_FILE_FORMAT, sites: [] }]) {
      expect(importPicks(store, JSON.stringify(value), isValid), JSON.stringify(value)).toEqual({ ok: false, error: 'not-picks' });
    }
  });

  it('refuses a file from a newer version it cannot read', () => {
    const newer = JSON.stringify({ format: PICKS_FILE_FORMAT, version: 2, sites: {} });
    expect(importPicks(store, newer, isValid)).toEqual({ ok: false, error: 'newer-version' });
  });

  it('merges without duplicates: picks already here (by id or by what they pick) are not added again', () => {
    const mine: PickStore = { sites: { 'news.example': [hide('1', '#comments'), hide('mine', '.ad', 'ads', { label: 'my label' })] } };
    const result = importPicks(mine, exportPicks(store, new Date()), isValid);
    if (!result.ok) throw new Error(result.error);
    // '1' is here by id; '2' picks what 'mine' picks: the person's own pick stays as it was.
    expect(result.added).toBe(2);
    expect(picksFor(result.store, 'news.example').map((pick) => pick.id)).toEqual(['1', 'mine', '3']);
    expect(picksFor(result.store, 'أخبار.example').map((pick) => pick.id)).toEqual(['4']);
    // Importing the same file again adds nothing.
    const again = importPicks(result.store, exportPicks(store, new Date()), isValid);
    expect(again).toEqual({ ok: true, store: result.store, added: 0, dropped: 0 });
  });

  it('keeps the article container already chosen for a path shape over an imported one', () => {
    const mine = withPick(EMPTY_PICKS, 'news.example', article('local', '#story', '/news/*/*/*'));
    const result = importPicks(mine, exportPicks(store, new Date()), isValid);
    if (!result.ok) throw new Error(result.error);
    expect(articlePickFor(result.store, 'news.example', '/news/2025/01/x')?.id).toBe('local');
  });

  it('imports the valid picks of a file and counts the invalid ones it skipped', () => {
    const text = JSON.stringify({
      format: PICKS_FILE_FORMAT,
      version: 1,
      sites: { 'a.test': [hide('ok', '.a'), hide('broken', 'div[['), { id: 'x' }], 'b.test': 'nope' },
    });
    const result = importPicks(EMPTY_PICKS, text, isValid);
    expect(result).toEqual({ ok: true, store: { sites: { 'a.test': [hide('ok', '.a')] } }, added: 1, dropped: 2 });
  });
});

describe('where a block was picked', () => {
  it('keeps the path shape of a hide or keep pick (where staleness is judged), and one pick per block', () => {
    const raw = { sites: { 'a.example': [
      { id: 'h', action: 'hide', kind: 'comments', selector: '.talk', pathPattern: '/news/*/*', label: '', created: 1 },
      { id: 'k', action: 'keep', kind: 'ads', selector: '.box', pathPattern: 'not-a-path', label: '', created: 1 },
    ] } };
    const { store } = normalizePicks(raw, isValid);
    expect(store.sites['a.example']!.map((p) => [p.id, p.pathPattern])).toEqual([['h', '/news/*/*'], ['k', undefined]]);
    const again = withPick(store, 'a.example', { id: 'h2', action: 'hide', kind: 'comments', selector: '.talk', pathPattern: '/', label: '', created: 2 });
    expect(again.sites['a.example']!.map((p) => p.id)).toEqual(['k', 'h2']);
  });
});
