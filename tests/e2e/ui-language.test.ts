import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eachBrowser, readerState } from './harness.ts';

eachBrowser(
  'the reader in an Arabic browser',
  (ctx) => {
    it('names its controls in Arabic and mirrors its layout, while an English article stays left to right', async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url('/pages/late-comments.html'));
      const popup = await ext.openPopup(page);
      assert.equal(await readerState(popup), 'article');
      const ui = await popup.evaluate(() => {
        document.querySelector('details.qr-panel')?.setAttribute('open', '');
        const labels = [...document.querySelectorAll('.qr-control-label')].map((l) => l.textContent?.trim());
        const article = document.querySelector('.qr-article');
        return {
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          labels,
          articleDir: article ? getComputedStyle(article).direction : '',
        };
      });
      assert.equal(ui.lang, 'ar');
      assert.equal(ui.dir, 'rtl');
      assert.ok(ui.labels.includes('إخفاء التعليقات'), `labels: ${ui.labels.join(', ')}`);
      assert.ok(ui.labels.includes('حجم الخط'));
      assert.equal(ui.articleDir, 'ltr');
      await ext.screenshot(popup, 'arabic-ui-popup');
      await popup.close();
      await page.close();
    });
  },
  { uiLanguage: 'ar' },
);
