/**
 * Why the reader cannot read a tab, in words that are true for that tab: from its URL when the browser
 * shows it to us, else from the browser's own reason for refusing our scripts. Only browser pages, stores,
 * PDF and image viewers, view-source and file:// without access are places browsers forbid; an ordinary
 * web page is never called one of them.
 */
import type { CannotRunReason } from '../ui/StatusMessage.tsx';

/** Stores where browsers forbid extensions to run content scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * The browsers' refusals (scripting.executeScript), by what they say: Chrome "Cannot access a chrome://
 * URL", "Cannot access contents of url "chrome-extension://…"", "The extensions gallery cannot be
 * scripted.", "Frame with ID 0 is showing error page"; Firefox names no scheme.
 */
const REFUSALS: ReadonlyArray<[RegExp, CannotRunReason]> = [
  [/\b(?:chrome|chrome-extension|edge|brave|about|moz-extension|devtools|chrome-search|chrome-untrusted):/i, 'browser-page'],
  [/gallery cannot be scripted/i, 'addon-store'],
  [/error page/i, 'error-page'],
  [/view-source:/i, 'view-source'],
  [/\bfile:/i, 'file-access'],
];

function reasonFromUrl(url: string | undefined): CannotRunReason | 'web-page' | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const isPdf = parsed.pathname.toLowerCase().endsWith('.pdf');
  if (parsed.protocol === 'file:') return isPdf ? 'pdf' : 'file-access';
  if (parsed.protocol === 'view-source:') return 'view-source';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(parsed.hostname)) return 'addon-store';
  if (isPdf) return 'pdf';
  return 'web-page';
}

/**
 * `refusal`: the browser's message when it refused to add our scripts to the tab (null when it did not
 * refuse, or was not asked). A web page we were refused on is one we have no access to yet: the toolbar
 * button (or its shortcut) grants it for the tab. `clicked`: the reader was opened by that button for
 * this tab (the popup), so access was granted wherever the browser allows it; Chrome then hides the URL
 * only of pages it keeps extensions off (a source view, for one), with the same words it uses for a page
 * not granted yet.
 */
export function cannotRunReason(url: string | undefined, refusal: string | null = null, clicked = false): CannotRunReason {
  const byUrl = reasonFromUrl(url);
  if (byUrl && byUrl !== 'web-page') return byUrl;
  const said = REFUSALS.find(([pattern]) => refusal !== null && pattern.test(refusal));
  if (said) return said[1];
  if (refusal === null) return 'restricted';
  if (byUrl === 'web-page') return 'needs-access';
  return !clicked && /cannot access contents of the page/i.test(refusal) ? 'needs-access' : 'restricted';
}
