import { toArray } from '../lists.ts';

/** Small DOM helpers that work the same in browsers, jsdom and linkedom. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Document-position bits of compareDocumentPosition, spelled out: the core uses no DOM globals. */
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Does `node` come before `ref` in document order? */
export function isBefore(node: Node, ref: Node): boolean {
  return (ref.compareDocumentPosition(node) & DOCUMENT_POSITION_PRECEDING) !== 0;
}

/** Does `node` come after `ref` in document order (inside it included)? */
export function isAfter(node: Node, ref: Node): boolean {
  return (ref.compareDocumentPosition(node) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

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
 * The start of `root.textContent`, read a piece at a time: its text nodes in document order, from where the
 * last read stopped. Reads only as far as asked, so asking "is this block short?" of every wrapper costs the
 * answer's length, not each wrapper's whole text again, and a longer question later reads on, not anew.
 */
export class TextReader {
  /** The text read so far: a prefix of `root.textContent` that ends at a text node's end. */
  text = '';
  private at: Node | null;

  constructor(private readonly root: Element) {
    this.at = root.firstChild;
  }

  /** True once the whole text is read (`text` is then all of `root.textContent`). */
  get whole(): boolean {
    return this.at === null;
  }

  /** Reads on until `text` has at least `minChars` characters or the text ends. */
  readTo(minChars: number): string {
    let n = this.at;
    while (n && this.text.length < minChars) {
      if (n.nodeType === TEXT_NODE) this.text += n.nodeValue ?? '';
      n = n.nodeType === ELEMENT_NODE && n.firstChild ? n.firstChild : next(n, this.root);
    }
    this.at = n;
    return this.text;
  }
}

const NON_SPACE = /\S/;
const CDATA_SECTION_NODE = 4;

/**
 * Whether `el` has any text other than white space: `el.textContent.trim() !== ''` (`\S` and trim() know
 * the same white space), without building the text. It stops at the first text node with a letter in it,
 * so asking it of a wrapper costs the first words, not the wrapper's whole text.
 */
export function hasText(el: Element): boolean {
  for (let n: Node | null = el.firstChild; n; ) {
    const type = n.nodeType;
    if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && NON_SPACE.test(n.nodeValue ?? '')) return true;
    n = type === ELEMENT_NODE && n.firstChild ? n.firstChild : next(n, el);
  }
  return false;
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
