import type { ExtractContext } from './context.ts';

/** What a pruning rule sees for one element; tokens and text length are computed once, lazily. */
export interface Candidate {
  el: Element;
  tag: string;
  tokens: string[];
  /** Lower-cased `class` and `id` as written, unsplit (a post marker is judged on its whole words: clean-comments.ts). */
  raw: string;
  /**
   * Facts several rules ask of the same element, read from the DOM once: does it carry any attribute, its
   * parent's tag (upper case, '' at the top) and its number of child elements.
   */
  readonly attributed: boolean;
  readonly parentTag: string;
  readonly childCount: number;
  /**
   * Collapsed text length of the element when it is at most `limit`, else some number above `limit`
   * (so `textLength(L) <= L`, `< L` and `> L` all compare as the exact length would). Short limits stop
   * early on big blocks; results are memoized.
   */
  textLength(limit?: number): number;
  /**
   * The start of the element's text, uncollapsed, with at least 16 characters after leading white space when
   * the text has that many: for anchored pre-checks that spare reading the whole text.
   */
  head(): string;
  /** Collapsed, trimmed text of the element (memoized; ask textLength first when only short text matters). */
  text(): string;
  /** Clutter kind named by class/id tokens, with the size guards of names.ts (memoized). */
  clutter(): { kind: string; token: string } | null;
}

/**
 * A match: the rule name and what to remove, in document order (default: the element itself).
 * A heading may take its container, or itself plus the siblings that form its section.
 */
export interface RuleMatch {
  rule: string;
  nodes?: Element[];
}

/** One kind of clutter, checked on every element of the clone in a single walk (see prune.ts). */
export interface PruneRule {
  step: string;
  test(c: Candidate, ctx: ExtractContext): RuleMatch | null;
}

/** Inline tags: a class name on them says little, so class-based rules skip them. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'MARK', 'Q', 'S', 'SMALL', 'SPAN',
  'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'PICTURE', 'SOURCE', 'SVG', 'BR', 'WBR',
]);

/** Tags that hold the article itself: never removed on class-name evidence. */
export const ARTICLE_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
