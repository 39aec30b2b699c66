import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/shared/protocol.ts';

describe('parseMessage', () => {
  it('accepts our messages', () => {
    expect(parseMessage({ type: 'page/extract', force: true })).toEqual({ type: 'page/extract', force: true });
    expect(parseMessage({ type: 'page/get-cleaning' })).toEqual({ type: 'page/get-cleaning' });
    expect(parseMessage({ type: 'page/comments', tab: 3 })).toEqual({ type: 'page/comments' });
    expect(parseMessage({ type: 'page/pick', mode: 'hide' })).toEqual({ type: 'page/pick', mode: 'hide' });
    expect(parseMessage({ type: 'page/pick', mode: 'article', selector: 'x' })).toEqual({ type: 'page/pick', mode: 'article' });
    expect(parseMessage({ type: 'page/hidden' })).toEqual({ type: 'page/hidden' });
    expect(parseMessage({ type: 'page/peek', index: 2 })).toEqual({ type: 'page/peek', index: 2 });
    expect(parseMessage({ type: 'page/peek', index: null })).toEqual({ type: 'page/peek', index: null });
    expect(parseMessage({ type: 'page/keep', index: 0 })).toEqual({ type: 'page/keep', index: 0 });
    const info = { url: 'https://a.test/x', title: 'T', detection: { isArticle: true, score: 4, reasons: ['r'] } };
    expect(parseMessage({ type: 'content/detected', info })).toEqual({ type: 'content/detected', info });
  });

  it('rejects unknown types and wrong shapes', () => {
    expect(parseMessage({ type: 'page/get-info' })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('page/extract')).toBeNull();
    expect(parseMessage({ type: 'page/extract' })).toBeNull();
    expect(parseMessage({ type: 'page/extract', force: 'yes' })).toBeNull();
    expect(parseMessage({ type: 'eval', code: 'x' })).toBeNull();
    expect(parseMessage({ type: 'content/detected', info: { url: 1 } })).toBeNull();
    expect(parseMessage({ type: 'page/pick', mode: 'keep' })).toBeNull();
    expect(parseMessage({ type: 'page/pick' })).toBeNull();
    expect(parseMessage({ type: 'page/peek' })).toBeNull();
    expect(parseMessage({ type: 'page/peek', index: -1 })).toBeNull();
    expect(parseMessage({ type: 'page/keep', index: 1.5 })).toBeNull();
    expect(parseMessage({ type: 'page/keep', index: '0' })).toBeNull();
    expect(parseMessage({ type: 'content/detected', info: { url: 'u', title: 't', detection: { isArticle: 'y' } } })).toBeNull();
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseMessage({ type: 'page/get-cleaning', extra: '<script>' })).toEqual({ type: 'page/get-cleaning' });
  });
});
