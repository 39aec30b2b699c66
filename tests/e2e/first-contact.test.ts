/**
 * A person's first contact: the article tab was open before the extension was installed, and tabs stay
 * open while it is updated or reloaded. Chromium injects no declared content script into such tabs (and
 * cuts the old one off at an update); Firefox injects into open tabs at install. Either way the toolbar
 * button must read the page, the comment toggle must act on it, and no old copy may keep hiding.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { eachBrowser, isVisible, readerState, setSwitch, sleep, waitUntil } from './harness.ts';
import { SLOW_MS } from './server.ts';

const ARTICLE = '/pages/late-comments.html';
const TITLE = 'City Council Approves Bike Lanes on Main Street';

/** What the content scripts have put on the page: stylesheets, and markers by kind. */
function hidingOn(page: Page): Promise<{ styles: number; comments: number; ads: number }> {
  return page.evaluate(() => ({
    styles: document.querySelectorAll('style#quiet-reader-hide-style').length,
    comments: document.querySelectorAll('[data-quiet-reader-hide="comments"]').length,
    ads: document.querySelectorAll('[data-quiet-reader-hide="ads"]').length,
  }));
}

/** Adds a comment section as a widget would, after everything else ran. */
function addLateSection(page: Page, id: string): Promise<void> {
  return page.evaluate((sectionId: string) => {
    const section = document.createElement('section');
    section.id = sectionId;
    section.className = 'comments';
    section.innerHTML = '<h2>2 Comments</h2><ol><li>Late comment one</li><li>Late comment two</li></ol>';
    document.querySelector('main')?.append(section);
  }, id);
}

eachBrowser(
  'first contact: tabs that were open before the install or an update',
  (ctx) => {
    it('reads a tab opened before the install, and Hide comments acts on that page', async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url(ARTICLE));
      await waitUntil(() => isVisible(page, '#disqus_thread'), 'the late thread arrives');
      assert.equal(await isVisible(page, '#comments'), true, 'nothing hides comments before the install');

      await ext.install();
      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup), 'article', 'the popup reads the tab that was already open');
      assert.equal(await popup.$eval('h1', (h) => h.textContent?.trim()), TITLE);
      assert.doesNotMatch(await popup.$eval('[data-state]', (el) => el.textContent ?? ''), /can.t run/i);
      await waitUntil(async () => !(await isVisible(page, '#comments')), 'comments are hidden on the open tab');
      assert.equal(await isVisible(page, '#disqus_thread'), false, 'the late thread is hidden too');
      assert.equal((await hidingOn(page)).styles, 1);
      await ext.screenshot(popup, 'first-contact-preinstalled-popup');
      await ext.screenshot(page, 'first-contact-preinstalled-page');

      await setSwitch(popup, 'Hide comments', false);
      await waitUntil(() => isVisible(page, '#comments'), 'comments show again when Hide comments is off');
      await setSwitch(popup, 'Hide comments', true);
      await waitUntil(async () => !(await isVisible(page, '#comments')), 'and hide again when it is on');
      await popup.close();
      await page.close();
    });

    it('after an update or reload of the extension, the same tab is read and hidden by one copy only', async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url(ARTICLE));
      await waitUntil(async () => !(await isVisible(page, '#disqus_thread')) && (await page.$('#disqus_thread')) !== null, 'the late thread is hidden');

      await ext.install(); // the same extension again: an update, as an open tab sees it
      if (ext.kind === 'chromium') {
        // Chromium cuts the old copy off and injects no new one: the old copy notices and gives the page back.
        await waitUntil(async () => (await hidingOn(page)).styles === 0, 'the cut-off copy removes its stylesheet', 4000);
        assert.deepEqual(await hidingOn(page), { styles: 0, comments: 0, ads: 0 }, 'and every marker');
        assert.equal(await isVisible(page, '#comments'), true);
      } else {
        // Firefox injects the new copy into open tabs; it clears what the frozen old one left and hides again.
        await waitUntil(async () => (await hidingOn(page)).comments > 0, 'the new copy hides the comments');
      }

      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup), 'article');
      assert.equal(await popup.$eval('h1', (h) => h.textContent?.trim()), TITLE);
      await waitUntil(async () => !(await isVisible(page, '#comments')), 'the new copy hides the comments');
      const hidden = await hidingOn(page);
      assert.equal(hidden.styles, 1, 'one stylesheet');
      assert.ok(hidden.comments >= 2, `the comment section and the late thread are marked once each (${JSON.stringify(hidden)})`);
      await waitUntil(
        () => popup.evaluate(() => /2 comment sections/.test(document.body.textContent ?? '')).catch(() => false),
        'the popup counts the two comment sections',
      );
      await ext.screenshot(popup, 'first-contact-updated-popup');

      await setSwitch(popup, 'Hide comments', false);
      await waitUntil(() => isVisible(page, '#comments'), 'comments show again when Hide comments is off');
      assert.equal(await isVisible(page, '#disqus_thread'), true);
      // An old copy still observing the page would hide a section that arrives now.
      await addLateSection(page, 'later-comments');
      await sleep(1200);
      assert.equal(await isVisible(page, '#later-comments'), true, 'no old observer hides what arrives later');
      assert.equal((await hidingOn(page)).comments, 0);

      await setSwitch(popup, 'Hide comments', true);
      await waitUntil(async () => !(await isVisible(page, '#later-comments')), 'the live copy hides it once the toggle is on');
      assert.equal((await hidingOn(page)).styles, 1, 'still one stylesheet');
      await ext.screenshot(page, 'first-contact-updated-page');
      await popup.close();
      await page.close();
    });

    it('a full-tab reader for a page nobody clicked on says how to read it (Chromium), or reads it (Firefox)', async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url('/pages/simple-article.html'));
      // Opened by address, not from the popup: Chromium has granted no access to that tab (activeTab comes
      // with a click on the toolbar button); Firefox has it from the content script's host access.
      const reader = await ext.openExtensionPage(`/src/reader/index.html?tab=${await ext.tabIdOf(page)}`);
      const state = await readerState(reader);
      const text = await reader.$eval('[data-state]', (el) => el.textContent ?? '');
      if (ext.kind === 'chromium') {
        assert.equal(state, 'cannot-run');
        assert.match(text, /click its button in the toolbar/);
        assert.doesNotMatch(text, /can.t run on this page/i, 'an ordinary web page is not called off limits');
      } else {
        assert.equal(state, 'article');
      }
      await ext.screenshot(reader, 'first-contact-reader-tab-unclicked');
      await reader.close();
      await page.close();
    });

    it('reads a tab that is still loading when the person clicks, once it has loaded', async () => {
      const { ext, server } = ctx();
      const page = await ext.browser.newPage();
      const loaded = page.goto(server.url('/slow/simple-article.html'), { waitUntil: 'load', timeout: 20_000 }).catch(() => null);
      await waitUntil(
        () => page.evaluate(() => document.readyState === 'loading' && document.querySelector('h1') !== null).catch(() => false),
        'the page is visible but still loading',
      );
      const clickedAt = Date.now();
      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup, 20_000), 'article');
      assert.equal(await popup.$eval('h1', (h) => h.textContent?.trim()), 'Harbour Town Opens Its New Library');
      assert.ok(Date.now() - clickedAt < SLOW_MS + 8000, 'the reader answers soon after the page has loaded');
      await loaded;
      await popup.close();
      await page.close();
    });
  },
  { installLater: true },
);
