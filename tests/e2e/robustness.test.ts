import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eachBrowser, readerState } from './harness.ts';

/** Every strange page ends in a state that says something: never loading forever, never blank. */
const CASES: Array<{ path: string; name: string; expect: string[] }> = [
  { path: '/gen/empty', name: 'empty', expect: ['not-article'] },
  { path: '/gen/plain', name: 'plain-text', expect: ['not-article', 'article'] },
  { path: '/gen/not-html', name: 'not-html', expect: ['not-article'] },
  { path: '/gen/deep', name: 'deep-dom', expect: ['article'] },
  { path: '/gen/huge', name: 'huge', expect: ['article'] },
  { path: '/gen/prototypes', name: 'broken-prototypes', expect: ['article'] },
];

eachBrowser('strange and huge pages', (ctx) => {
  for (const { path, name, expect } of CASES) {
    it(`gives a clear outcome on a ${name} page and keeps the page responsive`, async () => {
      const { ext, server } = ctx();
      const page = await ext.openPage(server.url(path));
      const popup = await ext.openPopup(page);
      const state = await readerState(popup);
      assert.ok(expect.includes(state), `state ${state} on ${name}`);
      const text = await popup.$eval('[data-state]', (el) => el.textContent?.trim() ?? '');
      assert.ok(text.length > 20, `the reader says something on ${name}: "${text}"`);
      const started = Date.now();
      assert.equal(await page.evaluate(() => document.readyState), 'complete');
      assert.ok(Date.now() - started < 2000, 'the page still answers');
      await ext.screenshot(popup, `robust-${name}-popup`);
      await popup.close();
      await page.close();
    });
  }
});
