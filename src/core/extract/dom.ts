import { toArray } from '../lists.ts';

/** Small DOM helpers that work the same in browsers, jsdom and linkedom. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Collapsed, trimmed text of a node. */
export function textOf(node: Node | null | undefined): string {
  return collapse(node?.textContent ?? '');
}

/**
 * The white space that collapsing changes: runs of two or more, and single white-space characters other
 * than a plain space. Replacing these by one space gives the same string as replacing every run
 * (`/\s+/g`), without a replacement step at each single space between words (measured: half the time on
 * page-sized text in V8).
 */
const COLLAPSIBLE = /\s{2,}|[^\S ]/g;

/** `s` with every white-space run made one space, and trimmed. */
export function collapse(s: string): string {
  return s.replace(COLLAPSIBLE, ' ').trim();
}

/**
 * Length of `s` once whitespace runs are collapsed to one space and the ends trimmed, i.e.
 * `s.replace(/\s+/g, ' ').trim().length` (ASCII and Unicode spaces alike). With a `limit`, only a prefix is
 * read when that already settles it: the exact length when it is at most `limit`, else some number above it.
 * Native string operations only: this runs on every block the cleaning walk judges, often before the
 * engine has compiled our code, where a loop over characters is slow.
 */
export function collapsedLength(s: string, limit = Infinity): number {
  // A prefix's collapsed length never exceeds the whole's: past the limit on a prefix is past it on the whole.
  for (let end = prefixFor(limit); end < s.length; end *= 4) {
    const n = collapsedAll(s.slice(0, end));
    if (n > limit) return n;
  }
  return collapsedAll(s);
}

/**
 * How many raw characters to read first to settle "is the collapsed text longer than `limit`?": twice the
 * limit and a little, so that the white space between tags rarely leaves the answer open.
 */
export function prefixFor(limit: number): number {
  return limit * 2 + 16;
}

/** COLLAPSIBLE as a test: is there anything to collapse? */
const UNCOLLAPSED = /\s\s|[^\S ]/;

function collapsedAll(s: string): number {
  const t = s.trim();
  return UNCOLLAPSED.test(t) ? t.replace(COLLAPSIBLE, ' ').length : t.length;
}

/**
 * The start of `node.textContent`: its text nodes in document order until at least `minChars` characters
 * are read (`whole` false), or all of it (`whole` true). Reads only as far as needed, so asking "is this
 * block short?" of every wrapper costs the answer's length, not each wrapper's whole text again.
 */
export function textPrefix(node: Element, minChars: number): { text: string; whole: boolean } {
  // Text alone (most paragraphs' inner blocks and labels): the native read is cheapest.
  if (!node.firstElementChild) return { text: node.textContent ?? '', whole: true };
  let text = '';
  for (let n: Node | null = node.firstChild; n; ) {
    if (n.nodeType === TEXT_NODE) {
      text += n.nodeValue ?? '';
      if (text.length >= minChars) return { text, whole: next(n, node) === null };
    }
    n = n.nodeType === ELEMENT_NODE && n.firstChild ? n.firstChild : next(n, node);
  }
  return { text, whole: true };
}

/** The node after `n`'s subtree in document order, within `root`. */
function next(n: Node, root: Node): Node | null {
  for (let cur: Node | null = n; cur && cur !== root; cur = cur.parentNode) if (cur.nextSibling) return cur.nextSibling;
  return null;
}

/** Class and id as written. */
export function nameString(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls || id ? `${cls ?? ''} ${id ?? ''}` : '';
}

/** Class and id split into lower-cased tokens on space, `-`, `_`, `:` and camelCase humps (`articleComments`). */
export function nameTokens(el: Element, raw = nameString(el)): string[] {
  if (raw.length < 2) return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s\-_:]+/).filter(Boolean);
}

/** Length of the text inside links of `el` (for link density). */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of toArray(el.querySelectorAll('a'))) n += textOf(a).length;
  return n;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName.toUpperCase());
}

export function headingLevel(el: Element): number {
  const m = /^H([1-6])$/i.exec(el.tagName);
  return m ? Number(m[1]) : 7;
}

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BR',
]);
