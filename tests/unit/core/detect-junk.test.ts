import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect.ts';
import { walkedLength, weightedLength } from '../../../src/core/detect/text.ts';

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

describe('weightedLength', () => {
  it('measures text natively exactly as the character walk does', () => {
    const parts = [' ', '\n', '\t', '\r', '\f', '\v', 'a', 'B', 'é', '\u00a0', '\u0001', '\x85', '\ufffd', '中', 'カ', '한', '\ud83d\ude00', 'y'.repeat(44), 'z'.repeat(46)];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const samples = ['', ' ', '  ab  cd  ', 'x'.repeat(45), 'x'.repeat(46), 'a'.repeat(30) + '\u00a0' + 'b'.repeat(30)];
    for (let i = 0; i < 2000; i++) samples.push(Array.from({ length: random(30) }, () => parts[random(parts.length)]).join(''));
    for (const text of samples) expect(weightedLength(text), JSON.stringify(text)).toBe(walkedLength(text));
  });
});
