/** Why the content script cannot run on a tab, judged from its URL (when the browser tells us). */
export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'unknown';

/** Stores where browsers forbid extensions to run content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function restrictedReason(url: string | undefined): RestrictedReason {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return parsed.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(parsed.hostname)) return 'store';
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return 'pdf';
  return 'unknown';
}
