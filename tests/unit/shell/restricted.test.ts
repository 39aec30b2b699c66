import { describe, expect, it } from 'vitest';
import { cannotRunReason } from '../../../src/popup/restricted.ts';

describe('cannotRunReason', () => {
  it('names why the browser keeps extensions out', () => {
    expect(cannotRunReason('chrome://extensions/')).toBe('browser-page');
    expect(cannotRunReason('about:addons')).toBe('browser-page');
    expect(cannotRunReason('https://chromewebstore.google.com/detail/x')).toBe('addon-store');
    expect(cannotRunReason('https://addons.mozilla.org/en-US/firefox/')).toBe('addon-store');
    expect(cannotRunReason('https://example.test/report.pdf')).toBe('pdf');
    expect(cannotRunReason('file:///home/me/page.html')).toBe('file-access');
    expect(cannotRunReason('file:///home/me/paper.PDF')).toBe('pdf');
    expect(cannotRunReason(undefined)).toBe('restricted');
    expect(cannotRunReason('not a url')).toBe('restricted');
  });
});
