import { EXTRACT_BUDGET } from '../constants.ts';
import { adsRule } from './clean-ads.ts';
import { chromeRule, subscribeRule } from './clean-chrome.ts';
import { commentsRule } from './clean-comments.ts';
import { relatedRule } from './clean-related.ts';
import { shareRule } from './clean-share.ts';
import { drop, overBudget, touchesKept, type ExtractContext } from './context.ts';
import { WalkCandidate } from './candidate.ts';
import type { PruneRule } from './rules.ts';

/**
 * Order matters: comments first, so a comment form or count is logged (and collected) as a comment,
 * not as chrome; chrome last, because its tag rules are the broadest.
 */
export const FULL_RULES: readonly PruneRule[] = [commentsRule, adsRule, shareRule, relatedRule, subscribeRule, chromeRule];
/** The retry keeps only the rules that never touch article text: comments and ads. */
export const LIGHT_RULES: readonly PruneRule[] = [commentsRule, adsRule];

/** Never judged or entered: code and figures are content whatever their class (a caption may mention comments). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'MATH', 'NOSCRIPT', 'PRE', 'CODE', 'FIGURE']);
const BUDGET_CHECK_EVERY = 256;

/**
 * One walk over the clone's body: each element is offered to the rules in order; the first match
 * removes it (or its section) and the walk skips its subtree. Nesting deeper than the budget is
 * flattened to text, because recursive DOM code (serializers, Readability) would overflow the stack.
 */
export function prune(ctx: ExtractContext, rules: readonly PruneRule[]): void {
  const root = ctx.doc.body;
  if (!root) return;
  const tokenCache = new Map<string, string[]>();
  walkElements(ctx, root, (el, tag, depth) => {
    const tooDeep = depth >= EXTRACT_BUDGET.maxDepth;
    if (tooDeep) {
      flatten(el);
      ctx.partial = true;
    }
    if (SKIP_TAGS.has(tag) || isPlainRunningText(el, tag)) return { last: el };
    const m = firstMatch(ctx, rules, el, tag, tokenCache);
    if (!m) return tooDeep ? { last: el } : null;
    return { last: m.list[m.list.length - 1]!, match: m };
  });
}

/** What a visit did: null = enter the element; else go on after `last` (its subtree skipped), then remove what `match` lists. */
type Visit = { last: Element; match?: Match } | null;

/** Elements under `root` in document order, iteratively (deep pages), until the time budget is spent. */
function walkElements(ctx: ExtractContext, root: Element, visit: (el: Element, tag: string, depth: number) => Visit): void {
  let el: Element | null = root.firstElementChild;
  let depth = 1;
  let seen = 0;
  while (el) {
    if (++seen % BUDGET_CHECK_EVERY === 0 && overBudget(ctx)) return;
    const step = visit(el, el.tagName.toUpperCase(), depth);
    // The next element is found before the removal: it may remove what the walk stands on.
    const next = nextWithDepth(step?.last ?? el, root, step !== null, depth);
    const m = step?.match;
    if (m) for (const n of m.list) drop(ctx, n, m.step, m.rule);
    el = next.el;
    depth = next.depth;
  }
}

/** Inline markup whose names no rule could act on. */
const RUNNING_TEXT_TAGS = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'S', 'SMALL', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'BR', 'WBR', 'SPAN', 'FONT']);

/**
 * Class-less emphasis inside a paragraph, after its first element, is running text: no rule acts on it
 * (a lead label such as "<b>Related:</b>" is the first element; share links are judged outside
 * paragraphs), so neither it nor what it wraps is looked at.
 */
function isPlainRunningText(el: Element, tag: string): boolean {
  const parent = el.parentElement;
  return RUNNING_TEXT_TAGS.has(tag) && parent !== null && parent.firstElementChild !== el && parent.tagName.toUpperCase() === 'P' && !el.hasAttribute('class') && !el.hasAttribute('id');
}

/** The rule that matched an element and what it removes, in document order. */
interface Match {
  step: string;
  rule: string;
  list: Element[];
}

/** The removals a keep pick overrides. */
const KEPT_STEPS: ReadonlySet<string> = new Set(['comments', 'ads']);

function firstMatch(ctx: ExtractContext, rules: readonly PruneRule[], el: Element, tag: string, tokenCache: Map<string, string[]>): Match | null {
  const c = new WalkCandidate(el, tag, ctx.bodyChars, tokenCache);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const m = rule.test(c, ctx);
    if (!m) continue;
    const list = m.nodes ?? [el];
    // A block the person kept on this site is not a comment section or an ad, whatever its names say.
    if (KEPT_STEPS.has(rule.step) && list.some((node) => touchesKept(ctx, node))) continue;
    return { step: rule.step, rule: m.rule, list };
  }
  return null;
}

function nextWithDepth(el: Element, root: Element, skip: boolean, depth: number): { el: Element | null; depth: number } {
  if (!skip && el.firstElementChild) return { el: el.firstElementChild, depth: depth + 1 };
  let cur: Element | null = el;
  let d = depth;
  while (cur && cur !== root) {
    if (cur.nextElementSibling) return { el: cur.nextElementSibling, depth: d };
    cur = cur.parentElement;
    d--;
  }
  return { el: null, depth: d };
}

/**
 * Cut a huge page down to its first `maxElements` elements; true when something was flattened or cut.
 * Nesting past the depth budget is flattened to text first (as the cleaning walk does): a chain of
 * thousands of wrappers then keeps its text, where cutting by document order would drop what is at its bottom.
 */
export function truncateHugePage(ctx: ExtractContext, body: Element, elementCount: number): boolean {
  if (elementCount <= EXTRACT_BUDGET.maxElements) return false;
  let flattened = false;
  walkElements(ctx, body, (el, _tag, depth) => {
    if (depth < EXTRACT_BUDGET.maxDepth) return null;
    if (el.firstElementChild) {
      flatten(el);
      flattened = true;
    }
    return { last: el };
  });
  if (flattened) elementCount = body.getElementsByTagName('*').length;
  if (elementCount <= EXTRACT_BUDGET.maxElements) return true;
  // A tag list, not a selector: jsdom's selector engine builds a sorted copy of every match.
  const first = body.getElementsByTagName('*')[EXTRACT_BUDGET.maxElements];
  if (first) cutFrom(first, body);
  return true;
}

/** Remove `el` and everything after it in document order (the tail of a huge page). */
function cutFrom(el: Element, root: Element): void {
  for (let cur: Element | null = el; cur && cur !== root; ) {
    const parent: Element | null = cur.parentElement;
    if (!parent) break;
    keepChildrenBefore(parent, cur === el ? el : cur.nextSibling);
    cur = parent;
  }
}

/**
 * Remove `from` and the children after it. The kept head is moved out first and the tail cleared in one
 * `textContent` write: jsdom finds a removed child's index by counting its preceding siblings, so removing
 * a tail of 48,000 paragraphs after 12,000 kept ones one by one was quadratic (35 s on a 10 MB page, against
 * 0.2 s in Chromium). Taken from the front, every child is first: linear in any DOM.
 */
function keepChildrenBefore(parent: Element, from: ChildNode | null): void {
  if (!from) return;
  const head = parent.ownerDocument.createDocumentFragment();
  while (parent.firstChild && parent.firstChild !== from) head.appendChild(parent.firstChild);
  parent.textContent = '';
  parent.appendChild(head);
}

/** Replace a too-deep subtree by its text. */
function flatten(el: Element): void {
  if (el.firstElementChild) el.textContent = el.textContent ?? '';
}
