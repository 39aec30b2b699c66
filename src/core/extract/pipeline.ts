import { linearizeMath } from './math.ts';
import { EMBED_SELECTOR, EXTRACT_BUDGET } from '../constants.ts';
import { ARTICLE_TAGS } from './rules.ts';
import { countWords, detectDir, detectLang, readingMinutes, sampleScripts } from '../lang.ts';
import type { Article, CommentSection, ExtractOptions } from '../types.ts';
import { queryEach } from '../locate.ts';
import { cloneDocument } from './clone.ts';
import { drop, now, touchesKept, type ExtractContext } from './context.ts';
import { collapsedLength } from './dom.ts';
import { absolutize, baseUrl, resolveImages } from './images.ts';
import { readMeta, toIsoDate, type PageMeta } from './metadata.ts';
import { postProcess } from './postprocess.ts';
import { FULL_RULES, LIGHT_RULES, prune, truncateHugePage } from './prune.ts';
import { commentsOutside } from './comments.ts';
import { scanPage, type PageScan } from './scope.ts';
import { scoreWithReadability, type Scored } from './score.ts';
import { blockText } from './text.ts';
import { cleanTitle, readTitleSources } from './title.ts';
import type { PruneRule } from './rules.ts';
import { toArray } from '../lists.ts';

/**
 * The extraction pipeline. Order matters:
 * 1. metadata and title are read from the input first (cleaning removes the tags they live in);
 * 2. on a clone: lazy images are resolved before cleaning, so Readability sees real images;
 * 3. our cleaning runs before Readability, so comment threads and link lists never compete as candidates;
 * 4. Readability scores; if the result is too short, a fresh clone with light cleaning is tried (a sieve);
 * 5. post-processing, then sanitizing (when the caller gives a sanitizer), then text, language and direction.
 * The sanitizer is a parameter, not an import, so a bundle that never sanitizes here (the content script) does
 * not carry DOMPurify.
 */
export function runPipeline(input: Document, url: string, options: ExtractOptions = {}, sanitize?: Sanitizer): Article {
  const view = input.defaultView;
  const started = now();
  const base = baseUrl(input, url);
  const meta = readMeta(input, base);
  const title = cleanTitle(readTitleSources(input, meta.tags, meta.siteName));
  const budget = options.timeBudgetMs ?? EXTRACT_BUDGET.timeBudgetMs;
  const removed: Article['removed'] = [];
  let partial = false;

  // A sieve: full cleaning first; only a near-empty result is retried with light cleaning, and the
  // retry must be clearly longer to win (it keeps more clutter).
  let best: Attempt | null = null;
  const scan = scanPage(input);
  const { composed } = scan;
  // A container the person picked for this site's pages like this one: both attempts stay inside it.
  const picked = pickedRegion(input, scan, options.regionSelector);
  const region = picked ?? scan.region;
  const attempts: [readonly PruneRule[], Element | null][] = [[FULL_RULES, region], [LIGHT_RULES, picked]];
  for (const [rules, scope] of attempts) {
    const attempt = runAttempt(input, url, rules, scope, composed, options, started + budget);
    partial ||= attempt.ctx.partial;
    if (!best || attempt.chars > best.chars * EXTRACT_BUDGET.retryMinGain) best = attempt;
    if (best.chars >= EXTRACT_BUDGET.minTextChars || now() > started + budget || attempt.tooBig) break;
    // An attempt on the whole page differs from the retry only by the rules the retry leaves out: when
    // none of those removed anything, the retry would repeat this attempt exactly (empty and tiny pages).
    if (scope === null && [...attempt.ctx.removedSteps].every((step) => LIGHT_STEPS.has(step))) break;
  }
  if (best && now() > started + budget) partial = true;
  const content = best?.scored?.content ?? null;
  if (content) {
    postProcess(best!.ctx, content, title);
    absolutize(content, base);
    sanitize?.(content, view);
  }
  // After post-processing, so its removals (repeated title, byline, furniture lines) are listed too.
  removed.push(...(best?.ctx.removed ?? []));
  const commentsDeferred = best?.deferComments ?? false;
  return assemble(input, { content, scored: best?.scored ?? null, ctx: best?.ctx ?? null, meta, title, removed, partial, commentsDeferred });
}

const LIGHT_STEPS: ReadonlySet<string> = new Set(LIGHT_RULES.map((rule) => rule.step));

/**
 * Up to this length an attempt's text length decides the sieve (shorter than minTextChars: retry; a
 * retry wins when retryMinGain times longer than an attempt below minTextChars); past it, only "past it" matters.
 */
const DECIDING_CHARS = EXTRACT_BUDGET.minTextChars * EXTRACT_BUDGET.retryMinGain;

interface Attempt {
  ctx: ExtractContext;
  scored: Scored | null;
  /** Collapsed text length, exact up to DECIDING_CHARS (see collapsedLength's limit). */
  chars: number;
  tooBig: boolean;
  /** Comment threads outside the region were left for `outsideCommentsGuarded`. */
  deferComments: boolean;
}

function runAttempt(input: Document, url: string, rules: readonly PruneRule[], region: Element | null, composed: boolean, options: ExtractOptions, deadline: number): Attempt {
  const { clone, lossy } = cloneDocument(input, region, composed);
  const body = clone.body;
  removeScripts(clone);
  unwrapEmbeds(clone);
  if (clone.body) linearizeMath(clone.body);
  const kept = keptIn(clone, options.keepSelectors);
  const ctx: ExtractContext = {
    doc: clone, url, debug: !!options.debug, removed: [], removedSteps: new Set(), deadline, partial: lossy, comments: null,
    bodyChars: body ? collapsedLength(body.textContent ?? '') : 0, kept,
  };
  if (!body) return { ctx, scored: null, chars: 0, tooBig: false, deferComments: false };
  const elems = body.getElementsByTagName('*').length;
  const tooBig = elems > EXTRACT_BUDGET.maxElemsForRetries;
  if (truncateHugePage(ctx, body, elems)) ctx.partial = true;
  resolveImages(body);
  for (const sel of options.extraRemoveSelectors ?? []) {
    try {
      for (const el of toArray(body.querySelectorAll(sel))) if (!touchesKept(ctx, el)) drop(ctx, el, 'extra', sel);
    } catch {
      // An invalid selector from a filter list is skipped, not fatal.
    }
  }
  prune(ctx, rules);
  unname(kept);
  const deferComments = !!region && !!options.deferOutsideComments;
  if (region && !deferComments) ctx.comments = commentsOutside(input, region, clone, ctx.comments);
  // Readability's own retries (heuristics switched off while the result is short) are for whole pages;
  // in the article region they only cost time (measured: same or better F1 without them).
  const scored = scoreWithReadability(clone, !tooBig && !region);
  const chars = scored ? collapsedLength(scored.content.textContent ?? '', DECIDING_CHARS) : 0;
  if (tooBig) ctx.partial = true;
  return { ctx, scored, chars, tooBig, deferComments };
}

/**
 * The element a picked region selector names in the page, unless it is the whole page or matches nothing. Not on a
 * page copied as rendered (`scan.composed`, shadow roots): extraction and the deferred comments both go without it there.
 */
function pickedRegion(input: Document, scan: PageScan, selector: string | undefined): Element | null {
  if (!selector || scan.composed) return null;
  try {
    const found = input.querySelector(selector);
    return found && found !== input.body && found !== input.documentElement && input.body?.contains(found) ? found : null;
  } catch {
    return null;
  }
}

/** The clone's elements matching the keep selectors (their matches and what is inside them are not clutter). */
function keptIn(clone: Document, selectors: readonly string[] | undefined): Set<Element> {
  return new Set(selectors ? queryEach(clone, selectors) : []);
}

/**
 * Kept blocks lose their class and id in the clone: Readability weighs names such as "comment" or "ad"
 * against a block (and drops "unlikely candidates" by them), which the person has just said is wrong here.
 */
function unname(kept: ReadonlySet<Element>): void {
  for (const el of kept) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

/**
 * Scripts and styles go first: their text would inflate every "share of the page" measure and they cost
 * every later pass. JSON-LD stays: Readability reads article metadata from it.
 */
function removeScripts(doc: Document): void {
  for (const tag of ['script', 'style', 'template']) {
    const list = toArray(doc.getElementsByTagName(tag));
    for (const el of list) if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) el.parentNode?.removeChild(el);
  }
}

/**
 * An embedded post (tweet, Instagram, TikTok…; EMBED_SELECTOR) is a quote the author put in the story, but its
 * wrappers are often named `social-embed` or `widget`, which Readability (and our own names) read as clutter. The
 * chain of wrappers that hold nothing but the embed is replaced by the embed itself, so the quote and its link
 * are judged as a blockquote.
 */
function unwrapEmbeds(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const embed of toArray(body.querySelectorAll(EMBED_SELECTOR))) {
    let top: Element = embed;
    for (let p = top.parentElement; p && p !== body && !ARTICLE_TAGS.has(p.tagName.toUpperCase()) && p.childElementCount === 1 && hasNoOwnText(p); p = p.parentElement) top = p;
    if (top !== embed) top.replaceWith(embed);
  }
}

function hasNoOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return false;
  return true;
}

interface Parts {
  content: Element | null;
  scored: Scored | null;
  ctx: ExtractContext | null;
  meta: PageMeta;
  title: string;
  removed: Article['removed'];
  partial: boolean;
  commentsDeferred: boolean;
}

function assemble(input: Document, p: Parts): Article {
  const text = p.content ? blockText(p.content) : '';
  const scripts = sampleScripts(text);
  const lang = detectLang(input, p.content, text, p.meta.tags, scripts);
  const dir = detectDir(p.content, lang, text, scripts);
  const words = countWords(text, lang);
  return {
    title: p.title || p.scored?.title || '',
    byline: p.scored?.byline ?? p.meta.byline,
    siteName: p.scored?.siteName ?? p.meta.siteName,
    published: toIsoDate(p.scored?.published) ?? p.meta.published,
    lang,
    dir,
    excerpt: p.scored?.excerpt ?? p.meta.excerpt,
    leadImage: p.meta.leadImage,
    contentHtml: p.content ? p.content.innerHTML : '',
    text,
    wordCount: words,
    readingMinutes: readingMinutes(text, lang, words),
    comments: p.ctx?.comments ?? null,
    commentsDeferred: p.commentsDeferred,
    removed: p.removed,
    partial: p.partial,
  };
}

/** Makes the article element safe to render, in place (see sanitize.ts). */
export type Sanitizer = (content: Element, view: (Window & typeof globalThis) | null) => void;

/**
 * runPipeline for a public entry point: a page must never break the reader, so an error becomes an
 * empty, partial result with the reason in `removed`.
 */
export function extractGuarded(doc: Document, url: string, options: ExtractOptions | undefined, sanitize?: Sanitizer): Article {
  try {
    return runPipeline(doc, url, options, sanitize);
  } catch (err) {
    return emptyArticle(String(err instanceof Error ? err.message : err).slice(0, 200));
  }
}

/**
 * The comment threads outside the article region that `deferOutsideComments` left out: the same
 * region is found again (scanPage is deterministic on an unchanged page; `regionSelector` as given to the extraction). Null when extraction would
 * have found none there, or when the page has no region (then extraction found every thread itself).
 * A failure costs only the comment section (null), never the article already shown.
 */
export function outsideCommentsGuarded(input: Document, regionSelector?: string): CommentSection | null {
  try {
    const scan = scanPage(input);
    // The same region as the extraction: a picked container when it was given one (ExtractOptions.regionSelector).
    const region = pickedRegion(input, scan, regionSelector) ?? scan.region;
    return region ? commentsOutside(input, region, input.implementation.createHTMLDocument(''), null) : null;
  } catch {
    return null;
  }
}

/** The result for a page we could not read: empty, flagged partial, with the reason in `removed`. */
export function emptyArticle(reason: string): Article {
  return {
    title: '', byline: null, siteName: null, published: null, lang: '', dir: 'ltr', excerpt: null, leadImage: null,
    contentHtml: '', text: '', wordCount: 0, readingMinutes: 0, comments: null, commentsDeferred: false,
    removed: [{ step: 'error', rule: 'extraction failed', text: reason }], partial: true,
  };
}
