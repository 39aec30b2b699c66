/**
 * Signals from the page's prose: how much block text there is, and how much of the page is links.
 * One pass over text nodes, attributing each to its nearest non-inline ancestor (so text in bare <div>s and <td>s
 * of old CMSs counts as well as <p>s). No clone, no layout, no computed style, no `innerText`.
 */

import {
  DETECT, DETECT_BOILERPLATE_ROLES, DETECT_BOILERPLATE_TAGS, DETECT_INLINE_TAGS, DETECT_SKIP_TAGS,
} from '../constants.ts';
import { renderedChildren } from '../composed.ts';
import { findAncestor } from './dom.ts';
import type { Signal } from './signal.ts';

/** Tab, line feed, form feed, carriage return and space: the whitespace that separates words. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Text that weightedLength's character walk would treat specially: control characters, U+FFFD, CJK and Hangul,
 * or a run of more than `maxWordChars` without a space. Text without any (nearly all text on most pages) is
 * measured natively instead: detection's first call on a page runs before the JIT has warmed up, when a loop
 * over every character of the page costs milliseconds.
 */
const SPECIAL_TEXT = new RegExp(
  `[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^ \n\t\r\f]{${DETECT.maxWordChars + 1},}`,
);
const SPACE_RUNS = /[ \n\t\r\f]+/g;

/**
 * Length in "Latin-letter equivalents": a CJK character weighs `cjkWeight`, a Hangul syllable `hangulWeight`.
 * A run of other characters longer than `maxWordChars` with no space in it is not a word (a URL, base64 or bytes
 * that are not text) and counts nothing; control characters count nothing either.
 */
export function weightedLength(text: string): number {
  if (!SPECIAL_TEXT.test(text)) {
    // A run of whitespace counts as one space after a word, none before the first: the walk below, natively.
    const collapsed = text.replace(SPACE_RUNS, ' ');
    return collapsed.charCodeAt(0) === 0x20 ? collapsed.length - 1 : collapsed.length;
  }
  return walkedLength(text);
}

/** The character walk that weightedLength's native path stands in for (exported for the test that they agree). */
export function walkedLength(text: string): number {
  let length = 0;
  let run = 0;
  let space = true;
  const endRun = (): void => {
    if (run <= DETECT.maxWordChars) length += run;
    run = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A run of whitespace (markup indentation included) counts as one space, as in rendered text.
    if (isSpace(c)) {
      endRun();
      if (!space) length++;
      space = true;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) continue;
    space = false;
    if (isCjk(c)) {
      endRun();
      length += DETECT.cjkWeight;
    } else if (c >= 0xac00 && c <= 0xd7af) {
      endRun();
      length += DETECT.hangulWeight;
    } else run++;
  }
  endRun();
  return length;
}

interface BlockText {
  chars: number;
  linkChars: number;
}

/** Node types, spelled out so the code needs no DOM globals (the CLI runs it on a jsdom or linkedom Document). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Text per block element, with the part of it inside links. A recursive walk over child nodes: it skips whole
 * <script>/<style> subtrees and carries the block and link state down, instead of walking up from every text node.
 * It reads the page as rendered: an open shadow root stands for its host's children, and a <slot> for the
 * light nodes assigned to it (web components that render the story in their shadow tree).
 */
function blockTexts(doc: Document): Map<Element, BlockText> {
  const blocks = new Map<Element, BlockText>();
  // Non-spec parsers (linkedom) can leave <body> empty on broken markup and put the page beside it.
  const root = doc.body?.firstElementChild ? doc.body : doc.documentElement;
  if (root) walk(root, root, false, blocks, 0);
  return blocks;
}

/**
 * One call per element (the children's loop inline): detection's first call on a page runs in V8's
 * interpreter, where each call and each lookup costs, so the walk does as few as it can per node.
 */
function walk(parent: Element, block: Element, inLink: boolean, blocks: Map<Element, BlockText>, depth: number): void {
  if (depth > DETECT.maxDepth) return;
  // Shadow hosts and slots only: other elements render their own children (see renderedChildren).
  const rendered = parent.shadowRoot || parent.localName === 'slot' ? renderedChildren(parent) : null;
  let index = 0;
  for (let node = rendered ? (rendered[0] ?? null) : parent.firstChild; node; node = rendered ? (rendered[++index] ?? null) : node.nextSibling) {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const length = weightedLength((node as Text).data);
      if (length === 0) continue;
      let entry = blocks.get(block);
      if (!entry) blocks.set(block, (entry = { chars: 0, linkChars: 0 }));
      entry.chars += length;
      if (inLink) entry.linkChars += length;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (DETECT_SKIP_TAGS.has(name)) continue;
      if (DETECT_INLINE_TAGS.has(name)) walk(el, block, inLink || name === 'a', blocks, depth + 1);
      else walk(el, el, false, blocks, depth + 1);
    }
  }
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
  /** Distinct <article> elements holding prose: one on an article page, one per teaser on a front. */
  proseArticles: number;
  /** Largest share of the prose mass in one <article>: most of it on an article page, even with comments as <article>s. */
  topArticleShare: number;
}

const isArticleElement = (el: Element): boolean => el.localName === 'article';

function proseStats(doc: Document): ProseStats {
  const stats: ProseStats = { mass: 0, chars: 0, paragraphs: 0, linkChars: 0, proseArticles: 0, topArticleShare: 0 };
  const articles = new Map<Element, number>();
  for (const [block, { chars, linkChars }] of blockTexts(doc)) {
    // A block that is mostly links is a menu or a teaser, however long.
    const prose = chars >= DETECT.minParagraphChars && linkChars <= chars * DETECT.paragraphLinkDensityMax;
    if (!prose) {
      stats.linkChars += linkChars;
      continue;
    }
    if (findAncestor(block, isBoilerplate)) continue;
    const mass = Math.sqrt(chars - DETECT.minParagraphChars);
    stats.mass += mass;
    stats.chars += chars;
    stats.paragraphs++;
    const article = findAncestor(block, isArticleElement);
    if (article) articles.set(article, (articles.get(article) ?? 0) + mass);
  }
  stats.proseArticles = articles.size;
  if (articles.size > 0) stats.topArticleShare = Math.max(...articles.values()) / stats.mass;
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
  if (stats.proseArticles >= DETECT.proseCardsMin && stats.topArticleShare < DETECT.proseCardsMaxShare) {
    signals.push({ label: `prose split over ${stats.proseArticles} <article>s`, points: DETECT.proseCardsPoints });
  }
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
