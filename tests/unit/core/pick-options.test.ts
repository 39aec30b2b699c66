/**
 * The core's options for a site's picks (ExtractOptions.keepSelectors, regionSelector) and the live-page
 * locators they share with the page script (locatePicked, withoutKept), on small DOM fixtures.
 */
import { describe, expect, it } from 'vitest';
import { extractArticleUnsanitized, extractOutsideComments } from '../../../src/core/extract-unsanitized.ts';
import { locateComments, locatePicked, withoutKept } from '../../../src/core/locate.ts';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Bridge Repairs Finish Early');
  doc.body.innerHTML = body;
  return doc;
}

const PARAGRAPHS = [
  'The repairs to the old river bridge finished two weeks early on Friday, the county engineer said at a short ceremony by the water.',
  'Crews replaced the rusted railings, resurfaced both lanes and strengthened the two middle piers, which had worried inspectors for years.',
  'Buses will return to the bridge on Monday morning, and the detour through the industrial estate will close the same day.',
  'The work cost less than the council had set aside, and the money left over will go to the footpath along the east bank.',
];

/** An article whose third and fourth paragraphs sit in a box a site named "comments" and "ad-box". */
function misnamedArticle(): Document {
  return page(`
    <main><article><h1>Bridge Repairs Finish Early</h1>
      <p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
      <div class="reader-comments-box"><p>${PARAGRAPHS[2]}</p></div>
      <div class="ad-box"><p>${PARAGRAPHS[3]}</p></div>
    </article>
    <section class="discussion-zone"><h2>Comments</h2><ol><li>Great news for the town</li><li>About time</li></ol></section></main>`);
}

const URL = 'https://news.example.org/local/bridge-repairs';

describe('keepSelectors', () => {
  it('without them, rules take the misnamed boxes out of the article (the problem a keep pick fixes)', () => {
    const text = extractArticleUnsanitized(misnamedArticle(), URL).text;
    expect(text).toContain(PARAGRAPHS[0]);
    expect(text).not.toContain(PARAGRAPHS[2]);
    expect(text).not.toContain(PARAGRAPHS[3]);
  });

  it('a kept block and its text stay in the article, as a comment section and as an ad', () => {
    const text = extractArticleUnsanitized(misnamedArticle(), URL, { keepSelectors: ['.reader-comments-box', '.ad-box'] }).text;
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain('Great news for the town');
  });

  it('a kept block is not dropped by an extra remove selector either (a filter list naming it)', () => {
    const text = extractArticleUnsanitized(misnamedArticle(), URL, { extraRemoveSelectors: ['.ad-box'], keepSelectors: ['.ad-box', '.reader-comments-box'] }).text;
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('a selector that does not parse keeps nothing and breaks nothing', () => {
    const text = extractArticleUnsanitized(misnamedArticle(), URL, { keepSelectors: ['..nope['] }).text;
    expect(text).toContain(PARAGRAPHS[0]);
  });

  it('extra remove selectors still drop what is not kept (a hide pick inside the article)', () => {
    const text = extractArticleUnsanitized(misnamedArticle(), URL, { extraRemoveSelectors: ['article > p:nth-of-type(2)'], keepSelectors: ['.reader-comments-box'] }).text;
    expect(text).not.toContain(PARAGRAPHS[1]);
    expect(text).toContain(PARAGRAPHS[2]);
  });
});

describe('regionSelector', () => {
  /** A long teaser list the scan takes for the article, and the real story in a short box. */
  function wrongRegion(): Document {
    const teasers = Array.from({ length: 8 }, (_, i) =>
      `<p>Teaser ${i + 1}: a long summary of another story that runs on for a while so that it outweighs the article below in prose, again and again.</p>`).join('');
    return page(`<div class="digest">${teasers}</div>
      <div class="story-box"><h2>Bridge Repairs Finish Early</h2><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div>`);
  }

  it('without it, extraction reads the teasers', () => {
    const text = extractArticleUnsanitized(wrongRegion(), URL).text;
    expect(text).toContain('Teaser 3');
  });

  it('with it, extraction runs inside the picked container', () => {
    const text = extractArticleUnsanitized(wrongRegion(), URL, { regionSelector: '.story-box' }).text;
    expect(text).toContain(PARAGRAPHS[0]);
    expect(text).toContain(PARAGRAPHS[2]);
    expect(text).not.toContain('Teaser');
  });

  it('the deferred comment threads are those outside the picked container, as in one extraction', () => {
    const doc = wrongRegion();
    doc.body.insertAdjacentHTML('beforeend', '<section id="comments"><h2>2 Comments</h2><ol><li>Lovely fountain</li><li>At last</li></ol></section>');
    const whole = extractArticleUnsanitized(doc, URL, { regionSelector: '.story-box' });
    const first = extractArticleUnsanitized(doc, URL, { regionSelector: '.story-box', deferOutsideComments: true });
    expect(first.commentsDeferred).toBe(true);
    expect(first.text).toBe(whole.text);
    const later = extractOutsideComments(doc, '.story-box');
    expect(later).toEqual(whole.comments);
    expect(later?.items.map((item) => item.text)).toEqual(expect.arrayContaining(['Lovely fountain']));
  });

  it('is ignored when it matches nothing, the body, or does not parse', () => {
    for (const regionSelector of ['.gone', 'body', '::nope(']) {
      expect(extractArticleUnsanitized(wrongRegion(), URL, { regionSelector }).text, regionSelector).toContain('Teaser 3');
    }
  });
});

describe('picked blocks on the live page', () => {
  it('locatePicked finds outermost matches and never a block that holds the article', () => {
    const doc = misnamedArticle();
    const found = locatePicked(doc, ['.discussion-zone', '.discussion-zone ol', 'main', '((bad']);
    expect(found.map((el) => el.className)).toEqual(['discussion-zone']);
  });

  it('withoutKept leaves out kept blocks and blocks inside them', () => {
    const doc = misnamedArticle();
    const box = doc.querySelector('.reader-comments-box')!;
    const inner = box.querySelector('p')!;
    const zone = doc.querySelector('.discussion-zone')!;
    expect(withoutKept([box, inner, zone], ['.reader-comments-box'])).toEqual([zone]);
    expect(withoutKept([box, zone], ['((bad'])).toEqual([box, zone]);
    expect(withoutKept(locateComments(doc), ['.discussion-zone'])).toEqual([]);
  });
});
