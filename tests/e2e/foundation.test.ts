import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eachBrowser, readerState, waitUntil } from './harness.ts';

eachBrowser('the built extension', (ctx) => {
  it('shows the article title of a local page in the popup', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/simple-article.html'));
    // The content script tells the background, which marks the toolbar icon for this tab.
    await waitUntil(async () => (await ext.badgeText(page)) === '✓', 'the toolbar badge marks the article');
    const requestsBefore = server.requests.length;
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await waitUntil(
      () => popup.evaluate(() => [...document.images].every((img) => img.complete)).catch(() => false),
      'the article images finish loading',
    );
    // The extension itself fetches nothing but the article's own images.
    const fetched = server.requests.slice(requestsBefore);
    assert.ok(fetched.every((path) => path === '/pages/library.svg'), `extension requests: ${fetched.join(', ')}`);
    const title = await popup.$eval('h1', (h1) => h1.textContent?.trim());
    assert.equal(title, 'Harbour Town Opens Its New Library');
    await ext.screenshot(page, 'foundation-page');
    await ext.screenshot(popup, 'foundation-popup');
    await popup.close();
    await page.close();
  });

  it('leaves the toolbar icon plain on a page that is not an article', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/listing.html'));
    await new Promise((done) => setTimeout(done, 1500));
    assert.equal(await ext.badgeText(page), '');
    await page.close();
  });

  it('detects again when a single-page site changes its URL in place', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/spa.html'));
    await new Promise((done) => setTimeout(done, 1500));
    assert.equal(await ext.badgeText(page), '', 'the front page is not an article');
    await page.click('#open-story');
    await waitUntil(async () => (await ext.badgeText(page)) === '✓', 'the story in place is marked as an article');
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    assert.equal(await popup.$eval('h1', (h) => h.textContent?.trim()), 'Ferry Service to the Islands Returns');
    await popup.close();
    await page.close();
  });

  it('explains why it cannot run on a browser page', async () => {
    const { ext } = ctx();
    const internal = ext.kind === 'chromium' ? 'chrome://extensions/' : 'about:addons';
    const page = await ext.browser.newPage();
    // Browser pages may never report a finished load to the driver: do not wait for one.
    await page.goto(internal, { timeout: 3000 }).catch(() => undefined);
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'cannot-run');
    const text = await popup.$eval('[data-state]', (el) => el.textContent ?? '');
    assert.match(text, /can.t run|cannot run|can.t read/i);
    await ext.screenshot(popup, 'foundation-restricted-popup');
    await popup.close();
    await page.close();
  });

  it('says why it cannot read a view-source tab, and not that the person should open it from the page', async () => {
    const { ext, server } = ctx();
    const page = await ext.browser.newPage();
    await page.goto(`view-source:${server.url('/pages/simple-article.html')}`, { timeout: 5000 }).catch(() => undefined);
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'cannot-run');
    const text = await popup.$eval('[data-state]', (el) => el.textContent ?? '');
    // Firefox and Chrome hide a source view's URL from an extension without the tabs permission.
    assert.match(text, /source/i);
    assert.doesNotMatch(text, /click its button/i);
    await ext.screenshot(popup, 'foundation-view-source-popup');
    await popup.close();
    await page.close();
  });
});
