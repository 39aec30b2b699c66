import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { eachBrowser, isVisible, readerState } from './harness.ts';

/** The seed page's article, as its expectation in the fixture folder states it. */
const EXPECTED = JSON.parse(readFileSync('tests/fixtures/seed-wordpress-ar/expected.json', 'utf8')) as {
  title: string;
  paragraphs: string[];
  absent: string[];
};

eachBrowser('the Arabic seed page on a WordPress news theme', (ctx) => {
  it('reads right to left with the title and the body paragraphs only, and hides comments and ads on the page', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/fixtures/seed-wordpress-ar/source.html'));
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');

    assert.equal(await popup.$eval('h1', (h) => h.textContent?.trim()), EXPECTED.title);
    const article = await popup.$eval('.qr-article', (el) => ({
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      direction: getComputedStyle(el.querySelector('.qr-body p') ?? el).direction,
      align: getComputedStyle(el.querySelector('.qr-body p') ?? el).textAlign,
      font: el.closest('.qr-root')?.getAttribute('data-font'),
      paragraphs: [...el.querySelectorAll('.qr-body p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
      text: el.textContent ?? '',
    }));
    assert.equal(article.lang, 'ar');
    assert.equal(article.dir, 'rtl');
    assert.equal(article.direction, 'rtl');
    assert.ok(['start', 'right'].includes(article.align), `text-align ${article.align}`);
    assert.equal(article.font, 'arabic');
    assert.deepEqual(article.paragraphs, EXPECTED.paragraphs);
    for (const junk of EXPECTED.absent) assert.ok(!article.text.includes(junk), `the reader shows "${junk}"`);

    assert.equal(await isVisible(page, '#comments'), false, 'comments hidden on the page');
    assert.equal(await isVisible(page, 'ins.adsbygoogle'), false, 'ads hidden on the page');
    assert.equal(await isVisible(page, '.td-post-content p'), true, 'the article stays on the page');
    await ext.screenshot(popup, 'seed-popup');
    await ext.screenshot(page, 'seed-page');

    // The full-tab reader shows the same article.
    const tab = await ext.openExtensionPage(`/src/reader/index.html?tab=${await ext.tabIdOf(page)}`);
    assert.equal(await readerState(tab), 'article');
    assert.equal(await tab.$eval('h1', (h) => h.textContent?.trim()), EXPECTED.title);
    await ext.screenshot(tab, 'seed-reader-tab');
    await tab.close();
    // Chromium closes its toolbar popup by itself once another tab takes focus.
    await popup.close().catch(() => undefined);
    await page.close();
  });
});
