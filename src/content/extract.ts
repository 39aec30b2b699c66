import { detectArticle } from '../core/detect.ts';
import { extractArticle } from '../core/index.ts';
import type { ExtractReply } from '../shared/protocol.ts';

/** Extraction budget in the page: past it the core returns its best result, flagged partial. */
const EXTRACT_TIME_BUDGET_MS = 1500;

/**
 * Extracts the article for the reader. Unless forced ("Show reader anyway"), a page that is not
 * an article gets a clear answer instead of a guess. `listSelectors` are the ad filter lists'
 * selectors that matched this page outside the article: blocks they name are dropped from it too.
 */
export function extractForReader(doc: Document, url: string, force: boolean, listSelectors: string[] = []): ExtractReply {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle && !force) return { ok: false, reason: 'not-article', detection };
  try {
    const article = extractArticle(doc, url, { timeBudgetMs: EXTRACT_TIME_BUDGET_MS, extraRemoveSelectors: listSelectors });
    return { ok: true, article, detection };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
