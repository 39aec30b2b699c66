/** Why the content script cannot run on a tab, judged from its URL (when the browser tells us). */
import type { CannotRunReason } from '../ui/StatusMessage.tsx';

/** Stores where browsers forbid extensions to run content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function cannotRunReason(url: string | undefined): CannotRunReason {
  if (!url) return 'restricted';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted';
  }
  const isPdf = parsed.pathname.toLowerCase().endsWith('.pdf');
  if (parsed.protocol === 'file:') return isPdf ? 'pdf' : 'file-access';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(parsed.hostname)) return 'addon-store';
  if (isPdf) return 'pdf';
  return 'restricted';
}
