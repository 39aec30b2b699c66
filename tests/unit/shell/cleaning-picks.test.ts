/**
 * A site's picks on the live page (content/cleaning.ts): 'hide' picks hidden and counted with their kind,
 * 'keep' picks left out of what rules and lists hide, a change in storage applied at once, blocks
 * inserted later caught, and picks that match nothing marked stale (saved only on a change).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickStore, SitePick } from '../../../src/shared/picks.ts';
import { DEFAULT_CLEANING } from '../../../src/shared/settings.ts';

const storage = vi.hoisted(() => ({
  picks: { sites: {} } as { sites: Record<string, unknown[]> },
  listeners: [] as ((store: never) => void)[],
  saves: 0,
}));

vi.mock('../../../src/platform/page-api.ts', () => ({
  sendToBackground: vi.fn(),
  loadCleaning: vi.fn(async () => DEFAULT_CLEANING),
  onCleaningChanged: vi.fn(() => () => undefined),
  loadPicks: vi.fn(async () => structuredClone(storage.picks)),
  savePicks: vi.fn(async (store: never) => {
    storage.saves += 1;
    storage.picks = structuredClone(store);
    for (const listener of storage.listeners) listener(structuredClone(store));
  }),
  onPicksChanged: vi.fn((listener: (store: never) => void) => {
    storage.listeners.push(listener);
    return () => undefined;
  }),
}));

const { startCleaning } = await import('../../../src/content/cleaning.ts');
const { savePicks } = await import('../../../src/platform/page-api.ts');

const HOST = 'news.example.org';

function pick(id: string, action: SitePick['action'], selector: string, kind?: SitePick['kind']): SitePick {
  return { id, action, selector, label: id, created: 1, ...(kind ? { kind } : {}) };
}

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

const BODY = `
  <main><article><h1>Title</h1><p>Article text.</p>
    <div class="comments-section box-of-facts"><p>Article text a rule takes for comments.</p></div>
    <div class="sponsor-strip">Buy things</div>
  </article>
  <div class="reader-voices"><p>A reader's voice</p></div>
  <div class="list-named">An ad a list names</div></main>`;

const noLists = { update: async () => ['.list-named'] };
const flush = (ms = 0) => new Promise((done) => setTimeout(done, ms));
const marker = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('data-quiet-reader-hide') ?? null;

beforeEach(() => {
  storage.picks = { sites: {} };
  storage.listeners = [];
  storage.saves = 0;
});

describe('picks on the live page', () => {
  it('hides hide picks with their kind and counts them, never a block that holds the article', async () => {
    storage.picks = { sites: { [HOST]: [pick('a', 'hide', '.reader-voices', 'comments'), pick('b', 'hide', '.sponsor-strip', 'ads'), pick('c', 'hide', 'main', 'ads')] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    await flush();
    expect(marker(doc, '.reader-voices')).toBe('comments');
    expect(marker(doc, '.sponsor-strip')).toBe('ads');
    expect(marker(doc, 'main')).toBeNull();
    expect(cleaning.counts()).toEqual({ commentSections: 2, ads: 2 });
    cleaning.stop();
  });

  it('leaves out what keep picks name, of their kind, from rules and lists alike', async () => {
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    await flush();
    expect(marker(doc, '.box-of-facts')).toBe('comments');
    expect(marker(doc, '.list-named')).toBe('ads');

    await savePicks({ sites: { [HOST]: [pick('k1', 'keep', '.box-of-facts', 'comments'), pick('k2', 'keep', '.list-named', 'ads')] } } as PickStore);
    await flush();
    expect(marker(doc, '.box-of-facts')).toBeNull();
    expect(marker(doc, '.list-named')).toBeNull();
    expect(cleaning.counts()).toEqual({ commentSections: 0, ads: 0 });
    cleaning.stop();
  });

  it('a keep pick of one kind does not keep a block from the other kind, and a removed hide pick shows its block again', async () => {
    storage.picks = { sites: { [HOST]: [pick('h', 'hide', '.reader-voices', 'comments'), pick('k', 'keep', '.reader-voices', 'ads')] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    await flush();
    expect(marker(doc, '.reader-voices')).toBe('comments');
    await savePicks({ sites: {} });
    await flush();
    expect(marker(doc, '.reader-voices')).toBeNull();
    cleaning.stop();
  });

  it('another site\'s picks do nothing here', async () => {
    storage.picks = { sites: { 'other.example': [pick('h', 'hide', '.reader-voices', 'comments')] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    await flush();
    expect(marker(doc, '.reader-voices')).toBeNull();
    cleaning.stop();
  });

  it('catches a picked block inserted later', async () => {
    storage.picks = { sites: { [HOST]: [pick('h', 'hide', '.late-talk', 'comments')] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    const late = doc.createElement('div');
    late.className = 'late-talk';
    late.textContent = 'Arrives later';
    doc.body.append(late);
    await flush(400);
    expect(marker(doc, '.late-talk')).toBe('comments');
    cleaning.stop();
  });

  it('gives the reader the hide picks to drop, the keep picks, and the article container for this path shape', async () => {
    storage.picks = { sites: { [HOST]: [
      pick('h', 'hide', '.reader-voices', 'comments'), pick('k', 'keep', '.box-of-facts', 'comments'),
      { ...pick('b', 'article', '.elsewhere'), pathPattern: '/news/*' }, { ...pick('a', 'article', 'article'), pathPattern: '/' },
    ] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    expect(await cleaning.readerSelectors()).toEqual(['.list-named', '.reader-voices']);
    // A document made by createHTMLDocument has no address: its path counts as "/".
    expect(cleaning.readerPicks()).toEqual({ keepSelectors: ['.box-of-facts'], regionSelector: 'article' });
    cleaning.stop();
  });

  it('marks picks that match nothing stale, and saves only when that changes', async () => {
    storage.picks = { sites: { [HOST]: [pick('h', 'hide', '.reader-voices', 'comments'), pick('gone', 'hide', '.gone', 'ads'), { ...pick('a', 'article', '.nope'), pathPattern: '/x/y' }] } };
    const doc = page(BODY);
    const cleaning = startCleaning(doc, HOST, noLists);
    await cleaning.ready;
    await cleaning.checkStale();
    const picks = storage.picks.sites[HOST] as SitePick[];
    expect(picks.map((p) => [p.id, p.stale ?? false])).toEqual([['h', false], ['gone', true], ['a', false]]);
    expect(storage.saves).toBe(1);
    await cleaning.checkStale();
    expect(storage.saves).toBe(1);
    cleaning.stop();
  });

  it('judges a pick only on pages shaped like the one it was picked on', async () => {
    // Picked on an article (/news/*/*): on this page (path /) it matches nothing, and is not stale for that.
    const elsewhere = { ...pick('n', 'hide', '.gone', 'comments'), pathPattern: '/news/*/*' };
    const here = { ...pick('r', 'hide', '.gone', 'ads'), pathPattern: '/' };
    storage.picks = { sites: { [HOST]: [elsewhere, here] } };
    const cleaning = startCleaning(page(BODY), HOST, noLists);
    await cleaning.ready;
    await cleaning.checkStale();
    const picks = storage.picks.sites[HOST] as SitePick[];
    expect(picks.map((p) => [p.id, p.stale ?? false, p.pathPattern])).toEqual([['n', false, '/news/*/*'], ['r', true, '/']]);
    cleaning.stop();
  });
});
