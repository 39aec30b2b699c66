import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { eachBrowser, findSwitch, readerState, sleep, switchDescription, waitUntil } from './harness.ts';

/** Where the top bar's parts sit, in CSS pixels from the reader's left edge. */
async function topBar(reader: Page) {
  // No named helper functions inside evaluate(): the test runner's transpiler would wrap them.
  return reader.evaluate(() => {
    const bar = document.querySelector('.qr-toggles');
    const buttons = [...document.querySelectorAll('.qr-actions button')];
    const [barBox, firstSwitch, firstScope, firstButton, lastButton, title] = [
      bar, bar?.querySelector('input'), bar?.querySelector('select'), buttons[0], buttons.at(-1), document.querySelector('.qr-article h1'),
    ].map((el) => el?.getBoundingClientRect()).map((r) => (r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null));
    return { bar: barBox, firstSwitch, firstScope, firstButton, lastButton, title };
  });
}

eachBrowser(
  'the reader in an Arabic browser',
  (ctx) => {
    it('names its controls in Arabic and mirrors its layout, while an English article stays left to right', async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url('/pages/late-comments.html'));
      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup), 'article');
      // The toggles, by their Arabic accessible names, with nothing opened first.
      await findSwitch(popup, 'إخفاء التعليقات');
      await findSwitch(popup, 'إخفاء الإعلانات');
      const ui = await popup.evaluate(() => {
        const labels = [...document.querySelectorAll('.qr-control-label, .qr-switch-label')].map((l) => l.textContent?.trim());
        const article = document.querySelector('.qr-article');
        return {
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          labels,
          buttons: [...document.querySelectorAll('.qr-actions button')].map((b) => b.textContent?.trim()),
          articleDir: article ? getComputedStyle(article).direction : '',
        };
      });
      assert.equal(ui.lang, 'ar');
      assert.equal(ui.dir, 'rtl');
      assert.ok(ui.labels.includes('إخفاء التعليقات'), `labels: ${ui.labels.join(', ')}`);
      assert.ok(ui.labels.includes('حجم الخط'));
      assert.deepEqual(ui.buttons, ['فتح في علامة تبويب', 'إعدادات القراءة']);
      assert.equal(ui.articleDir, 'ltr');
      // The count in Arabic plural forms.
      await waitUntil(async () => (await switchDescription(popup, 'إخفاء الإعلانات')) !== '', 'the counts arrive');
      assert.match(await switchDescription(popup, 'إخفاء الإعلانات'), /إعلانات$/, '3 ads: the Arabic "few" form');
      assert.match(await switchDescription(popup, 'إخفاء التعليقات'), /^(قسم تعليقات واحد|قسما تعليقات)$/);

      // At the top, and mirrored: the bar's first control (Hide comments) at its right edge, its scope
      // menu to its left; Open in tab (first) on the right, Reader settings (last) on the left.
      const bar = await topBar(popup);
      if (!bar.bar || !bar.firstSwitch || !bar.firstScope || !bar.firstButton || !bar.lastButton || !bar.title) {
        throw new Error(`missing part of the top bar: ${JSON.stringify(bar)}`);
      }
      assert.ok(bar.bar.top < 40 && bar.bar.bottom < bar.title.top, 'the toggles are at the top, before the article');
      assert.ok(bar.bar.right - bar.firstSwitch.right < 24, `the first switch sits at the right edge (${JSON.stringify(bar)})`);
      assert.ok(bar.firstScope.right < bar.firstSwitch.left, 'its scope menu is to its left');
      assert.ok(bar.lastButton.right < bar.firstButton.left, 'Reader settings is left of Open in tab');
      await ext.screenshot(popup, 'arabic-ui-popup');

      // The same in the dark theme, with Reader settings open.
      await popup.evaluate(() => {
        (document.querySelector('.qr-actions button[aria-expanded]') as HTMLButtonElement).click();
        const theme = [...document.querySelectorAll<HTMLSelectElement>('.qr-settings select')].at(-1);
        if (!theme) throw new Error('no theme menu');
        theme.value = 'dark';
        theme.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await sleep(300);
      await ext.screenshot(popup, 'arabic-ui-popup-dark-settings');
      await popup.close();

      // The full-tab reader: the same bar, mirrored, without Open in tab.
      const tab = await ext.openExtensionPage(`/src/reader/index.html?tab=${await ext.tabIdOf(page)}`);
      assert.equal(await readerState(tab), 'article');
      await tab.setViewport({ width: 1100, height: 900 });
      await sleep(300);
      const tabBar = await topBar(tab);
      if (!tabBar.bar || !tabBar.firstSwitch || !tabBar.firstButton) throw new Error('no top bar in the tab');
      assert.ok(tabBar.bar.right - tabBar.firstSwitch.right < 24, 'the first switch sits at the right edge in the tab too');
      assert.deepEqual(await tab.$$eval('.qr-actions button', (all) => all.map((b) => b.textContent?.trim())), ['إعدادات القراءة']);
      await ext.screenshot(tab, 'arabic-ui-reader-tab-dark');
      await tab.close();
      await page.close();
    });
  },
  { uiLanguage: 'ar' },
);
