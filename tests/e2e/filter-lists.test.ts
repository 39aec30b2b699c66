import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eachBrowser, isVisible, readerState, setSwitch, sleep, switchDescription, waitUntil } from './harness.ts';
import { startServer, type TestServer } from './server.ts';

/** Ad blocks on the page that only EasyList names (see the comment in the page). */
const LIST_ADS = ['#ad-leaderboard', '.banner-ad', '.native-ad', '[data-ad-name]', '.embedded-article-ad'];

async function visibleAds(page: Parameters<typeof isVisible>[0]): Promise<string[]> {
  const shown: string[] = [];
  for (const selector of LIST_ADS) if (await isVisible(page, selector)) shown.push(selector);
  return shown;
}

/**
 * EasyList turns its generic rules off on local addresses (`@@://127.0.0.1$generichide`), an
 * exception the extension honours; the page is served from another loopback address instead.
 */
const PAGE_HOST = '127.0.0.2';

eachBrowser('ad filter lists compiled into the extension', (ctx) => {
  let lists: TestServer | undefined;
  before(async () => {
    lists = await startServer(PAGE_HOST);
  });
  after(() => lists?.close());
  const pageUrl = (): string => {
    if (!lists) throw new Error('no server');
    return lists.url('/pages/list-ads.html');
  };

  it('hides ads only the lists know, leaves them out of the reader, and shows them again when Hide ads is off', async () => {
    const { ext } = ctx();
    const page = await ext.openPage(pageUrl());
    await waitUntil(async () => (await visibleAds(page)).length === 0, 'every list-only ad is hidden', 10_000);
    assert.equal(await isVisible(page, 'article p'), true, 'the article stays');
    assert.equal(await isVisible(page, 'h1'), true, 'the title stays');
    await ext.screenshot(page, 'list-ads-hidden');

    let popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    const shown = await popup.$eval('.qr-article', (el) => el.textContent ?? '');
    assert.match(shown, /Ferry Timetable Changes for the Winter/);
    assert.match(shown, /season tickets will be cheaper/);
    assert.doesNotMatch(shown, /Winter coats at half price/, 'the list-named ad inside the article is dropped by the reader');
    await waitUntil(async () => (await switchDescription(popup, 'Hide ads')) !== '', 'the ad count arrives');
    assert.match(await switchDescription(popup, 'Hide ads'), /^5 ads$/);
    await ext.screenshot(popup, 'list-ads-popup');

    await setSwitch(popup, 'Hide ads', false);
    await waitUntil(async () => (await visibleAds(page)).length === LIST_ADS.length, 'every list-only ad shows again');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-quiet-reader-hide]').length), 0, 'no marker left');
    await ext.screenshot(page, 'list-ads-shown');
    await popup.close();

    // Back on: hidden again, without a reload.
    popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await setSwitch(popup, 'Hide ads', true);
    await waitUntil(async () => (await visibleAds(page)).length === 0, 'hidden again');
    await popup.close();
    await page.close();
  });

  it('hides a list-named ad inserted after load', async () => {
    const { ext } = ctx();
    const page = await ext.openPage(pageUrl());
    await waitUntil(async () => !(await isVisible(page, '.banner-ad')), 'the first ads are hidden', 10_000);
    await page.evaluate(() => {
      const late = document.createElement('div');
      late.className = 'ad-leaderboard-base';
      late.textContent = 'Late advert';
      document.querySelector('aside')?.append(late);
    });
    await waitUntil(async () => !(await isVisible(page, '.ad-leaderboard-base')), 'the late ad is hidden');
    await page.close();
  });

  it('honours the list exception that turns generic rules off on local addresses', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/list-ads.html'));
    // Long enough for the content script to ask the background and apply the answer.
    await sleep(1500);
    assert.deepEqual(await visibleAds(page), LIST_ADS, 'EasyList: @@://127.0.0.1$generichide');
    await page.close();
  });
});
