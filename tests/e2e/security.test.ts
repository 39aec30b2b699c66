import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eachBrowser, readerState, sleep } from './harness.ts';

eachBrowser('a hostile page', (ctx) => {
  it('renders its article in the reader without running any of its script or loading its traps', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/hostile.html'));
    const before = server.requests.filter((path) => path.startsWith('/pwned/')).length;
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    await sleep(1000);
    const body = await popup.$eval('.qr-body', (el) => el.innerHTML);
    assert.match(body, /narrow margin/);
    assert.doesNotMatch(body, /<script|<iframe|<object|<embed|<form|<input|onerror|onclick|onfocus|javascript:|srcdoc|style=/i);
    const links = await popup.$$eval('.qr-body a[href]', (as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
    for (const [target, rel] of links) {
      assert.equal(target, '_blank');
      assert.equal(rel, 'noopener noreferrer');
    }
    assert.equal(await popup.evaluate(() => 'pagePwned' in window || '__pagePwned' in window), false, 'no page script ran in the reader');
    const extensionRequests = server.requests.filter((path) => path.startsWith('/pwned/')).length - before;
    assert.equal(extensionRequests, 0, `the reader requested nothing the page planted: ${server.requests.join(', ')}`);
    // The page itself stayed responsive while we extracted.
    const started = Date.now();
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    assert.ok(Date.now() - started < 1000);
    await ext.screenshot(popup, 'hostile-popup');
    await popup.close();
    await page.close();
  });

  it('ignores messages and events that the page sends to imitate the extension', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url('/pages/hostile.html'));
    await page.evaluate(() => {
      window.postMessage({ type: 'page/extract', force: true }, '*');
      window.postMessage({ type: 'content/detected', info: { url: 'x', title: 'x', detection: { isArticle: true, score: 9, reasons: [] } } }, '*');
      document.dispatchEvent(new CustomEvent('quiet-reader', { detail: { type: 'page/get-cleaning' } }));
    });
    // The extension's own reader still works and shows the real article.
    const popup = await ext.openPopup(page);
    assert.equal(await readerState(popup), 'article');
    assert.match(await popup.$eval('h1', (h) => h.textContent ?? ''), /Local Election Results Are In/);
    await popup.close();
    await page.close();
  });
});
