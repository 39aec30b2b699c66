import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eachBrowser, readerState, waitUntil } from './harness.ts';

/**
 * Every strange page ends in a state that says something: never loading forever, never blank. Where the
 * page holds an article (`body`), the reader shows its text, not only a title.
 */
const ARTICLE_TEXT = /The committee met again on Thursday/;
const CASES: Array<{ path: string; name: string; expect: string[]; body?: RegExp }> = [
  { path: '/gen/empty', name: 'empty', expect: ['not-article'] },
  { path: '/gen/plain', name: 'plain-text', expect: ['not-article', 'article'] },
  { path: '/gen/not-html', name: 'not-html', expect: ['not-article'] },
  { path: '/gen/deep', name: 'deep-dom', expect: ['article'], body: ARTICLE_TEXT },
  { path: '/gen/huge', name: 'huge', expect: ['article'], body: ARTICLE_TEXT },
  { path: '/gen/prototypes', name: 'broken-prototypes', expect: ['article'], body: ARTICLE_TEXT },
];

eachBrowser('strange and huge pages', (ctx) => {
  for (const { path, name, expect, body } of CASES) {
    it(`gives a clear outcome on a ${name} page and keeps the page responsive`, async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url(path));
      const popup = await ext.openPopup(page);
      const state = await readerState(popup);
      assert.ok(expect.includes(state), `state ${state} on ${name}`);
      const text = await popup.$eval('[data-state]', (el) => el.textContent?.trim() ?? '');
      assert.ok(text.length > 20, `the reader says something on ${name}: "${text}"`);
      if (state === 'article') {
        const shown = await popup.$eval('.qr-body', (el) => el.textContent ?? '');
        assert.ok(shown.trim().length > 0, `the article's text is shown on ${name}`);
        if (body) assert.match(shown, body);
      }
      const started = Date.now();
      assert.equal(await page.evaluate(() => document.readyState), 'complete');
      assert.ok(Date.now() - started < 2000, 'the page still answers');
      await ext.screenshot(popup, `robust-${name}-popup`);
      await popup.close();
      await page.close();
    });
  }
});

eachBrowser('pages with nothing to read', (ctx) => {
  it('says there is nothing to read when the body is empty (an unclosed <title> swallowed the markup), not a bare title', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/gen/unclosed-title'));
    const popup = await ext.openPopup(page);
    if ((await readerState(popup)) === 'not-article') {
      await popup.$eval('.qr-status button.qr-button', (b) => (b as HTMLButtonElement).click());
      await waitUntil(async () => (await readerState(popup)) !== 'not-article', 'the reader runs anyway');
    }
    assert.equal(await readerState(popup), 'no-text');
    const text = await popup.$eval('[data-state]', (el) => el.textContent?.trim() ?? '');
    assert.match(text, /found no article text or images/);
    assert.doesNotMatch(text, /committee met|<p>/, 'the swallowed markup is not shown as a title');
    await ext.screenshot(popup, 'robust-no-text-popup');
    await popup.close();
    await page.close();
  });
});

eachBrowser('frames, shadow DOM and files that are not pages', (ctx) => {
  it('reads an article rendered inside a web component (open shadow root, slotted lead)', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/shadow.html'));
    await waitUntil(async () => (await ext.badgeText(page)) === '✓', 'the toolbar badge marks the web-component article');
    const popup = await ext.openPopup(page);
    // The light DOM alone holds one paragraph: detection must read the shadow tree to call this an article.
    assert.equal(await readerState(popup), 'article');
    const body = await popup.$eval('.qr-body', (el) => el.textContent ?? '');
    assert.match(body, /first crossing of the year/, 'the slotted light-DOM lead');
    assert.match(body, /uses a third less fuel/, 'paragraphs from the shadow root');
    assert.ok(body.indexOf('first crossing') < body.indexOf('third less fuel'), 'in rendered order');
    await ext.screenshot(popup, 'robust-shadow-popup');
    await popup.close();
    await page.close();
  });

  it('reads the article of a page with frames and leaves the frames out', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/frames.html'));
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    const body = await popup.$eval('.qr-body', (el) => el.textContent ?? '');
    assert.match(body, /old railway station in May/);
    assert.match(body, /late bus on market nights/);
    assert.doesNotMatch(body, /framed|Reply/);
    assert.equal(await popup.$$eval('.qr-body iframe', (f) => f.length), 0);
    await ext.screenshot(popup, 'robust-frames-popup');
    await popup.close();
    await page.close();
  });

  for (const [path, name, says] of [['/gen/document.pdf', 'PDF', /This is a PDF file/], ['/gen/picture.png', 'image', /This tab shows an image/]] as const) {
    it(`says why there is no article in a ${name} tab`, async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url(path));
      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup), 'cannot-run');
      const text = await popup.$eval('[data-state]', (el) => el.textContent?.trim() ?? '');
      assert.match(text, says);
      await ext.screenshot(popup, `robust-${name.toLowerCase()}-popup`);
      await popup.close();
      await page.close();
    });
  }
});
