/**
 * Background: shows on the toolbar icon, per tab, what the content script detected (a badge on
 * article pages), so the user knows when the reader has something to show.
 */
import { browser, isFromOwnContentScript, listen } from '../platform/browser.ts';
import type { PageInfo } from '../shared/protocol.ts';

/** Badge colour: a calm green that keeps 4.5:1 contrast with the white badge text. */
const BADGE_COLOR = '#1f6f43';

async function showOnToolbar(tabId: number, info: PageInfo | null): Promise<void> {
  const isArticle = info?.detection.isArticle ?? false;
  await browser.action.setBadgeText({ tabId, text: isArticle ? '✓' : '' });
  if (isArticle) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  const name = browser.i18n.getMessage('extName');
  const title = isArticle ? browser.i18n.getMessage('badgeArticleFound') || name : name;
  await browser.action.setTitle({ tabId, title });
}

listen(
  {
    'content/detected': async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await showOnToolbar(tabId, message.info);
    },
  },
  (type, sender) => type === 'content/detected' && isFromOwnContentScript(sender),
);
