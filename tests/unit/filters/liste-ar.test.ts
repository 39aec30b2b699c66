import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileEngine, listSelectors } from '../../../src/background/filter-engine.ts';
import { AD_SELECTORS } from '../../../src/core/constants.ts';
import { locateListAds } from '../../../src/core/locate.ts';
import { readLists } from '../../../scripts/filters/compile.ts';
import { extractForReader } from '../../../src/content/extract.ts';
import type { PageFeatures } from '../../../src/shared/protocol.ts';

/**
 * Liste AR's own rules, as vendored, in the engine the build compiles (EasyList and Liste AR together),
 * each checked against EasyList alone: the rule under test is Liste AR's, not one EasyList already has.
 */
const [easylist, listeAr] = readLists() as [string, string];
const both = compileEngine([easylist, listeAr]);
const easylistOnly = compileEngine([easylist]);

function answers(engine: typeof both, url: string, page: Partial<PageFeatures>): string[] {
  return listSelectors(engine, url, { classes: [], ids: [], hrefs: [], wholePage: true, ...page });
}

function features(doc: Document): PageFeatures {
  const all = [...doc.querySelectorAll('[class], [id]')];
  return { classes: all.flatMap((el) => [...el.classList]), ids: all.map((el) => el.id).filter(Boolean), hrefs: [], wholePage: true };
}

const YOUM7 = 'https://www.youm7.com/story/2025/11/3/1';
const ELSEWHERE = ['https://www.masrawy.com/news/1', 'https://news.example/a', 'http://127.0.0.2:8080/pages/a.html'];

describe('Liste AR in the compiled engine', () => {
  it('keeps the rules as the list has them', () => {
    expect(listeAr).toMatch(/^youm7\.com##\.fullBanner$/m);
    expect(listeAr).toMatch(/^##\.e3lan-code$/m);
    expect(listeAr).toMatch(/^risalaradio\.com#@#\.ad-cell$/m);
    expect(listeAr).toMatch(/^@@\|\|top4top\.io\^\$generichide$/m);
  });

  it('applies a site rule on its host and its subdomains, and nowhere else', () => {
    // youm7.com##.fullBanner
    expect(answers(both, YOUM7, { classes: ['fullBanner'] })).toContain('.fullBanner');
    expect(answers(both, 'https://youm7.com/', { classes: ['fullBanner'] })).toContain('.fullBanner');
    for (const url of ELSEWHERE) expect(answers(both, url, { classes: ['fullBanner'] }), url).not.toContain('.fullBanner');
    expect(answers(easylistOnly, YOUM7, { classes: ['fullBanner'] })).not.toContain('.fullBanner');
  });

  it('applies a generic rule everywhere', () => {
    // ##.e3lan-code
    for (const url of [YOUM7, ...ELSEWHERE]) {
      expect(answers(both, url, { classes: ['e3lan-code'] }), url).toContain('.e3lan-code');
      expect(answers(easylistOnly, url, { classes: ['e3lan-code'] }), url).not.toContain('.e3lan-code');
    }
  });

  it("honours Liste AR's #@# exception, over EasyList's generic rule too", () => {
    // EasyList has ##.ad-cell; Liste AR has risalaradio.com#@#.ad-cell.
    expect(answers(easylistOnly, 'https://risalaradio.com/a', { classes: ['ad-cell'] })).toContain('.ad-cell');
    expect(answers(both, 'https://risalaradio.com/a', { classes: ['ad-cell'] })).not.toContain('.ad-cell');
    expect(answers(both, 'https://www.risalaradio.com/a', { classes: ['ad-cell'] })).not.toContain('.ad-cell');
    expect(answers(both, YOUM7, { classes: ['ad-cell'] })).toContain('.ad-cell');
  });

  it("honours Liste AR's $generichide: no generic rule of either list on that site", () => {
    const page = { classes: ['e3lan-code', 'ad-cell'] };
    expect(answers(both, 'https://top4top.io/a', page)).toEqual([]);
    expect(answers(both, YOUM7, page)).toEqual(expect.arrayContaining(['.e3lan-code', '.ad-cell']));
  });
});

describe('the article guard, with Liste AR rules', () => {
  const ARTICLE =
    '<h1>افتتاح مكتبة عامة جديدة</h1>' +
    '<p>افتتحت البلدية صباح يوم الاثنين مكتبة عامة جديدة في مبنى البريد القديم بوسط المدينة، بعد أعمال ترميم استمرت عامين، وتضم المكتبة أكثر من أربعين ألف كتاب.</p>' +
    '<div class="e3lan-code">إعلان: تخفيضات الشتاء</div>' +
    '<p>وقال مدير المكتبة إن أبوابها ستبقى مفتوحة من التاسعة صباحا حتى التاسعة مساء طوال أيام الأسبوع، وإن الاشتراك سيكون مجانيا لطلاب المدارس والجامعات.</p>' +
    '<p>وأضاف أن المكتبة خصصت جناحا كاملا لكتب الأطفال، تقام فيه جلسات قراءة أسبوعية يقدمها متطوعون من سكان الحي، كما ستنظم ورشا للكتابة والخط العربي.</p>';

  function page(): Document {
    // A generic Liste AR rule (##.mom-e3lanat-wrap) names the wrapper that holds the whole article,
    // as a site can give its layout a class that a list calls an ad.
    return new DOMParser().parseFromString(
      `<html lang="ar" dir="rtl"><body><div class="mom-e3lanat-wrap"><article>${ARTICLE}</article>` +
        '<aside><div class="mom-e3lanat">إعلان: عروض السفر</div></aside></div></body></html>',
      'text/html',
    );
  }

  it('never hides an element that holds the article, and keeps its selector from the reader', () => {
    const doc = page();
    const selectors = answers(both, YOUM7, features(doc));
    expect(selectors).toEqual(expect.arrayContaining(['.mom-e3lanat-wrap', '.mom-e3lanat', '.e3lan-code']));
    const found = locateListAds(doc, selectors);
    expect(found.elements.map((el) => el.className).sort()).toEqual(['e3lan-code', 'mom-e3lanat']);
    expect(found.selectors).not.toContain('.mom-e3lanat-wrap');
    expect(found.selectors).toEqual(expect.arrayContaining(['.mom-e3lanat', '.e3lan-code']));
  });

  it('lets the reader drop the ad inside the article and keep the article', () => {
    const doc = page();
    const { selectors } = locateListAds(doc, answers(both, YOUM7, features(doc)));
    const text = (dropped: string[]): string => {
      const result = extractForReader(doc, YOUM7, dropped);
      return result.ok ? result.article.text : '';
    };
    const without = text([]);
    const withLists = text(selectors);
    expect(without).toContain('تخفيضات الشتاء');
    expect(withLists).not.toContain('تخفيضات الشتاء');
    for (const sentence of ['أربعين ألف كتاب', 'لطلاب المدارس والجامعات', 'والخط العربي']) expect(withLists).toContain(sentence);
  });
});

describe('the end-to-end page for Liste AR', () => {
  const doc = new DOMParser().parseFromString(readFileSync('tests/e2e/pages/liste-ar-ads.html', 'utf8'), 'text/html');

  it('carries ads that only Liste AR names: not our hand-written selectors, not EasyList', () => {
    expect(doc.querySelectorAll(AD_SELECTORS.join(',')).length).toBe(0);
    expect(locateListAds(doc, answers(easylistOnly, YOUM7, features(doc))).elements).toEqual([]);
  });

  it('has its generic ad hidden everywhere and its site ad only on youm7.com, never the article', () => {
    const hidden = (url: string): string[] =>
      locateListAds(doc, answers(both, url, features(doc))).elements.map((el) => el.className);
    expect(hidden(YOUM7)).toEqual(['fullBanner', 'e3lan-code']);
    expect(hidden('http://127.0.0.2:8080/pages/liste-ar-ads.html')).toEqual(['e3lan-code']);
  });
});
