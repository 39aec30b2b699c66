import { collapse, collapsedLength, nameString, nameTokens, prefixFor, TextReader } from './dom.ts';
import { clutterKindByName } from './names.ts';
import type { Candidate } from './rules.ts';

type Clutter = ReturnType<Candidate['clutter']>;

/** Up to this limit textLength reads a prefix of the text first (the rules' label and heading limits are far below). */
const PREFIX_MAX_LIMIT = 1000;
/** head() returns at least this many characters after leading white space (when the text has them). */
const HEAD_CHARS = 16;

/**
 * Tags whose content model is phrasing (text, links, emphasis), so their text is usually a line or a
 * paragraph: one native textContent read costs less than walking their text nodes one DOM call at a time.
 * (Old pages may wrap blocks in a <font> or <span>; then that element's whole text is read, at the same result.)
 */
const PHRASING_ONLY: ReadonlySet<string> = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SMALL', 'FONT', 'LABEL', 'CITE', 'TIME', 'LEGEND',
]);

/**
 * The Candidate of one element in the cleaning walk. Every field is computed on first use: most
 * elements are judged by tag alone, and most have no class or id. Tokens are shared between elements
 * with the same class and id (`tokenCache`), which pages repeat on every item of a list.
 */
export class WalkCandidate implements Candidate {
  private rawName: string | null = null;
  private nameTokenList: string[] | null = null;
  private len = -1;
  /** A lower bound from a bounded count that stopped early (len unknown). */
  private atLeast = 0;
  private content: string | null = null;
  /** Reads the start of the text, when only that is needed (elements with child elements). */
  private reader: TextReader | null = null;
  private collapsed: string | null = null;
  private kind: Clutter | undefined;
  private hasAttrs: boolean | undefined;
  private parent: string | null = null;
  private children = -1;

  constructor(
    readonly el: Element,
    readonly tag: string,
    private readonly bodyChars: number,
    private readonly tokenCache: Map<string, string[]>,
  ) {}

  get raw(): string {
    return (this.rawName ??= this.attributed ? nameString(this.el).toLowerCase() : '');
  }

  get attributed(): boolean {
    return (this.hasAttrs ??= this.el.hasAttributes());
  }

  get parentTag(): string {
    return (this.parent ??= this.el.parentElement?.tagName.toUpperCase() ?? '');
  }

  get childCount(): number {
    return this.children >= 0 ? this.children : (this.children = this.el.childElementCount);
  }

  // From the lower-cased name on purpose: no camelCase split. Generated CSS-in-JS classes (`hJpRRP`)
  // would split into clutter words (`jp`); measured, splitting humps lost whole articles.
  get tokens(): string[] {
    if (this.nameTokenList) return this.nameTokenList;
    const raw = this.raw;
    let list = this.tokenCache.get(raw);
    if (!list) {
      list = nameTokens(this.el, raw);
      this.tokenCache.set(raw, list);
    }
    return (this.nameTokenList = list);
  }

  textLength(limit = Infinity): number {
    if (this.len >= 0) return this.len;
    if (this.atLeast > limit) return this.atLeast;
    // Short limits (labels, headings) are settled by the start of the text: wrappers nest deep, and
    // reading each one's whole text would read the article once per level.
    if (this.content === null && limit <= PREFIX_MAX_LIMIT) {
      const start = this.start(prefixFor(limit));
      if (this.content === null) {
        const n = collapsedLength(start, limit);
        if (n > limit) return (this.atLeast = n);
      }
    }
    this.content ??= this.el.textContent ?? '';
    const n = collapsedLength(this.content, limit);
    if (n <= limit) this.len = n;
    else this.atLeast = n;
    return n;
  }

  head(): string {
    // White space between tags can fill the first characters: read on until some letters are in.
    for (let want = HEAD_CHARS; ; want *= 4) {
      const text = this.start(want);
      if (this.content !== null || text.trim().length >= HEAD_CHARS) return text;
    }
  }

  /** At least `minChars` of the text's start (all of it when shorter; then it is also `content`). */
  private start(minChars: number): string {
    if (this.content !== null) return this.content;
    if (this.reader === null) {
      // Text alone, or phrasing (a line or a paragraph): one native read costs less than a walk over its text nodes.
      if (PHRASING_ONLY.has(this.tag) || this.childCount === 0) return (this.content = this.el.textContent ?? '');
      this.reader = new TextReader(this.el);
    }
    const text = this.reader.text.length < minChars ? this.reader.readTo(minChars) : this.reader.text;
    return this.reader.whole ? (this.content = text) : text;
  }

  text(): string {
    return (this.collapsed ??= collapse(this.content ??= this.el.textContent ?? ''));
  }

  clutter(): Clutter {
    return this.kind !== undefined ? this.kind : (this.kind = clutterKindByName(this, this.bodyChars));
  }
}

/** The Candidate of one short line in post-processing, its text already read (names are read only when asked). */
export class LineCandidate implements Candidate {
  readonly tag: string;
  private rawName: string | null = null;
  private nameTokenList: string[] | null = null;

  constructor(
    readonly el: Element,
    private readonly line: string,
  ) {
    this.tag = el.tagName.toUpperCase();
  }

  get raw(): string {
    return (this.rawName ??= nameString(this.el).toLowerCase());
  }

  get tokens(): string[] {
    return (this.nameTokenList ??= nameTokens(this.el, this.raw));
  }

  get attributed(): boolean {
    return this.el.hasAttributes();
  }

  get parentTag(): string {
    return this.el.parentElement?.tagName.toUpperCase() ?? '';
  }

  get childCount(): number {
    return this.el.childElementCount;
  }

  textLength(): number {
    return this.line.length;
  }

  head(): string {
    return this.line;
  }

  text(): string {
    return this.line;
  }

  clutter(): null {
    return null;
  }
}
