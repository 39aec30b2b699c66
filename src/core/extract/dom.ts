/** Small DOM helpers that work the same in browsers, jsdom and linkedom. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Collapsed, trimmed text of a node. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Length of `s` once whitespace runs are collapsed to one space and the ends trimmed, i.e.
 * `s.replace(/\s+/g, ' ').trim().length` without building that string (ASCII and Unicode spaces alike).
 * With a `limit`, the count stops past it: the exact length when it is at most `limit`, else some number above it.
 */
export function collapsedLength(s: string, limit = Infinity): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && isUnicodeSpace(c));
    if (space) {
      pendingSpace = n > 0;
    } else {
      if (pendingSpace) n++;
      pendingSpace = false;
      if (++n > limit) return n;
    }
  }
  return n;
}

/** The non-ASCII code units that `\s` matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
  for (const a of Array.from(el.querySelectorAll('a'))) n += textOf(a).length;
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
