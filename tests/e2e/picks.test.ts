/**
 * Issue 17: when Quiet Reader gets a site wrong, the reader fixes it in two clicks, and it stays fixed on
 * that site. In Chromium and Firefox, from the popup: a comment section no rule knows is picked (with the
 * mouse, and with the keyboard on another page of the site) and hidden, counted, left out of the reader,
 * after reloads and on the site's other pages; a block a rule wrongly hides comes back with "Not a comment
 * section on this site", on the page and in the reader, and stays back; the article's container picked on a
 * page where extraction reads the wrong block is what the reader shows there and on the site's pages of
 * the same path shape. All pages are served from 127.0.0.1: one site, whose picks the tests share, in order.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { eachBrowser, isVisible, readerState, setSwitch, sleep, switchDescription, waitUntil } from './harness.ts';

const TALK = '/pages/picks-talk.html';
const TALK_2 = '/pages/picks-talk-2.html';
const KEEP = '/pages/picks-keep.html';
const REGION = '/pages/picks-region.html';
const REGION_2 = '/pages/picks-region-2.html';

function button(name: string): string {
  return `::-p-aria([name="${name}"][role="button"])`;
}

async function readerText(popup: Page): Promise<string> {
  assert.equal(await readerState(popup), 'article');
  return popup.$eval('.qr-article', (el) => el.textContent ?? '');
}

function pickerOn(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('quiet-reader-picker') !== null).catch(() => false);
}

function marker(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (el) => el.getAttribute('data-quiet-reader-hide'));
}

/** Opens the popup for `page`, presses one of its pick buttons, and waits for the picker on the page. */
async function startPicking(ext: ExtensionBrowser, page: Page, name: string, screenshot?: string): Promise<void> {
  const popup = await ext.openPopup(page);
  await readerState(popup);
  if (screenshot) await ext.screenshot(popup, screenshot);
  await popup.locator(button(name)).click();
  // The popup closes itself (Chromium's toolbar popup); Firefox's stands in a tab, closed here.
  await sleep(300);
  if (!popup.isClosed()) await popup.close().catch(() => undefined);
  await page.bringToFront();
  await waitUntil(() => pickerOn(page), 'the picker is on the page');
}

const PROMPT = ['Hide as a comment section', 'Hide as an ad', 'Cancel'];

/**
 * Presses a button of the in-page prompt. In Chromium by its accessible name (the accessibility tree reaches
 * into the closed shadow root, as assistive technology does); Firefox's WebDriver BiDi locator does not
 * reach into closed shadow roots, so there the keyboard does it: focus starts on the first button.
 */
async function pressPrompt(ext: ExtensionBrowser, page: Page, name: string): Promise<void> {
  if (ext.kind === 'chromium') {
    for (const other of PROMPT) await page.locator(button(other)).wait();
    await page.locator(button(name)).click();
    return;
  }
  await sleep(300);
  for (let i = 0; i < PROMPT.indexOf(name); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** The middle of the padding at the top-left corner of the element: the element itself, not a child. */
async function cornerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + 6, y: r.top + 6 };
  });
}

eachBrowser('picks: fixing what Quiet Reader gets wrong on a site', (ctx) => {
  it('hides a comment section no rule knows, picked with the mouse: counted, out of the reader, after a reload and on another page', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url(TALK));
    await sleep(500);
    assert.equal(await isVisible(page, '.reader-voices'), true, 'no rule hides the readers\' voices');
    const before = await ext.openPopup(page);
    assert.match(await readerText(before), /Morag/, 'the reader shows them too, before the pick');
    await before.close();

    await startPicking(ext, page, 'Pick something to hide', 'picks-popup-en');
    const corner = await cornerOf(page, '.reader-voices');
    await page.mouse.move(corner.x, corner.y);
    await sleep(200);
    await ext.screenshot(page, 'picks-picking-hover');
    await page.mouse.click(corner.x, corner.y);
    await sleep(300);
    await ext.screenshot(page, 'picks-picking-prompt');
    await pressPrompt(ext, page, 'Hide as a comment section');
    await waitUntil(async () => !(await isVisible(page, '.reader-voices')), 'the picked section is hidden at once');
    assert.equal(await marker(page, '.reader-voices'), 'comments');
    await waitUntil(async () => !(await pickerOn(page)), 'the picker leaves nothing on the page', 1000);
    assert.equal(await isVisible(page, 'article h1'), true, 'the article stays');

    let popup = await ext.openPopup(page);
    assert.doesNotMatch(await readerText(popup), /Morag|Voices from our readers/, 'absent from the reader');
    await waitUntil(async () => (await switchDescription(popup, 'Hide comments')) !== '', 'the count arrives');
    assert.equal(await switchDescription(popup, 'Hide comments'), '1 comment section');
    await ext.screenshot(popup, 'picks-after-hide-popup');
    await popup.close();

    await page.reload({ waitUntil: 'load' });
    await waitUntil(async () => (await page.$('.reader-voices[data-quiet-reader-hide="comments"]')) !== null, 'still hidden after a reload');
    assert.equal(await isVisible(page, '.reader-voices'), false);

    const second = await ext.openPage(server.url(TALK_2));
    await waitUntil(async () => !(await isVisible(second, '.reader-voices')), 'hidden on another page of the site');
    assert.equal(await isVisible(second, '.guest-book'), true, 'and nothing else');
    popup = await ext.openPopup(second);
    assert.doesNotMatch(await readerText(popup), /Ewan|Kirsty/);
    await popup.close();
    await second.close();
    await page.close();
  });

  it('picks with the keyboard: arrows move to the parent, Enter picks, the prompt takes the keys; Escape leaves no trace', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url(TALK_2));
    await waitUntil(async () => !(await isVisible(page, '.reader-voices')), 'the earlier pick applies');

    // Escape cancels, and removes every trace.
    await startPicking(ext, page, 'Pick something to hide');
    await page.keyboard.press('ArrowDown');
    // The page's own script cannot drive the picker: its events are not trusted.
    await page.evaluate(() => {
      const book = document.querySelector('.guest-book');
      book?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
      book?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await sleep(300);
    assert.equal(await pickerOn(page), true, 'the page\'s Escape did not end it');
    assert.equal(await isVisible(page, '.guest-book'), true, 'the page\'s click picked nothing');
    await page.keyboard.press('Escape');
    await waitUntil(async () => !(await pickerOn(page)), 'Escape removes the picker');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-quiet-reader-peek]').length), 0);

    await startPicking(ext, page, 'Pick something to hide');
    const entry = await page.$eval('.guest-book .entry p', (el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(entry.x, entry.y); // the outline starts on a comment's paragraph
    await page.keyboard.press('ArrowUp'); // its entry
    await page.keyboard.press('ArrowUp'); // the guest book
    await page.keyboard.press('ArrowLeft'); // the rule before it (the hidden voices are passed over)
    await page.keyboard.press('ArrowRight'); // back to the guest book
    await sleep(200);
    await ext.screenshot(page, 'picks-picking-keyboard');
    await page.keyboard.press('Enter');
    if (ext.kind === 'chromium') await page.locator(button('Hide as a comment section')).wait();
    else await sleep(300);
    // Focus is on the prompt's first button.
    await page.keyboard.press('Enter');
    await waitUntil(async () => !(await isVisible(page, '.guest-book')), 'the guest book is hidden');
    assert.equal(await marker(page, '.guest-book'), 'comments');
    const popup = await ext.openPopup(page);
    assert.doesNotMatch(await readerText(popup), /Alasdair|Guest book/);
    await waitUntil(async () => (await switchDescription(popup, 'Hide comments')) !== '', 'the count arrives');
    assert.equal(await switchDescription(popup, 'Hide comments'), '2 comment sections');
    await popup.close();
    await page.close();
  });

  it('"Not a comment section on this site" brings back a block a rule hid, on the page and in the reader, after reloads too', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url(KEEP));
    await waitUntil(async () => !(await isVisible(page, '.explainer')), 'the rule hides the misnamed box');
    let popup = await ext.openPopup(page);
    assert.doesNotMatch(await readerText(popup), /small metal tag/, 'and the reader leaves it out');

    await popup.locator(button('What was hidden on this page')).click();
    await popup.waitForSelector('.qr-hidden-item');
    const items = await popup.$$eval('.qr-hidden-item', (els) => els.map((el) => el.textContent ?? ''));
    assert.equal(items.length, 1, items.join(' | '));
    assert.match(items[0]!, /^Comment section.*Each tree gets a small metal tag/);
    await popup.hover('.qr-hidden-item');
    await waitUntil(() => isVisible(page, '.explainer'), 'hovering the row shows the block on the page');
    assert.equal(await pickerOn(page), true, 'outlined');
    await ext.screenshot(popup, 'picks-hidden-list-en');
    await ext.screenshot(page, 'picks-hidden-peek');
    await popup.hover('h1');
    await waitUntil(async () => !(await isVisible(page, '.explainer')), 'leaving the row puts it back');
    assert.equal(await pickerOn(page), false, 'and removes the outline');

    await popup.locator(button('Not a comment section on this site')).click();
    await waitUntil(() => isVisible(page, '.explainer'), 'the block comes back on the page at once');
    assert.equal(await marker(page, '.explainer'), null);
    await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.qr-hidden-item').length === 0), 'the list no longer holds it');
    assert.match(await popup.$eval('.qr-hidden-list', (el) => el.textContent ?? ''), /Nothing is hidden on this page/);
    assert.equal(await popup.evaluate(() => document.activeElement?.textContent?.trim()), 'What was hidden on this page', 'focus returns to the list\'s button');
    assert.equal(await switchDescription(popup, 'Hide comments'), 'none found', 'and the count follows');
    await popup.close();
    popup = await ext.openPopup(page);
    assert.match(await readerText(popup), /Each tree gets a small metal tag.*report a broken branch/s, 'and in the reader');
    await popup.close();

    await page.reload({ waitUntil: 'load' });
    await sleep(1500);
    assert.equal(await isVisible(page, '.explainer'), true, 'still back after a reload');
    popup = await ext.openPopup(page);
    assert.match(await readerText(popup), /small metal tag/);
    await popup.close();
    await page.close();
  });

  it('the picked article container is what the reader reads, here and on the site\'s pages of the same path shape', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url(REGION));
    let popup = await ext.openPopup(page);
    let text = await readerText(popup);
    assert.match(text, /Storm closes the harbour road/, 'extraction reads the digest');
    await popup.close();

    await startPicking(ext, page, 'Pick the article');
    const corner = await cornerOf(page, '.story-box');
    await page.mouse.move(corner.x, corner.y);
    await sleep(200);
    await ext.screenshot(page, 'picks-picking-article');
    await page.mouse.click(corner.x, corner.y);
    await waitUntil(async () => !(await pickerOn(page)), 'the picker goes after its note', 6000);

    popup = await ext.openPopup(page);
    text = await readerText(popup);
    assert.match(text, /fountain in the market square is running again/);
    assert.doesNotMatch(text, /Storm closes the harbour road/);
    await ext.screenshot(popup, 'picks-article-popup');
    await popup.close();

    const second = await ext.openPage(server.url(REGION_2));
    popup = await ext.openPopup(second);
    text = await readerText(popup);
    assert.match(text, /library now lends a telescope/);
    assert.doesNotMatch(text, /Storm closes the harbour road/);
    await popup.close();
    await second.close();
    await page.close();
  });

  it('a block picked as an ad while Hide ads is off is saved, said so, and hidden once Hide ads is on', async () => {
    const { ext, server } = ctx();
    const page = await ext.openPage(server.url(REGION_2));
    let popup = await ext.openPopup(page);
    await readerState(popup);
    await setSwitch(popup, 'Hide ads', false);
    await popup.close();

    await startPicking(ext, page, 'Pick something to hide');
    const teaser = await page.$eval('.digest p', (el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(teaser.x, teaser.y);
    await page.keyboard.press('ArrowUp'); // the digest
    await page.keyboard.press('Enter');
    await pressPrompt(ext, page, 'Hide as an ad');
    await sleep(700);
    await ext.screenshot(page, 'picks-saved-while-off');
    assert.equal(await pickerOn(page), true, 'a note says it was saved');
    assert.equal(await isVisible(page, '.digest'), true, 'not hidden while Hide ads is off');
    await waitUntil(async () => !(await pickerOn(page)), 'the note goes', 6000);

    popup = await ext.openPopup(page);
    await readerState(popup);
    await setSwitch(popup, 'Hide ads', true);
    await waitUntil(async () => !(await isVisible(page, '.digest')), 'hidden once Hide ads is on');
    assert.equal(await marker(page, '.digest'), 'ads');
    await waitUntil(async () => (await switchDescription(popup, 'Hide ads')) === '1 ad', 'counted as an ad');
    await popup.close();
    await page.close();
  });

  it('the options page takes a pick back: removing it shows the block again in the open tab, Reset this site undoes every fix there', async () => {
    const { ext, server } = ctx();
    const talk = await ext.openPage(server.url(TALK));
    await waitUntil(async () => !(await isVisible(talk, '.reader-voices')), 'the picked section is hidden');
    const keep = await ext.openPage(server.url(KEEP));
    await waitUntil(() => isVisible(keep, '.explainer'), 'the kept block is shown');

    const options = await ext.openExtensionPage('/src/options/index.html');
    await waitUntil(() => options.evaluate(() => document.querySelector('main[data-state="ready"]') !== null).catch(() => false), 'the options page is ready');
    const stored = await options.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.local.get('picks')).picks as { sites: Record<string, Array<{ id: string; action: string; selector: string }>> };
    });
    const host = new URL(server.url(TALK)).hostname;
    const picks = stored.sites[host] ?? [];
    // The pick whose selector finds the readers' voices on the page.
    let voices: string | undefined;
    for (const pick of picks.filter((p) => p.action === 'hide')) {
      const matches = await talk.evaluate((sel: string) => document.querySelector(sel) === document.querySelector('.reader-voices'), pick.selector);
      if (matches) voices = pick.id;
    }
    assert.ok(voices, `a hide pick for the readers' voices among ${JSON.stringify(picks)}`);
    const rows = await options.$$eval(`section[data-host="${host}"] li[data-pick-id]`, (els) => els.length);
    assert.equal(rows, picks.length, 'the options page lists every pick of the site');
    await ext.screenshot(options, 'picks-options-page');

    const remove = await options.$(`li[data-pick-id="${voices}"] button`);
    assert.equal(await remove?.evaluate((b) => b.textContent?.trim()), 'Remove');
    await remove!.click();
    await talk.bringToFront();
    await waitUntil(() => isVisible(talk, '.reader-voices'), 'removing the pick shows the section again in the open tab');
    assert.equal(await marker(talk, '.reader-voices'), null);
    assert.equal(await isVisible(talk, 'article h1'), true);

    await options.bringToFront();
    const reset = await options.$$(`section[data-host="${host}"] button`);
    let pressed = false;
    for (const candidate of reset) {
      if ((await candidate.evaluate((b) => b.textContent?.trim())) !== 'Reset this site') continue;
      await candidate.click();
      pressed = true;
    }
    assert.ok(pressed, 'Reset this site is there');
    await waitUntil(async () => !(await isVisible(keep, '.explainer')), 'the rule hides the misnamed box again: the keep pick is gone');
    await waitUntil(async () => (await options.$(`section[data-host="${host}"]`)) === null, 'the site is gone from the list');
    await options.close();
    await keep.close();
    await talk.close();
  });
});

eachBrowser(
  'picks in an Arabic browser',
  (ctx) => {
    it('names the pick buttons, the list and the in-page prompt in Arabic, mirrored', async () => {
      const { ext, server } = ctx();
      const keep = await ext.openPage(server.url(KEEP));
      await waitUntil(async () => !(await isVisible(keep, '.explainer')), 'the rule hides the misnamed box');
      const popup = await ext.openPopup(keep);
      await readerState(popup);
      await popup.locator(button('اختر شيئًا لإخفائه')).wait();
      await popup.locator(button('حدّد المقال')).wait();
      await popup.locator(button('ما أُخفي في هذه الصفحة')).click();
      await popup.waitForSelector('.qr-hidden-item');
      await popup.locator(button('ليس قسم تعليقات في هذا الموقع')).wait();
      const order = await popup.evaluate(() => [...document.querySelectorAll('button, input, select')].map((el) => (el.localName === 'button' ? el.textContent?.trim() : (el.getAttribute('role') ?? el.localName))));
      assert.deepEqual(order.slice(0, 11), ['switch', 'select', 'switch', 'select', 'اختر شيئًا لإخفائه', 'حدّد المقال', 'ما أُخفي في هذه الصفحة', 'إدارة الاختيارات', 'ليس قسم تعليقات في هذا الموقع', 'فتح في علامة تبويب', 'إعدادات القراءة'],
        'tab order: toggles, picks, then the reader\'s own actions');
      await ext.screenshot(popup, 'picks-popup-ar');
      await popup.close();
      await keep.close();

      const page = await ext.openPage(server.url(TALK));
      await startPicking(ext, page, 'اختر شيئًا لإخفائه');
      const corner = await cornerOf(page, '.reader-voices');
      await page.mouse.click(corner.x, corner.y);
      if (ext.kind === 'chromium') {
        // Firefox's BiDi locator does not reach into the closed shadow root: there, the screenshot shows them.
        for (const name of ['إخفاء كقسم تعليقات', 'إخفاء كإعلان', 'إلغاء']) await page.locator(button(name)).wait();
      } else await sleep(300);
      await ext.screenshot(page, 'picks-prompt-ar');
      await page.keyboard.press('Escape');
      await waitUntil(async () => !(await pickerOn(page)), 'Escape removes the prompt');
      assert.equal(await isVisible(page, '.reader-voices'), true, 'nothing hidden');
      await page.close();
    });
  },
  { uiLanguage: 'ar' },
);
