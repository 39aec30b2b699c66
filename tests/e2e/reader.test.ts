import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { eachBrowser, findSwitch, isVisible, readerState, setSwitch, sleep, switchDescription, switchState, waitUntil } from './harness.ts';

eachBrowser('reader and page cleaning on an English news page', (ctx) => {
  it('shows the article without comments, and hides ads and a late comment thread on the page', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/late-comments.html'));
    await waitUntil(() => page.evaluate(() => document.getElementById('disqus_thread') !== null), 'the late thread arrives');
    await waitUntil(async () => !(await isVisible(page, '#disqus_thread')), 'the late thread is hidden');
    assert.equal(await isVisible(page, '#comments'), false, 'the comment section is hidden');
    assert.equal(await isVisible(page, '#div-gpt-ad-top'), false, 'the top ad is hidden');
    assert.equal(await isVisible(page, '.advertisement'), false, 'the sidebar ad is hidden');
    assert.equal(await isVisible(page, 'article p'), true, 'the article stays');
    await ext.screenshot(page, 'english-page-cleaned');

    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    const shown = await popup.$eval('.qr-article', (el) => el.textContent ?? '');
    assert.match(shown, /City Council Approves Bike Lanes on Main Street/);
    assert.match(shown, /report back within a year/);
    assert.doesNotMatch(shown, /Finally! I have been waiting|ADVERTISEMENT|Most read/);
    // Each toggle says what it hid on the page.
    await waitUntil(async () => (await switchDescription(popup, 'Hide ads')) !== '', 'the counts arrive');
    assert.match(await switchDescription(popup, 'Hide comments'), /^[12] comment sections?$/);
    assert.equal(await switchDescription(popup, 'Hide ads'), '3 ads');
    await ext.screenshot(popup, 'english-popup');
    await popup.close();
    await page.close();
  });

  it('opens with Hide comments and Hide ads at its top, which work at once without opening any panel', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/late-comments.html'));
    const popup = await ext.openPopup(page);
    // Found by accessible name, as a screen reader finds them (see switchSelector), and clicked for real.
    const comments = await findSwitch(popup, 'Hide comments');
    const ads = await findSwitch(popup, 'Hide ads');
    assert.equal(await readerState(popup), 'article');
    const layout = await popup.evaluate(() => {
      return {
        bar: document.querySelector('.qr-toggles')?.getBoundingClientRect().toJSON() as DOMRect,
        title: document.querySelector('.qr-article h1')?.getBoundingClientRect().top ?? NaN,
        settingsOpen: document.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded'),
        openDetails: document.querySelectorAll('details[open]').length,
      };
    });
    assert.equal(layout.settingsOpen, 'false', 'Reader settings stays closed');
    assert.equal(layout.openDetails, 0, 'no panel is open');
    assert.ok(layout.bar.top < 40, `the toggles are at the top (${layout.bar.top}px)`);
    assert.ok(layout.bar.height < 90, `the toggle bar is compact (${layout.bar.height}px)`);
    assert.ok(layout.bar.bottom < layout.title, 'the toggles come before the article');
    for (const handle of [comments, ads]) {
      const box = await handle.boundingBox();
      assert.ok(box && box.y >= layout.bar.top && box.y + box.height <= layout.bar.bottom, 'each switch is inside the bar, on screen');
    }

    await comments.click();
    await waitUntil(() => isVisible(page, '#comments'), 'the comment section shows on the page');
    assert.equal(await switchState(popup, 'Hide comments'), false);
    assert.equal(await isVisible(page, '#div-gpt-ad-top'), false, 'ads stay hidden');
    await waitUntil(async () => (await switchDescription(popup, 'Hide comments')) === '', 'an off switch claims nothing');
    await comments.click();
    await waitUntil(async () => !(await isVisible(page, '#comments')), 'the comment section is hidden again');
    await waitUntil(async () => /comment section/.test(await switchDescription(popup, 'Hide comments')), 'the count comes back');

    await ads.click();
    await waitUntil(() => isVisible(page, '#div-gpt-ad-top'), 'the ads show on the page');
    assert.equal(await isVisible(page, '#comments'), false, 'comments stay hidden');
    await ads.click();
    await waitUntil(async () => !(await isVisible(page, '#div-gpt-ad-top')), 'the ads are hidden again');
    await waitUntil(async () => (await switchDescription(popup, 'Hide ads')) === '3 ads', 'the ad count comes back');
    await popup.close();
    await page.close();
  });

  it('shows comments on the page and in the reader when Hide comments is off, and remembers it', async () => {
    const { ext, server } = ctx();
    const url = server.url('/pages/late-comments.html');
    const page = await ext.openPage(url);
    let popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await setSwitch(popup, 'Hide comments', false);
    await waitUntil(() => isVisible(page, '#comments'), 'the comment section shows again');
    await waitUntil(() => isVisible(page, '#disqus_thread'), 'the late thread shows again');
    assert.equal(await isVisible(page, '#div-gpt-ad-top'), false, 'ads stay hidden');
    await popup.close();

    // The reader now shows the comments under their own heading. The late thread sits outside the
    // article region, so it comes in the reader's second request, after the article is painted.
    popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await waitUntil(
      () => popup.evaluate(() => document.querySelector('.qr-comments') !== null).catch(() => false),
      'the reader shows the comments',
    );
    const comments = await popup.$eval('.qr-comments', (el) => el.textContent ?? '');
    assert.match(comments, /Where are my customers supposed to park now\?/);
    await popup.$eval('.qr-comments', (el) => el.scrollIntoView());
    await ext.screenshot(popup, 'english-popup-comments-shown');
    await ext.screenshot(page, 'english-page-comments-shown');
    await popup.close();

    // The choice survives a reload.
    await page.reload({ waitUntil: 'load' });
    await sleep(1500);
    assert.equal(await isVisible(page, '#comments'), true, 'comments still shown after reload');
    assert.equal(await isVisible(page, '#disqus_thread'), true, 'late thread still shown after reload');
    popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    assert.equal(await switchState(popup, 'Hide comments'), false);
    await setSwitch(popup, 'Hide comments', true);
    await waitUntil(async () => !(await isVisible(page, '#comments')), 'comments hidden again');
    await popup.close();
    await page.close();
  });

  it('says a listing page is not an article, and offers the reader anyway', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/listing.html'));
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'not-article');
    assert.equal(await popup.$eval('.qr-status button.qr-button', (b) => b.textContent?.trim()), 'Show reader anyway');
    await ext.screenshot(popup, 'listing-popup');
    await popup.$eval('.qr-status button.qr-button', (b) => (b as HTMLButtonElement).click());
    assert.equal(await readerState(popup), 'article');
    await popup.close();
    await page.close();
  });

  it('opens the same reader in a full tab', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/late-comments.html'));
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Open in tab');
      if (!button) throw new Error('no Open in tab button');
      button.click();
    });
    let tab: Page | undefined;
    await waitUntil(async () => {
      // Firefox reports extension pages as about:blank to the driver: ask each page where it is.
      for (const candidate of await ext.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(ext.origin + '/src/reader/index.html?tab=')) tab = candidate;
      }
      return tab !== undefined;
    }, 'the reader tab opens');
    if (!tab) throw new Error('no reader tab');
    assert.equal(await readerState(tab), 'article');
    assert.equal(await tab.$eval('h1', (h) => h.textContent?.trim()), 'City Council Approves Bike Lanes on Main Street');
    // The same top bar, without Open in tab (it is a tab already) nor the pick buttons (the page is in another tab).
    assert.equal(await switchState(tab, 'Hide comments'), true);
    assert.equal(await switchState(tab, 'Hide ads'), true);
    const buttons = await tab.$$eval('.qr-app button', (all) => all.map((b) => b.textContent?.trim()));
    assert.deepEqual(buttons, ['What was hidden on this page', 'Manage picks', 'Reader settings']);
    await tab.setViewport({ width: 1100, height: 900 });
    await ext.screenshot(tab, 'english-reader-tab');
    await tab.close();
    await page.close();
  });

  it('keeps typography and theme choices, and every control is reachable by keyboard with a visible focus', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/simple-article.html'));
    let popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    // No named helper functions inside evaluate(): the test runner's transpiler would wrap them.
    await popup.evaluate(() => {
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Reader settings')?.click();
      for (const [name, value, event] of [['Theme', 'dark', 'change'], ['Font', 'sans', 'change'], ['Font size', '22', 'input']]) {
        const el = [...document.querySelectorAll('label')]
          .find((l) => l.querySelector('.qr-control-label')?.textContent?.trim() === name)
          ?.querySelector('select, input') as HTMLInputElement | HTMLSelectElement;
        el.value = value as string;
        el.dispatchEvent(new Event(event as string, { bubbles: true }));
      }
    });
    await sleep(300);
    await ext.screenshot(popup, 'theme-dark-popup');
    await popup.close();

    popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    const look = await popup.$eval('.qr-root', (root) => ({
      theme: root.getAttribute('data-theme'),
      font: root.getAttribute('data-font'),
      size: getComputedStyle(root.querySelector('.qr-body p') ?? root).fontSize,
      background: getComputedStyle(root).backgroundColor,
    }));
    assert.deepEqual({ theme: look.theme, font: look.font, size: look.size }, { theme: 'dark', font: 'sans', size: '22px' });
    assert.notEqual(look.background, 'rgb(255, 255, 255)');
    await ext.screenshot(popup, 'english-popup-dark');

    // Walk the controls with the Tab key: the toggles, the picks, Open in tab, Reader settings (opened from
    // the keyboard), its controls; each gets focus, and focus is visible.
    const order: string[] = [];
    for (let i = 0; i < 24 && !order.includes('Theme'); i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // Controls only: Firefox also stops on the scrolling box itself, to scroll it.
        if (!el || !el.matches('input, select, button, summary, a')) return null;
        // The label's own text (visually hidden for the scope menus), else the button's text.
        const name = el.closest('label')?.querySelector('span')?.textContent?.trim() ?? el.textContent?.trim() ?? '';
        const style = getComputedStyle(el);
        // Where the driver's key presses do not count as keyboard use (:focus-visible unmatched,
        // seen in Firefox after a tab closes), the browser itself draws no ring: nothing to check.
        const ring = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
        return { name, visible: ring || !el.matches(':focus-visible'), expanded: el.getAttribute('aria-expanded') };
      });
      if (!focus?.name) continue;
      assert.ok(focus.visible, `focus is visible on ${focus.name}`);
      if (order.at(-1) !== focus.name) order.push(focus.name);
      if (focus.name === 'Reader settings' && focus.expanded === 'false') {
        await popup.keyboard.press('Enter');
        await sleep(100);
      }
    }
    assert.deepEqual(order.slice(0, 15), [
      'Hide comments', 'Where to hide comments', 'Hide ads', 'Where to hide ads',
      'Pick something to hide', 'Pick the article', 'What was hidden on this page', 'Manage picks',
      'Open in tab', 'Reader settings', 'Font size', 'Font', 'Line height', 'Width', 'Theme',
    ]);
    // The article follows the controls: nothing of the reader comes before the toggles.
    const firstAfter = await popup.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('.qr-app input, .qr-app select, .qr-app button, .qr-app a[href]')];
      const bar = document.querySelector('.qr-toggles');
      return focusable.findIndex((el) => bar?.contains(el));
    });
    assert.equal(firstAfter, 0, 'the first focusable control of the reader is in the toggle bar');
    await ext.screenshot(popup, 'keyboard-reader-settings-open');
    await popup.close();
    await page.close();
  });
});
