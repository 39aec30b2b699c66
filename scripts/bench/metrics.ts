/**
 * Scoring, exactly as /work/shared/datasets/README.md defines it:
 * a) shingle P/R/F1 (scrapinghub article-extraction-benchmark `evaluate.py`),
 * b) snippet P/R/F1 (trafilatura `tests/eval_common.py`, micro averages),
 * c) comment leakage (l3s-gn1 shingles, trafilatura-dev snippets).
 * Pure functions over strings: no DOM, so vitest checks them by hand-computed cases.
 */

/** Python `\w+` on `str`: runs of Unicode letters, numbers or `_`; combining marks split tokens. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of 4-token shingles; 1–3 tokens make one short shingle, none make none. */
export function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // Tokens never contain a space, so a space-joined key is unambiguous.
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length === 0) return counts;
  if (tokens.length < SHINGLE_SIZE) {
    add(tokens.join(' '));
    return counts;
  }
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    add(tokens.slice(i, i + SHINGLE_SIZE).join(' '));
  }
  return counts;
}

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleCounts(truth: Map<string, number>, output: Map<string, number>): ShingleCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, t] of truth) {
    const o = output.get(s) ?? 0;
    tp += Math.min(t, o);
    fn += Math.max(0, t - o);
  }
  for (const [s, o] of output) fp += Math.max(0, o - (truth.get(s) ?? 0));
  return { tp, fp, fn };
}

/** Per-page precision and recall; undefined where the README leaves them undefined. */
export interface PageScore {
  p: number | undefined;
  r: number | undefined;
  /** Token sequences identical (the reference's optional "accuracy"). */
  exact: boolean;
}

export function scorePage(truthText: string, outputText: string): PageScore {
  const { tp, fp, fn } = shingleCounts(shingles(truthText), shingles(outputText));
  return {
    p: tp + fp > 0 ? tp / (tp + fp) : undefined,
    r: tp + fn > 0 ? tp / (tp + fn) : undefined,
    exact: tokenize(truthText).join(' ') === tokenize(outputText).join(' '),
  };
}

export interface DatasetScore {
  P: number;
  R: number;
  F1: number;
  /** Pages where p (resp. r) is defined, i.e. that enter the mean. */
  nP: number;
  nR: number;
  accuracy: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** P and R are means over pages where defined; F1 comes from the two means, not per-page F1. */
export function aggregatePages(pages: PageScore[]): DatasetScore {
  const ps = pages.flatMap((s) => (s.p === undefined ? [] : [s.p]));
  const rs = pages.flatMap((s) => (s.r === undefined ? [] : [s.r]));
  const P = mean(ps);
  const R = mean(rs);
  return {
    P,
    R,
    F1: P + R > 0 ? (2 * P * R) / (P + R) : 0,
    nP: ps.length,
    nR: rs.length,
    accuracy: pages.length ? pages.filter((s) => s.exact).length / pages.length : 0,
  };
}

// ---------------------------------------------------------------------------
// b) snippets
// ---------------------------------------------------------------------------

/** `\s` in a `u` regex is Unicode White_Space (NBSP, tabs, line breaks included), like Python's. */
export function normWs(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function snippetCounts(withs: string[], withouts: string[], output: string): SnippetCounts {
  const o = normWs(output);
  // An empty output finds nothing (and "" would otherwise contain an empty snippet).
  const found = (snippet: string): boolean => o.length > 0 && o.includes(normWs(snippet));
  const tp = withs.filter(found).length;
  const fp = withouts.filter(found).length;
  return { tp, fp, fn: withs.length - tp, tn: withouts.length - fp };
}

export interface SnippetScore extends SnippetCounts {
  P: number;
  R: number;
  F1: number;
  accuracy: number;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Micro average: counts are summed over pages first. */
export function aggregateSnippets(pages: SnippetCounts[]): SnippetScore {
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of pages) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    sum.tn += c.tn;
  }
  const { tp, fp, fn, tn } = sum;
  return {
    ...sum,
    P: ratio(tp, tp + fp),
    R: ratio(tp, tp + fn),
    F1: ratio(2 * tp, 2 * tp + fp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
  };
}

// ---------------------------------------------------------------------------
// c) comment leakage
// ---------------------------------------------------------------------------

export interface LeakCounts {
  /** Comment shingles (or snippets) that must not appear. */
  forbidden: number;
  leaked: number;
}

/** l3s-gn1: comment shingles beyond what the article itself contains are forbidden. */
export function shingleLeak(body: string, comments: string[], output: string): LeakCounts {
  const C = shingles(comments.join('\n'));
  const T = shingles(body);
  const O = shingles(output);
  let forbidden = 0;
  let leaked = 0;
  for (const [s, c] of C) {
    const t = T.get(s) ?? 0;
    const f = Math.max(0, c - t);
    if (f === 0) continue;
    forbidden += f;
    leaked += Math.min(f, Math.max(0, (O.get(s) ?? 0) - t));
  }
  return { forbidden, leaked };
}

/** trafilatura-dev: comment snippets found as in metric b. */
export function snippetLeak(comments: string[], output: string): LeakCounts {
  const { fp } = snippetCounts([], comments, output);
  return { forbidden: comments.length, leaked: fp };
}

export interface LeakSummary {
  /** Pages where the page rate is defined (forbidden > 0). */
  pages: number;
  meanRate: number;
  pooledRate: number;
  forbidden: number;
  leaked: number;
  /** Ids of pages whose leak rate is > 10 %. */
  over10: string[];
}

export const LEAK_PAGE_THRESHOLD = 0.1;

export function aggregateLeak(pages: Array<LeakCounts & { id: string }>): LeakSummary {
  const defined = pages.filter((p) => p.forbidden > 0);
  const rates = defined.map((p) => p.leaked / p.forbidden);
  const forbidden = defined.reduce((a, p) => a + p.forbidden, 0);
  const leaked = defined.reduce((a, p) => a + p.leaked, 0);
  return {
    pages: defined.length,
    meanRate: mean(rates),
    pooledRate: ratio(leaked, forbidden),
    forbidden,
    leaked,
    over10: defined.filter((p) => p.leaked / p.forbidden > LEAK_PAGE_THRESHOLD).map((p) => p.id),
  };
}

// ---------------------------------------------------------------------------
// timing
// ---------------------------------------------------------------------------

/** Nearest-rank percentile (q in 0..1) of unsorted values; 0 for none. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? 0;
}

/** Median as the mean of the two middle values for even counts. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
