import { describe, expect, it } from 'vitest';
import { cannotRunReason } from '../../../src/popup/restricted.ts';

describe('cannotRunReason', () => {
  it('names why the browser keeps extensions out, from the tab URL', () => {
    expect(cannotRunReason('chrome://extensions/')).toBe('browser-page');
    expect(cannotRunReason('about:addons')).toBe('browser-page');
    expect(cannotRunReason('view-source:https://news.example/story')).toBe('view-source');
    expect(cannotRunReason('https://chromewebstore.google.com/detail/x')).toBe('addon-store');
    expect(cannotRunReason('https://addons.mozilla.org/en-US/firefox/')).toBe('addon-store');
    expect(cannotRunReason('https://example.test/report.pdf')).toBe('pdf');
    expect(cannotRunReason('file:///home/me/page.html')).toBe('file-access');
    expect(cannotRunReason('file:///home/me/paper.PDF')).toBe('pdf');
    expect(cannotRunReason(undefined)).toBe('restricted');
    expect(cannotRunReason('not a url')).toBe('restricted');
  });

  it('reads the browser’s refusal when the URL is hidden from us', () => {
    expect(cannotRunReason(undefined, 'Cannot access a chrome:// URL')).toBe('browser-page');
    expect(cannotRunReason(undefined, 'Cannot access contents of url "chrome-extension://abc/page.html".')).toBe('browser-page');
    expect(cannotRunReason(undefined, 'The extensions gallery cannot be scripted.')).toBe('addon-store');
    expect(cannotRunReason(undefined, 'Frame with ID 0 is showing error page')).toBe('error-page');
    expect(cannotRunReason(undefined, 'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.')).toBe('file-access');
  });

  it('never calls an ordinary web page forbidden: a refusal there means no access was granted yet', () => {
    const refusal = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(cannotRunReason('https://news.example/2026/12/story', refusal)).toBe('needs-access');
    expect(cannotRunReason(undefined, refusal)).toBe('needs-access');
    // From the toolbar button, access was granted wherever the browser allows it: a hidden page is off limits.
    expect(cannotRunReason(undefined, refusal, true)).toBe('restricted');
    expect(cannotRunReason('https://news.example/2026/12/story', 'Missing host permission for the tab')).toBe('needs-access');
    expect(cannotRunReason('https://news.example/2026/12/story', 'Frame with ID 0 is showing error page')).toBe('error-page');
  });
});
