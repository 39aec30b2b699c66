import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect.ts';
import { weightedLength } from '../../../src/core/detect/text.ts';

const URL_ = 'https://example-news.test/2026/01/02/some-story';

describe('detection on bytes that are not text', () => {
  it('says no for binary junk served as HTML', () => {
    const doc = new JSDOM('\u0000\u0001\u0002\u00ff'.repeat(2000), { url: URL_ }).window.document;
    expect(detectArticle(doc, URL_).isArticle).toBe(false);
  });

  it('says no for a page of base64', () => {
    const blob = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcA'.repeat(200);
    const doc = new JSDOM(`<html><body><p>${blob}</p></body></html>`, { url: URL_ }).window.document;
    expect(detectArticle(doc, URL_).isArticle).toBe(false);
  });

  it('still counts words, CJK text and long German compounds', () => {
    expect(weightedLength('Donaudampfschifffahrtsgesellschaft ist lang')).toBe(43);
    expect(weightedLength('评论很多')).toBe(12);
    expect(weightedLength('a\u0000b')).toBe(2);
  });
});
