/**
 * One page through every system: parse once, run detectors, run extractors (non-mutating first,
 * so the shared document is pristine for each), score at once and keep only the figures.
 */
import type { BenchPage, Truth } from './datasets.ts';
import type { DomAdapter, ParsedPage } from './dom.ts';
import {
  normWs,
  scorePage,
  shingleLeak,
  snippetCounts,
  snippetLeak,
  tokenize,
  type LeakCounts,
  type PageScore,
  type SnippetCounts,
} from './metrics.ts';
import type { BenchDetector, BenchSystem, SystemOutput } from './systems.ts';
import { nodeToText } from './text.ts';

export interface PageOutcome {
  id: string;
  ms: number;
  error?: string;
  timedOut: boolean;
  partial?: boolean;
  /** No token in the output: not an article, a crash, a timeout, or nothing found. */
  empty: boolean;
  score?: PageScore;
  snippets?: SnippetCounts;
  leak?: LeakCounts;
  /** rtl-dev: text of the empty comment section (forms, counts) found in the output. */
  sectionLeak?: LeakCounts;
  titleOk?: boolean;
  langOk?: boolean;
  /** undefined when the system reports no direction at all. */
  dirOk?: boolean;
}

export interface DetectOutcome {
  id: string;
  truth?: boolean;
  result?: boolean;
  ms: number;
  error?: string;
}

export interface PageRun {
  truth: Truth;
  bytes: number;
  parseMs: number;
  outcomes: Map<string, PageOutcome>;
  detections: Map<string, DetectOutcome>;
}

export interface RunOptions {
  dom: DomAdapter;
  systems: BenchSystem[];
  detectors: BenchDetector[];
  /** Post-hoc: synchronous extractors cannot be pre-empted in-thread, so a slow result is discarded. */
  timeoutMs: number;
  /** Serialise the document before and after each non-mutating system to prove it is untouched. */
  checkMutation: boolean;
}

/** jsdom rejects invalid URLs; one trafilatura-dev page has none at all. */
export function documentUrl(url: string | null): string {
  try {
    return new URL(url ?? '').href;
  } catch {
    return 'http://localhost/';
  }
}

/** Text of the rtl-dev comment-section selectors, read before any system touches the page. */
function commentSectionText(doc: Document, truth: Truth): string {
  const parts: string[] = [];
  for (const sel of truth.commentSection?.selectors ?? []) {
    try {
      for (const el of Array.from(doc.querySelectorAll(sel))) parts.push(nodeToText(el));
    } catch {
      // A selector this DOM cannot parse just contributes nothing.
    }
  }
  return parts.join('\n');
}

const primaryLang = (lang: string | undefined): string | undefined => lang?.split(/[-_]/)[0]?.toLowerCase();

function scoreOutput(truth: Truth, out: SystemOutput, sectionText: string): Partial<PageOutcome> {
  const r: Partial<PageOutcome> = {};
  if (truth.body !== null) r.score = scorePage(truth.body, out.text);
  if (truth.with || truth.without) r.snippets = snippetCounts(truth.with ?? [], truth.without ?? [], out.text);
  if (truth.comments?.length) {
    r.leak = truth.body !== null ? shingleLeak(truth.body, truth.comments, out.text) : snippetLeak(truth.comments, out.text);
  }
  // Only non-trivial section text (2+ tokens) can meaningfully leak.
  if (tokenize(sectionText).length >= 2) r.sectionLeak = shingleLeak('', [sectionText], out.text);
  if (truth.title !== undefined) r.titleOk = normWs(out.title ?? '') === normWs(truth.title);
  if (truth.lang !== undefined) r.langOk = primaryLang(out.lang) === truth.lang;
  // A system that reports direction but gives none leaves the browser default, ltr.
  if (truth.dir !== undefined && out.dir !== undefined) r.dirOk = (out.dir || 'ltr') === truth.dir;
  return r;
}

interface PageInput {
  doc: Document;
  html: string;
  url: string;
  truth: Truth;
  sectionText: string;
}

function runSystem(sys: BenchSystem, page: PageInput, opts: RunOptions): PageOutcome {
  const { doc, url, truth, sectionText } = page;
  let parseMs = 0;
  let reparsed: ParsedPage | undefined;
  const ctx = {
    reparse: (): Document => {
      const t = performance.now();
      const fresh = opts.dom.parse(page.html, url);
      reparsed = fresh;
      parseMs += performance.now() - t;
      return fresh.doc;
    },
  };
  const before = opts.checkMutation && !sys.mutatesDoc ? doc.documentElement.outerHTML : '';
  let raw: unknown = null;
  let error: string | undefined;
  const t0 = performance.now();
  try {
    raw = sys.extract(doc, url, ctx);
  } catch (err) {
    error = (err as Error)?.message?.split('\n')[0] ?? String(err);
  }
  const ms = performance.now() - t0 - parseMs;
  if (before && doc.documentElement.outerHTML !== before) {
    throw new Error(`${sys.name} mutated the document of ${truth.id}; the shared-parse bench would be unfair`);
  }
  const timedOut = ms > opts.timeoutMs;
  let out: SystemOutput = { text: '' };
  if (!error && !timedOut) {
    try {
      out = sys.toOutput(raw);
      if (out.error) error = `reported: ${out.error}`;
    } catch (err) {
      error = `output: ${(err as Error).message}`;
    }
  }
  const partial = out.partial;
  if (error || timedOut) out = { text: '' };
  // The closure assigns it; TS narrows the `let` to its initial undefined without this widening.
  (reparsed as ParsedPage | undefined)?.close();
  const empty = tokenize(out.text).length === 0;
  return { id: truth.id, ms, error, timedOut, partial, empty, ...scoreOutput(truth, out, sectionText) };
}

function runDetector(det: BenchDetector, doc: Document, url: string, truth: Truth): DetectOutcome {
  const t0 = performance.now();
  try {
    const result = det.detect(doc, url);
    return { id: truth.id, truth: truth.readerable, result, ms: performance.now() - t0 };
  } catch (err) {
    return { id: truth.id, truth: truth.readerable, ms: performance.now() - t0, error: (err as Error).message };
  }
}

export function runPage(page: BenchPage, opts: RunOptions): PageRun {
  const { html, bytes } = page.load();
  const { truth } = page;
  const url = documentUrl(truth.url);
  const t0 = performance.now();
  const parsed = opts.dom.parse(html, url);
  const parseMs = performance.now() - t0;
  try {
    const { doc } = parsed;
    const sectionText = commentSectionText(doc, truth);
    const detections = new Map(opts.detectors.map((d) => [d.name, runDetector(d, doc, url, truth)]));
    // Stable sort: systems that change the document (defuddle strips scripts) go last.
    const ordered = [...opts.systems].sort((a, b) => Number(a.mutatesDoc) - Number(b.mutatesDoc));
    if (ordered.filter((s) => s.mutatesDoc).length > 1) throw new Error('only one system may mutate the shared document');
    const input: PageInput = { doc, html, url, truth, sectionText };
    const outcomes = new Map(ordered.map((s) => [s.name, runSystem(s, input, opts)]));
    return { truth, bytes, parseMs, outcomes, detections };
  } finally {
    parsed.close();
  }
}
