/**
 * The sieve's retry (light cleaning on the whole page) runs only when it could differ: an attempt that
 * already had the whole page, where only the retry's own rules removed anything, is not repeated.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticleUnsanitized } from '../../../src/core/extract-unsanitized.ts';
import { scoreWithReadability } from '../../../src/core/extract/score.ts';

const URL = 'https://news.example/a';
const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>Short note</title></head><body>${body}</body></html>`, { url: URL }).window.document;

/** How many times Readability scores a page (its own retries included) while `run` runs. */
function scorings(run: () => void): number {
  const spy = vi.spyOn(Readability.prototype as unknown as { _grabArticle: () => unknown }, '_grabArticle');
  run();
  const n = spy.mock.calls.length;
  spy.mockRestore();
  return n;
}

afterEach(() => vi.restoreAllMocks());

describe('the retry with light cleaning', () => {
  it('is skipped when it would repeat the first attempt', () => {
    const doc = page('<p>Closed today.</p>');
    const once = scorings(() => scoreWithReadability(doc.cloneNode(true) as Document, true));
    let text = '';
    expect(scorings(() => (text = extractArticleUnsanitized(doc, URL).text))).toBe(once);
    expect(text).toBe('Closed today.');
  });

  it('runs when full cleaning removed what light cleaning keeps', () => {
    const doc = page('<nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Closed today.</p>');
    const once = scorings(() => scoreWithReadability(doc.cloneNode(true) as Document, true));
    expect(scorings(() => extractArticleUnsanitized(doc, URL))).toBeGreaterThan(once);
  });
});
