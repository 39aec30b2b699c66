import { DATED_LIST } from '../constants.ts';
import { collapse } from './dom.ts';
import { isDateline } from './furniture.ts';
import type { Candidate, RuleMatch } from './rules.ts';

/** Blocks that hold a list's lines (a scroller `<div>`, a list, a table cell). */
const LIST_TAGS: ReadonlySet<string> = new Set(['DIV', 'UL', 'OL', 'TD', 'P', 'DL']);
/** Text that separates items and says nothing: brackets, bars, dashes, bullets. */
const SEPARATOR = /^[\s()[\]|•·,;:\-–—»›>]*$/u;

/**
 * A list of dated headlines (DATED_LIST): at least minLinks links, and every text outside them a date or a
 * separator. Only blocks with at least minLinks child elements are asked (a line per item, or a link and a date
 * per line), and the walk over their text stops at the first text that is neither.
 */
export function datedHeadlineList(c: Candidate): RuleMatch | null {
  if (!LIST_TAGS.has(c.tag) || c.childCount < DATED_LIST.minLinks) return null;
  const el = c.el;
  const anchors = el.getElementsByTagName('a');
  if (anchors.length < DATED_LIST.minLinks) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let links = 0;
  let dates = 0;
  let lastLink: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue ?? '';
    if (raw.trim() === '') continue;
    const link = n.parentElement?.closest('a') ?? null;
    if (link && el.contains(link)) {
      if (link !== lastLink) links++;
      lastLink = link;
      continue;
    }
    if (raw.length > DATED_LIST.maxDateChars * 4) return null;
    const text = collapse(raw);
    if (SEPARATOR.test(text)) continue;
    if (text.length > DATED_LIST.maxDateChars || !isDateline(text)) return null;
    dates++;
  }
  return links >= DATED_LIST.minLinks && dates >= DATED_LIST.minDatedShare * links ? { rule: 'dated headline list' } : null;
}
