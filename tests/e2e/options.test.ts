import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { eachBrowser, sleep, waitUntil } from './harness.ts';

const OPTIONS_PATH = '/src/options/index.html';
/** Where the browsers save downloads in these tests. */
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'qr-downloads-'));
after(() => rmSync(DOWNLOADS, { recursive: true, force: true }));
const CREATED = Date.UTC(2026, 10, 20, 9, 30);

/** Picks as the picker stores them, one of them invalid (its selector does not parse). */
const SEEDED = {
  sites: {
    'news.example': [
      { id: 'c1', action: 'hide', kind: 'comments', selector: '#comments .thread', label: 'Join the conversation', created: CREATED },
      { id: 'a1', action: 'hide', kind: 'ads', selector: '.ad-slot[data-slot="top"]', label: 'Advertisement', created: CREATED + 60_000, stale: true },
      { id: 'r1', action: 'article', selector: 'main > .story-body', pathPattern: '/news/*/*/*', label: 'Harbour Town Opens Its New Library', created: CREATED + 120_000 },
    ],
    'old.example': [
      { id: 'o1', action: 'hide', kind: 'ads', selector: 'aside.promo', label: 'Subscribe today', created: CREATED },
      { id: 'o2', action: 'hide', kind: 'ads', selector: 'div[', label: 'broken', created: CREATED },
    ],
    'www.youm7.com': [
      { id: 'k1', action: 'keep', kind: 'ads', selector: '.sponsor-box', label: 'شركاؤنا في التغطية', created: CREATED },
      { id: 'k2', action: 'keep', kind: 'comments', selector: '#reader-replies', label: '', created: CREATED },
    ],
  },
};

type Stored = { sites: Record<string, Array<{ id: string; selector: string; stale?: boolean }>> };

/** Reads or writes storage.local from an extension page, as the extension's own pages do. */
async function storedPicks(page: Page): Promise<Stored | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get('picks')).picks;
  });
}
async function storePicks(page: Page, picks: unknown): Promise<void> {
  await page.evaluate(async (value: unknown) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.local.set({ picks: value });
  }, picks);
}

/** What the page shows: each site with its picks, in order. */
async function shown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('section[data-host]')].map((section) => ({
      host: section.getAttribute('data-host'),
      heading: section.querySelector('h2')?.textContent?.trim(),
      count: section.querySelector('.qr-site-count')?.textContent?.trim(),
      picks: [...section.querySelectorAll('li[data-pick-id]')].map((li) => ({
        id: li.getAttribute('data-pick-id'),
        what: li.querySelector('.qr-pick-what')?.textContent?.trim(),
        date: li.querySelector('time')?.textContent?.trim() ?? '',
        selector: li.querySelector('.qr-pick-selector')?.textContent,
        selectorFont: getComputedStyle(li.querySelector('.qr-pick-selector')!).fontFamily,
        label: li.querySelector('.qr-pick-label')?.textContent?.trim() ?? '',
        stale: li.querySelector('.qr-pick-stale')?.textContent?.trim() ?? '',
      })),
    })),
  );
}

async function openOptions(ext: { openExtensionPage(path: string): Promise<Page> }): Promise<Page> {
  const page = await ext.openExtensionPage(OPTIONS_PATH);
  await page.setViewport({ width: 1000, height: 900 });
  await waitUntil(() => page.evaluate(() => document.querySelector('main[data-state="ready"]') !== null).catch(() => false), 'the options page is ready', 10_000);
  return page;
}

async function notice(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('[role="status"]')?.textContent?.trim() ?? '');
}

/** The button whose accessible name is `name` inside `scope` (a CSS selector), as assistive technology names it. */
async function button(page: Page, scope: string, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const found = await page.$$(`${scope} button`);
  for (const candidate of found) {
    if ((await candidate.evaluate((b) => b.textContent?.trim())) === name) return candidate as ElementHandle<HTMLButtonElement>;
  }
  throw new Error(`no button ${name} in ${scope}`);
}

/** Presses Tab until the focused element satisfies `isTarget` (given its outerHTML and text); returns the presses. */
async function tabTo(page: Page, isTarget: string, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((selector: string) => document.activeElement?.matches(selector) ?? false, isTarget);
    if (hit) return presses;
  }
  throw new Error(`Tab never reached ${isTarget}`);
}

eachBrowser('the options page (Site fixes)', (ctx) => {
  it('says there is nothing yet, then lists each site’s picks as storage fills, with selectors, dates and the stale mark', async () => {
    const { ext, server } = ctx();
    const requestsBefore = server.requests.length;
    const page = await openOptions(ext);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    assert.equal(await page.title(), 'Site fixes · Quiet Reader');
    assert.match(await page.$eval('.qr-options-empty', (el) => el.textContent ?? ''), /^No site fixes yet\./);
    await ext.screenshot(page, 'options-empty');

    // Picks written by another part of the extension appear without a reload.
    await storePicks(page, SEEDED);
    await waitUntil(async () => (await shown(page)).length === 3, 'the seeded sites appear');
    const sites = await shown(page);
    assert.deepEqual(sites.map((site) => [site.host, site.heading, site.count]), [
      ['news.example', 'news.example', '3 picks'],
      ['old.example', 'old.example', '1 pick'],
      ['www.youm7.com', 'www.youm7.com', '2 picks'],
    ]);
    const news = sites[0]!.picks;
    assert.deepEqual(news.map((pick) => [pick.what, pick.selector, pick.label]), [
      ['Hidden as comment section', '#comments .thread', 'Join the conversation'],
      ['Hidden as ad', '.ad-slot[data-slot="top"]', 'Advertisement'],
      ['Article container for pages like /news/*/*/*', 'main > .story-body', 'Harbour Town Opens Its New Library'],
    ]);
    assert.deepEqual(news.map((pick) => pick.stale), ['', 'stale — matched nothing on the last visit', '']);
    assert.match(news[0]!.date, /^Picked on Nov 20, 2026$/);
    assert.match(news[0]!.selectorFont, /mono/i, 'selectors are in a monospace font');
    // The pick whose selector does not parse is left out; the rest of its site stays.
    assert.deepEqual(sites[1]!.picks.map((pick) => pick.selector), ['aside.promo']);
    assert.deepEqual(sites[2]!.picks.map((pick) => [pick.what, pick.label]), [['Not an ad', 'شركاؤنا في التغطية'], ['Not a comment section', '']]);
    await ext.screenshot(page, 'options-picks');

    // Every control has an accessible name; Remove also says which pick it removes.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input:not([aria-hidden="true"])')].filter((el) => !(el.textContent?.trim() || el.getAttribute('aria-label'))).length,
    );
    assert.equal(unnamed, 0);
    const described = await page.evaluate(() => {
      const remove = document.querySelector('li[data-pick-id="a1"] button');
      return (remove?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    });
    assert.equal(described, 'Hidden as ad .ad-slot[data-slot="top"]');
    assert.equal(server.requests.length, requestsBefore, 'the page fetched nothing');
    await page.close();
  });

  it('removes a pick from the keyboard, brings it back with Undo, and resets a site', async () => {
    const { ext } = ctx();
    const page = await openOptions(ext);
    await storePicks(page, SEEDED);
    await waitUntil(async () => (await shown(page)).length === 3, 'the seeded sites appear');

    // Keyboard only: Tab reaches Export, Import, then each site's Reset and each pick's Remove, in order.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const toExport = await tabTo(page, '.qr-options-transfer button:first-child');
    assert.ok(toExport <= 2, `Export is the first control (${toExport} presses)`);
    await tabTo(page, 'li[data-pick-id="a1"] button', 6);
    await ext.screenshot(page, 'options-keyboard-focus');
    await page.keyboard.press('Enter');
    await waitUntil(async () => !(await storedPicks(page))?.sites['news.example']?.some((pick) => pick.id === 'a1'), 'the pick is removed from storage');
    assert.deepEqual((await storedPicks(page))?.sites['news.example']?.map((pick) => pick.id), ['c1', 'r1']);
    assert.deepEqual((await shown(page))[0]!.picks.map((pick) => pick.id), ['c1', 'r1']);
    assert.equal(await notice(page), 'Removed a pick on news.example.');
    // Focus moved to Undo (the button pressed is gone): Space brings the pick back, in its place.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Undo');
    await page.keyboard.press(' ');
    await waitUntil(async () => (await storedPicks(page))?.sites['news.example']?.length === 3, 'Undo puts the pick back');
    assert.deepEqual((await storedPicks(page))?.sites['news.example']?.map((pick) => [pick.id, pick.stale ?? false]), [['c1', false], ['a1', true], ['r1', false]]);

    // A click on Remove too.
    await (await button(page, 'li[data-pick-id="k2"]', 'Remove')).click();
    await waitUntil(async () => (await storedPicks(page))?.sites['www.youm7.com']?.length === 1, 'the clicked pick is removed');

    // Reset this site: every pick there forgotten, the other sites untouched.
    await (await button(page, 'section[data-host="old.example"]', 'Reset this site')).click();
    await waitUntil(async () => !('old.example' in ((await storedPicks(page))?.sites ?? {})), 'the site is reset in storage');
    assert.deepEqual((await shown(page)).map((site) => site.host), ['news.example', 'www.youm7.com']);
    assert.equal(await notice(page), 'Forgot every pick on old.example.');
    // The invalid pick that was stored there went with it; nothing else changed.
    assert.deepEqual(Object.keys((await storedPicks(page))?.sites ?? {}).sort(), ['news.example', 'www.youm7.com']);
    await ext.screenshot(page, 'options-after-reset');
    await page.close();
  });

  it('exports every pick to a JSON file and imports one back, merged without duplicates, or says why a file is refused', async () => {
    const { ext } = ctx();
    const page = await openOptions(ext);
    await storePicks(page, SEEDED);
    await waitUntil(async () => (await shown(page)).length === 3, 'the seeded sites appear');

    // Export: catch the Blob handed to the download link, and the link's click, in the page.
    await page.evaluate(() => {
      const w = window as any;
      w.__exports = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        w.__exports.push({ url, blob, type: blob.type });
        return url;
      };
      HTMLAnchorElement.prototype.click = function () {
        w.__exports.push({ clicked: this.href, download: this.download, connected: this.isConnected });
      };
    });
    await (await button(page, '.qr-options-transfer', 'Export')).click();
    await waitUntil(() => page.evaluate(() => (window as any).__exports.length === 2), 'the export link is clicked');
    const exported = await page.evaluate(async () => {
      const [made, click] = (window as any).__exports;
      return { text: await made.blob.text(), type: made.type, sameUrl: made.url === click.clicked, download: click.download, connected: click.connected };
    });
    assert.equal(exported.type, 'application/json');
    assert.ok(exported.sameUrl && exported.connected, 'the link that was clicked carries the Blob');
    assert.match(exported.download, /^quiet-reader-picks-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.text);
    assert.equal(file.format, 'quiet-reader-picks');
    assert.equal(file.version, 1);
    assert.deepEqual(Object.keys(file.sites), ['news.example', 'old.example', 'www.youm7.com']);
    assert.deepEqual(file.sites['news.example'].map((pick: { id: string }) => pick.id), ['c1', 'a1', 'r1']);
    assert.equal(file.sites['news.example'][1].stale, true);
    assert.deepEqual(file.sites['old.example'].map((pick: { id: string }) => pick.id), ['o1'], 'the invalid pick is not exported');
    assert.equal(await notice(page), `Saved as ${exported.download}.`);

    // Import: the exported file plus two new picks and one that is not valid, chosen in the file input.
    const dir = mkdtempSync(join(tmpdir(), 'qr-picks-'));
    try {
      file.sites['import.example'] = [
        { id: 'n1', action: 'hide', kind: 'comments', selector: '.disqus', label: 'Comments', created: CREATED },
        { id: 'n2', action: 'article', selector: '#story', pathPattern: '/story/*', label: 'A story', created: CREATED },
        { id: 'n3', action: 'hide', kind: 'ads', selector: 'a >', label: 'broken', created: CREATED },
      ];
      const good = join(dir, 'picks.json');
      writeFileSync(good, JSON.stringify(file));
      const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(good);
      await waitUntil(async () => (await notice(page)).startsWith('Added'), 'the import is reported');
      assert.equal(await notice(page), 'Added 2 picks. Skipped 1 invalid pick.');
      const after = await storedPicks(page);
      assert.deepEqual(after?.sites['import.example']?.map((pick) => pick.id), ['n1', 'n2']);
      assert.deepEqual(after?.sites['news.example']?.map((pick) => pick.id), ['c1', 'a1', 'r1'], 'no pick twice');
      await waitUntil(async () => (await shown(page)).length === 4, 'the imported site is listed');
      await ext.screenshot(page, 'options-imported');

      // A file that is not JSON, and JSON that is not a picks file: refused, storage unchanged.
      const notJson = join(dir, 'notes.txt');
      writeFileSync(notJson, 'my reading list');
      await input.uploadFile(notJson);
      await waitUntil(async () => (await notice(page)).startsWith('This file'), 'the refusal is shown');
      assert.equal(await notice(page), 'This file was not imported: it is not a Quiet Reader picks file (it is not JSON).');
      const otherJson = join(dir, 'other.json');
      writeFileSync(otherJson, JSON.stringify({ sites: {} }));
      await input.uploadFile(otherJson);
      await waitUntil(async () => (await notice(page)).endsWith('picks file.'), 'the second refusal is shown');
      assert.equal(await notice(page), 'This file was not imported: it is not a Quiet Reader picks file.');
      assert.deepEqual(await storedPicks(page), after);
      await ext.screenshot(page, 'options-import-refused');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  it('Export saves the file in the downloads folder, without asking', async () => {
    const { ext } = ctx();
    // Both browsers save to the same folder, one after the other: empty it first.
    for (const file of readdirSync(DOWNLOADS)) rmSync(join(DOWNLOADS, file), { recursive: true, force: true });
    const page = await openOptions(ext);
    await storePicks(page, SEEDED);
    await waitUntil(async () => (await shown(page)).length === 3, 'the seeded sites appear');
    await (await button(page, '.qr-options-transfer', 'Export')).click();
    // The browser writes a partial file first, then renames it.
    let name = '';
    await waitUntil(async () => {
      name = readdirSync(DOWNLOADS).find((file) => /^quiet-reader-picks-\d{4}-\d{2}-\d{2}\.json$/.test(file)) ?? '';
      return name !== '' && readFileSync(join(DOWNLOADS, name), 'utf8').trim().endsWith('}');
    }, 'the exported file is saved', 10_000);
    const file = JSON.parse(readFileSync(join(DOWNLOADS, name), 'utf8'));
    assert.equal(file.format, 'quiet-reader-picks');
    assert.deepEqual(file.sites['news.example'].map((pick: { id: string }) => pick.id), ['c1', 'a1', 'r1']);
    assert.equal(await notice(page), `Saved as ${name}.`);
    await page.close();
  });

  it('is the extension’s options page, opened in a tab (runtime.openOptionsPage, as the browser’s Options entry does)', async () => {
    const { ext } = ctx();
    const helper = await ext.openExtensionPage('/src/reader/index.html?tab=none');
    const tabsBefore = (await ext.browser.pages()).length;
    await helper.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.runtime.openOptionsPage();
    });
    // The browser's tabs, as the extension sees them: one now holds the options page.
    await waitUntil(
      () =>
        helper.evaluate(async (url: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return ((await api.tabs.query({})) as Array<{ url?: string }>).some((tab) => tab.url === url);
        }, ext.origin + OPTIONS_PATH),
      'a tab holds the options page',
      10_000,
    );
    // Asked of each page itself: the driver may not know a tab's address yet.
    let page: Page | undefined;
    await waitUntil(async () => {
      for (const candidate of await ext.browser.pages()) {
        const ready = await candidate
          .evaluate(() => location.pathname.endsWith('/src/options/index.html') && document.querySelector('main[data-state="ready"] h1')?.textContent === 'Site fixes')
          .catch(() => false);
        if (ready) page = candidate;
      }
      return page !== undefined;
    }, 'the options page renders in its tab', 10_000);
    assert.ok((await ext.browser.pages()).length > tabsBefore, 'in a tab of its own');
    await page?.close();
    await helper.close();
  });

  it('opens the file chooser from the keyboard: Import is a button in the tab order, the file input is not', async () => {
    const { ext } = ctx();
    const page = await openOptions(ext);
    const order = await page.evaluate(() => {
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      return { inputTab: input.tabIndex, hidden: input.getAttribute('aria-hidden') };
    });
    assert.deepEqual(order, { inputTab: -1, hidden: 'true' });
    await page.evaluate(() => {
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      input.click = () => document.body.setAttribute('data-chooser', 'opened');
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, '.qr-options-transfer button:nth-child(2)', 4);
    await page.keyboard.press('Enter');
    await sleep(100);
    assert.equal(await page.evaluate(() => document.body.getAttribute('data-chooser')), 'opened');
    await page.close();
  });
}, { downloadDir: DOWNLOADS });

eachBrowser(
  'the options page in an Arabic browser',
  (ctx) => {
    it('speaks Arabic and mirrors its layout, while selectors and hosts stay left to right', async () => {
      const { ext } = ctx();
      const page = await openOptions(ext);
      await storePicks(page, SEEDED);
      await waitUntil(async () => (await shown(page)).length === 3, 'the seeded sites appear');
      const ui = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.querySelector('h1')?.textContent,
        buttons: [...document.querySelectorAll('.qr-options-transfer button')].map((b) => b.textContent),
      }));
      assert.deepEqual(ui, { lang: 'ar', dir: 'rtl', title: 'إصلاحات المواقع', buttons: ['تصدير', 'استيراد…'] });
      const sites = await shown(page);
      assert.match(sites[0]!.count ?? '', /^[3٣] اختيارات$/);
      assert.deepEqual(sites[0]!.picks.map((pick) => pick.what), ['أُخفي بوصفه قسم تعليقات', 'أُخفي بوصفه إعلانًا', 'حاوية المقال في صفحات مثل /news/*/*/*']);
      assert.equal(sites[0]!.picks[1]!.stale, 'قديم — لم يطابق شيئًا في آخر زيارة');
      assert.equal(sites[1]!.count, 'اختيار واحد');
      // Mirrored: the pick's name at the right, its Remove button at the left; the selector reads left to right.
      // No named helper functions inside evaluate(): the test runner's transpiler would wrap them.
      const layout = await page.evaluate(() => {
        const li = document.querySelector('li[data-pick-id="c1"]')!;
        const code = li.querySelector('.qr-pick-selector')!;
        return {
          what: li.querySelector('.qr-pick-what')!.getBoundingClientRect().right,
          remove: li.querySelector('button')!.getBoundingClientRect().right,
          row: li.getBoundingClientRect().right,
          selectorDir: getComputedStyle(code).direction,
          selectorText: code.textContent,
          reset: document.querySelector('section[data-host] .qr-site-head button')!.getBoundingClientRect().left,
          heading: document.querySelector('section[data-host] h2')!.getBoundingClientRect().left,
          // Every selector and path pattern drawn left to right: each character to the right of the one before.
          backwards: [...document.querySelectorAll('.qr-options code')].flatMap((el) => {
            const text = el.firstChild!;
            const lefts = [...(el.textContent ?? '')].map((_c, at) => {
              const range = document.createRange();
              range.setStart(text, at);
              range.setEnd(text, at + 1);
              return range.getBoundingClientRect().left;
            });
            return lefts.some((left, at) => at > 0 && left <= lefts[at - 1]!) ? [el.textContent] : [];
          }),
        };
      });
      assert.ok(layout.row - layout.what < 24, `the pick's name starts at the right (${JSON.stringify(layout)})`);
      assert.ok(layout.remove < layout.what, 'Remove is to its left');
      assert.ok(layout.reset < layout.heading, 'Reset this site is left of the site name');
      assert.equal(layout.selectorDir, 'ltr');
      assert.equal(layout.selectorText, '#comments .thread');
      assert.deepEqual(layout.backwards, [], 'every selector and path pattern reads left to right');
      await ext.screenshot(page, 'options-arabic');

      // The reader's theme carries over: dark, as the reader's settings say.
      await page.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set({ readerSettings: { theme: 'dark' } });
      });
      const dark = await openOptions(ext);
      assert.equal(await dark.evaluate(() => document.querySelector('.qr-root')?.getAttribute('data-theme')), 'dark');
      assert.equal(await dark.evaluate(() => getComputedStyle(document.querySelector('.qr-root')!).backgroundColor), 'rgb(22, 24, 28)');
      await ext.screenshot(dark, 'options-arabic-dark');
      await dark.close();

      await (await button(page, 'section[data-host="old.example"]', 'إعادة تعيين هذا الموقع')).click();
      await waitUntil(async () => (await notice(page)) !== '', 'the reset is reported');
      assert.equal(await notice(page), 'نُسيت كل الاختيارات في old.example.');
      await page.close();
    });
  },
  { uiLanguage: 'ar' },
);
