/**
 * The reader's two-step extraction: the article without the comment threads outside its region
 * (`deferOutsideComments`), then those threads (`extractOutsideComments`). Together they must give
 * exactly what one full extraction gives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticleUnsanitized } from '../../../src/core/extract-unsanitized.ts';
import { extractOutsideComments, mergeComments } from '../../../src/core/index.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const slugs = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'source.html')));
const URL_ = 'https://example-news.test/a/story.html';
const PARA = 'The council voted on Tuesday to extend the cycle network across every district of the town, officials said. ';
const parse = (html: string, url = URL_): Document => new JSDOM(html, { url }).window.document;

const pageWithThread = `<!doctype html><html lang="en"><body><nav><a href="/">Home</a></nav>
  <div id="page"><div class="story"><h1>Bridge Reopens</h1><div class="story-body">${`<p>${PARA}${PARA}</p>`.repeat(4)}</div></div>
  <section id="comments"><h3>2 Comments</h3><ol>
    <li class="comment"><cite class="fn">Ann</cite><div class="comment-content"><p>About time the bridge opened again.</p></div></li>
    <li class="comment"><cite class="fn">Sam</cite><div class="comment-content"><p>The detour cost me an hour a day.</p></div></li>
  </ol></section></div></body></html>`;

function twoStep(doc: Document, url: string) {
  const full = extractArticleUnsanitized(doc, url);
  const first = extractArticleUnsanitized(doc, url, { deferOutsideComments: true });
  const outside = first.commentsDeferred ? extractOutsideComments(doc) : null;
  return { full, first, outside, merged: mergeComments(first.comments, outside) };
}

describe('deferred comment threads', () => {
  it('leaves the thread outside the article region for the second step, which finds it', () => {
    const doc = parse(pageWithThread);
    const before = doc.documentElement.outerHTML;
    const { full, first, outside, merged } = twoStep(doc, URL_);
    expect(first.commentsDeferred).toBe(true);
    expect(first.comments).toBeNull();
    expect(first.text).toBe(full.text);
    expect(first.contentHtml).toBe(full.contentHtml);
    expect(outside?.items.map((c) => [c.author, c.text])).toEqual([
      ['Ann', 'About time the bridge opened again.'],
      ['Sam', 'The detour cost me an hour a day.'],
    ]);
    expect(merged).toEqual(full.comments);
    expect(full.commentsDeferred).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('owes nothing when the page has no article region (extraction saw the whole page)', () => {
    const doc = parse('<!doctype html><html><body><div><p>Short note.</p></div></body></html>');
    expect(extractArticleUnsanitized(doc, URL_, { deferOutsideComments: true }).commentsDeferred).toBe(false);
    expect(extractOutsideComments(doc)).toBeNull();
  });

  it.each(slugs)('gives the same article and comments in two steps as in one: %s', (slug) => {
    const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
    const { full, first, merged } = twoStep(parse(html), URL_);
    expect(first.text).toBe(full.text);
    expect(merged).toEqual(full.comments);
  });
});

describe('mergeComments', () => {
  it('puts the later items after the first, keeps the larger announced count, and changes neither', () => {
    const a = { count: 5, items: [{ text: 'one' }] };
    const b = { count: 2, items: [{ text: 'two' }, { text: 'three' }] };
    expect(mergeComments(a, b)).toEqual({ count: 5, items: [{ text: 'one' }, { text: 'two' }, { text: 'three' }] });
    expect(a.items).toHaveLength(1);
    expect(mergeComments(null, b)).toBe(b);
    expect(mergeComments(a, null)).toBe(a);
    expect(mergeComments(null, null)).toBeNull();
  });

  it('counts at least the items it holds', () => {
    expect(mergeComments({ count: 1, items: [{ text: 'a' }] }, { count: 1, items: [{ text: 'b' }] })?.count).toBe(2);
  });
});
