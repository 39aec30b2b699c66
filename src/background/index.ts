/**
 * Background: shows on the toolbar icon, per tab, what the content script detected (a badge on
 * article pages), so the user knows when the reader has something to show; and answers which of
 * the ad filter lists' rules apply to a page (cosmetics.ts).
 */
import { browser, isFromOwnContentScript, listen } from '../platform/browser.ts';
import type { MessageType, PageInfo } from '../shared/protocol.ts';
import { cosmeticsFor } from './cosmetics.ts';

/** Badge colour: a calm green that keeps 4.5:1 contrast with the white badge text. */
const BADGE_COLOR = '#1f6f43';

const FROM_CONTENT_SCRIPT = new Set<MessageType>(['content/detected', 'content/cosmetics']);

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
    'content/cosmetics': (message, sender) => cosmeticsFor(message.features, sender),
  },
  // Only our own content scripts send to the background.
  (type, sender) => FROM_CONTENT_SCRIPT.has(type) && isFromOwnContentScript(sender),
);
