import {
  ADDRESS_CREDIT_LINE, AGENCY_CREDIT_LINE, AGENCY_CREDITS, COPYRIGHT_LINE, CREDIT_LINE, DATE_WORDS, DATELINE_LABEL, DATELINE_MAX_WORDS,
  FURNITURE_MAX_CHARS, GALLERY_CHROME_LINE, MENU_LINE, POST_META_LINE, POST_META_MAX_CHARS, PROMO_LINE, PROMO_MAX_CHARS, SOURCE_LINE, SOURCE_LINE_MAX_CHARS, TAXONOMY_LINE, TAXONOMY_MAX_CHARS, TIP_LINE, TIP_MAX_CHARS,
} from '../constants.ts';
import { isHeading } from './dom.ts';

/** Agency-name credits are a name or two and the agency: longer lines are sentences that mention an agency. */
const AGENCY_CREDIT_MAX_CHARS = 60;
/** A copyright notice is a line or two; a longer block that starts with © is something else. */
const COPYRIGHT_MAX_CHARS = 200;
/** Agency credit lines ("Reporting by …; Editing by …") longer than this without a `;` are sentences. */
const AGENCY_CREDITS_PLAIN_MAX_CHARS = 80;

/**
 * The kind of article furniture a short line is, or null: an image credit, gallery chrome, a dateline, an
 * agency credit line, a newsletter/subscription/app promotion or a tip line (patterns and reasons in
 * constants.ts). `text` is the element's collapsed text; only its own short line is judged, never a block
 * that holds other blocks (the caller's guard), so no paragraph of prose can match. `opensBody`: the line comes
 * before the article's first prose.
 */
export function furnitureLine(el: Element, text: string, opensBody: boolean): string | null {
  const n = text.length;
  if (n <= FURNITURE_MAX_CHARS) {
    if (GALLERY_CHROME_LINE.test(text)) return 'gallery chrome';
    if (CREDIT_LINE.test(text)) return 'image credit';
    if (n <= SOURCE_LINE_MAX_CHARS && SOURCE_LINE.test(text)) return 'source credit';
    if (n <= AGENCY_CREDIT_MAX_CHARS && AGENCY_CREDIT_LINE.test(text)) return 'agency credit';
    if (n <= AGENCY_CREDIT_MAX_CHARS && ADDRESS_CREDIT_LINE.test(text)) return 'address credit';
    if (isDateline(text) && !isHeading(el) && (opensBody || !isAllBold(el))) return 'dateline';
  }
  if (n <= COPYRIGHT_MAX_CHARS && COPYRIGHT_LINE.test(text)) return 'copyright line';
  if (n <= PROMO_MAX_CHARS && AGENCY_CREDITS.test(text) && (n <= AGENCY_CREDITS_PLAIN_MAX_CHARS || text.includes(';'))) return 'agency credits';
  if (n <= PROMO_MAX_CHARS && PROMO_LINE.test(text)) return 'promotion';
  if (n <= TIP_MAX_CHARS && TIP_LINE.test(text)) return 'tip line';
  if (n <= POST_META_MAX_CHARS && POST_META_LINE.test(text)) return 'post meta line';
  if (n <= TAXONOMY_MAX_CHARS && TAXONOMY_LINE.test(text)) return 'taxonomy line';
  if (isMenuLine(text)) return 'menu line';
  return null;
}

/** A line of MENU_LINE.minItems or more short items between bars or dots, none a sentence. */
function isMenuLine(text: string): boolean {
  const items = text.split(MENU_LINE.separators).filter((t) => t !== '');
  if (items.length < MENU_LINE.minItems) return false;
  for (const item of items) if (item.length > MENU_LINE.maxItemChars || /[.!?]\s/u.test(item)) return false;
  return true;
}

/** Words of DATE_WORDS that are not a month, a weekday or a zone: alone they make no date. */
const DATE_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'del', 'las', 'den', 'alle', 'ore', 'uhr', 'hrs', 'a.m', 'p.m']);

/**
 * A line that is only a date and time, after an optional "Published:"/"Updated:" label, and possibly
 * "PUBLISHED: … | UPDATED: …": every word a DATE_WORDS word or a number, with at least one digit.
 */
export function isDateline(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const parts = text.toLowerCase().split(/\s*[|•·]\s*/u);
  let core = false;
  for (const part of parts) {
    const rest = part.replace(DATELINE_LABEL.pattern, '');
    const words = rest.split(/[\s,;()]+/u).filter(Boolean);
    if (words.length === 0 || words.length > DATELINE_MAX_WORDS) return false;
    for (const w of words) {
      const bare = w.replace(/[.:]+$/u, '');
      if (bare === '' || /^[-–—@]$/u.test(bare)) continue;
      if (/^[\d.:/-]+(?:st|nd|rd|th|h|am|pm|er|e|º|°)?$/u.test(bare)) {
        core ||= /^(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?|\d{1,2}:\d{2})/u.test(bare) || (/^(?:19|20)\d{2}$/u.test(bare) && words.length > 1);
        continue;
      }
      if (!DATE_WORDS.has(bare)) return false;
      core ||= bare.length >= 3 && !DATE_SMALL_WORDS.has(bare);
    }
  }
  return core;
}

/**
 * A line that is all bold: after the first paragraph, a date so set is a subheading (a timeline's "March 3, 2020")
 * and stays, as does a date in a heading element; before it (`opensBody`), a bold date is the dateline.
 */
function isAllBold(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild) return false;
  const tag = only.tagName.toUpperCase();
  return (tag === 'STRONG' || tag === 'B') && (only.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

/**
 * A credit at the end of a figure's caption ("Riders at dawn. Photo: Jane Roe/AP", "… (Quelle: Name/Agency)"):
 * the caption stays, the credit from its label to the caption's end goes. Only when that tail is short
 * (FURNITURE_MAX_CHARS) and the caption has text before it.
 */
const CAPTION_CREDIT_TAIL = /(?:^|[\s.,;–—-])[([]?(?:(?:(?:photo|image|picture)s?(?: credits?)?|credits?|foto(?:s)?|bild(?:quelle)?|quelle|crédits?(?: photos?)?|crédito|imagen|imagem|fuente|fonte|zdjęcie|fot\.|źródło)\s*[:：]|©)\s*\S[^]*$/iu;

export function cutCaptionCredit(caption: Element): boolean {
  const raw = caption.textContent ?? '';
  const m = CAPTION_CREDIT_TAIL.exec(raw);
  if (!m) return false;
  const start = m.index + (/^[\s.,;–—-]/u.test(m[0]) ? 1 : 0);
  const tail = raw.slice(start).trim();
  if (tail.length > FURNITURE_MAX_CHARS || raw.slice(0, start).trim().length === 0) return false;
  cutTextFrom(caption, start);
  return true;
}

/** Removes everything in `root` from text offset `offset` on (text nodes cut, later nodes removed). */
function cutTextFrom(root: Element, offset: number): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let cut: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (seen + len > offset) {
      n.data = n.data.slice(0, offset - seen);
      cut = n;
      break;
    }
    seen += len;
  }
  if (!cut) return;
  // Everything after the cut point, up to the root, goes.
  for (let node: Node | null = cut; node && node !== root; node = node.parentNode) {
    while (node.nextSibling) node.parentNode!.removeChild(node.nextSibling);
  }
}
