/**
 * Signals from the page's prose: how much block text there is, and how much of the page is links.
 * One pass over text nodes, attributing each to its nearest non-inline ancestor (so text in bare <div>s and <td>s
 * of old CMSs counts as well as <p>s). No clone, no layout, no computed style, no `innerText`.
 */

import {
  DETECT, DETECT_BOILERPLATE_ROLES, DETECT_BOILERPLATE_TAGS, DETECT_INLINE_TAGS, DETECT_SKIP_TAGS,
} from '../constants.ts';
import { findAncestor } from './dom.ts';
import type { Signal } from './signal.ts';

/** NodeFilter.SHOW_TEXT, spelled out so the code needs no DOM globals (the CLI runs it on a jsdom/linkedom Document). */
const SHOW_TEXT = 0x4;

/** Length in "Latin-letter equivalents": a CJK character weighs `cjkWeight`, a Hangul syllable `hangulWeight`. */
export function weightedLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue; // whitespace and indentation of the markup are not text
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) length += DETECT.cjkWeight;
    else if (c >= 0xac00 && c <= 0xd7af) length += DETECT.hangulWeight;
    else length++;
  }
  return length;
}

interface BlockText {
  chars: number;
  linkChars: number;
}

/** Text per block element, with the part of it inside links. */
function blockTexts(doc: Document): Map<Element, BlockText> {
  const blocks = new Map<Element, BlockText>();
  const root = doc.body ?? doc.documentElement;
  if (!root) return blocks;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let block = node.parentElement;
    let inLink = false;
    while (block && DETECT_INLINE_TAGS.has(block.localName)) {
      if (block.localName === 'a') inLink = true;
      block = block.parentElement;
    }
    if (!block || DETECT_SKIP_TAGS.has(block.localName)) continue;
    const length = weightedLength((node as Text).data);
    if (length === 0) continue;
    const entry = blocks.get(block) ?? { chars: 0, linkChars: 0 };
    entry.chars += length;
    if (inLink) entry.linkChars += length;
    blocks.set(block, entry);
  }
  return blocks;
}

function isBoilerplate(el: Element): boolean {
  if (DETECT_BOILERPLATE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  return (role !== null && DETECT_BOILERPLATE_ROLES.has(role)) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

interface ProseStats {
  /** Readability's measure: Σ sqrt(len − minParagraphChars) over long prose blocks. */
  mass: number;
  chars: number;
  paragraphs: number;
  /** Text of links outside prose blocks: menus, headline lists, teasers. */
  linkChars: number;
}

function proseStats(doc: Document): ProseStats {
  const stats: ProseStats = { mass: 0, chars: 0, paragraphs: 0, linkChars: 0 };
  for (const [block, { chars, linkChars }] of blockTexts(doc)) {
    // A block that is mostly links is a menu or a teaser, however long.
    const prose = chars >= DETECT.minParagraphChars && linkChars <= chars * DETECT.paragraphLinkDensityMax;
    if (!prose) {
      stats.linkChars += linkChars;
      continue;
    }
    if (findAncestor(block, isBoilerplate)) continue;
    stats.mass += Math.sqrt(chars - DETECT.minParagraphChars);
    stats.chars += chars;
    stats.paragraphs++;
  }
  return stats;
}

export function textSignals(doc: Document): Signal[] {
  const stats = proseStats(doc);
  const mass = Math.round(stats.mass);
  const label = `prose ${stats.chars} chars in ${stats.paragraphs} blocks (mass ${mass})`;
  const signals: Signal[] = [];
  if (stats.mass < DETECT.massNone) signals.push({ label: `little prose (mass ${mass})`, points: DETECT.massNonePoints });
  else if (stats.mass >= DETECT.massRich) signals.push({ label, points: DETECT.massRichPoints });
  else if (stats.mass >= DETECT.massGood) signals.push({ label, points: DETECT.massGoodPoints });
  else if (stats.mass >= DETECT.massWeak) signals.push({ label, points: DETECT.massWeakPoints });
  else signals.push({ label, points: DETECT.massPoorPoints });
  // Menus dwarf the prose of many articles, so only a page with weak prose is judged a link list.
  if (stats.mass < DETECT.massGood && stats.linkChars >= DETECT.pageLinkRatioMinLinkChars && stats.linkChars > stats.chars * DETECT.pageLinkRatioListing) {
    signals.push({ label: `links outweigh prose (${stats.linkChars} vs ${stats.chars} chars)`, points: DETECT.pageLinkRatioPoints });
  }
  return signals;
}

/** <article> and <main>: one <article> marks an article; many are a listing's cards. */
export function elementSignals(doc: Document): Signal[] {
  const signals: Signal[] = [];
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) signals.push({ label: 'one <article>', points: DETECT.singleArticleElement });
  else if (articles.length >= DETECT.manyArticleCardsMin) {
    signals.push({ label: `${articles.length} <article> cards`, points: DETECT.manyArticleCards });
  }
  if (doc.getElementsByTagName('main').length > 0) signals.push({ label: '<main>', points: DETECT.mainElement });
  return signals;
}
