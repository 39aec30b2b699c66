import { describe, expect, it, vi } from 'vitest';
import { AD_SELECTORS } from '../../../src/core/constants.ts';
import { locateListAds } from '../../../src/core/locate.ts';
import { createListRules } from '../../../src/content/cosmetics.ts';
import { parseMessage } from '../../../src/shared/protocol.ts';

// The content module's default transport is the extension API, which does not exist here.
vi.mock('../../../src/platform/page-api.ts', () => ({ sendToBackground: vi.fn() }));

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

describe('locating the ads the lists name', () => {
  it('finds the outermost matches, never an element that holds the article, and skips invalid selectors', () => {
    const doc = page(
      '<div class="wrap-ad"><h1>Title</h1><p>Text</p></div>' +
        '<aside class="rail-ad"><div class="rail-ad-inner">x</div></aside><div id="sky">y</div>',
    );
    const found = locateListAds(doc, ['.wrap-ad', '.rail-ad', '.rail-ad-inner', '#sky', 'div:-abp-has(.x)']);
    expect(found.elements.map((el) => el.className || el.id)).toEqual(['rail-ad', 'sky']);
    // Only selectors that match outside the article are safe for the reader to drop.
    expect(found.selectors).toEqual(['.rail-ad', '.rail-ad-inner', '#sky']);
  });
});

describe('asking the background about the page', () => {
  it('asks once for the whole page, then only about classes, ids and links that are new', async () => {
    const doc = page('<div class="a b" id="c"><a href="/x">x</a></div>');
    const ask = vi.fn(async () => ['.a']);
    const rules = createListRules(doc, ask);
    expect(await rules.update()).toEqual(['.a']);
    expect(ask).toHaveBeenLastCalledWith({ classes: ['a', 'b'], ids: ['c'], hrefs: ['/x'], wholePage: true });
    await rules.update();
    expect(ask).toHaveBeenCalledTimes(1);
    doc.body.insertAdjacentHTML('beforeend', '<p class="b d">late</p>');
    ask.mockResolvedValueOnce(['.d']);
    expect(await rules.update()).toEqual(['.a', '.d']);
    expect(ask).toHaveBeenLastCalledWith({ classes: ['d'], ids: [], hrefs: [], wholePage: false });
  });

  it('asks again about the same page when the background did not answer', async () => {
    const doc = page('<div class="a"></div>');
    const ask = vi.fn().mockRejectedValueOnce(new Error('restarting')).mockResolvedValueOnce(['.a']);
    const rules = createListRules(doc, ask);
    expect(await rules.update()).toEqual([]);
    expect(await rules.update()).toEqual(['.a']);
    expect(ask).toHaveBeenLastCalledWith({ classes: ['a'], ids: [], hrefs: [], wholePage: true });
  });
});

describe('the content/cosmetics message', () => {
  it('accepts exactly the known shape and copies only its fields', () => {
    const features = { classes: ['a'], ids: [], hrefs: ['/x'], wholePage: true };
    expect(parseMessage({ type: 'content/cosmetics', features: { ...features, extra: 1 } })).toEqual({ type: 'content/cosmetics', features });
    expect(parseMessage({ type: 'content/cosmetics', features: { ...features, classes: [1] } })).toBeNull();
    expect(parseMessage({ type: 'content/cosmetics', features: { ...features, wholePage: 'yes' } })).toBeNull();
    expect(parseMessage({ type: 'content/cosmetics' })).toBeNull();
  });
});

describe('the end-to-end page', () => {
  it('carries ads that our hand-written selectors do not name', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync('tests/e2e/pages/list-ads.html', 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll(AD_SELECTORS.join(',')).length).toBe(0);
  });
});
