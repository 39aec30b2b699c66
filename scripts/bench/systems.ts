/**
 * The three extractors and two article detectors behind one interface each.
 * `extract` is the timed part (what a reader calls); `toOutput` turns its result into the scored
 * plain text and is not timed, so HTML→text conversion costs no system anything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import type { Article, DetectionResult, ExtractOptions } from '../../src/core/types.ts';
import { htmlToText } from './text.ts';

export interface SystemOutput {
  /** The article text a reader shows, one block per line; '' for "not an article". */
  text: string;
  title?: string;
  lang?: string;
  dir?: string;
  /** A failure the system caught itself and reported in its result; counted as an error. */
  error?: string;
  /** The system says a time or size budget cut its work short. */
  partial?: boolean;
}

/** What a system may ask of the page beyond its document. */
export interface PageContext {
  /** A fresh parse of the page; its time is taken off the system's timing (parse is never timed). */
  reparse(): Document;
}

export interface BenchSystem {
  name: string;
  version: string;
  /** True when `extract` changes the document it is given; such systems run last on a page. */
  mutatesDoc: boolean;
  /** Timed. Returns the system's own result (null = "not an article"). */
  extract(doc: Document, url: string, page: PageContext): unknown;
  /** Untimed. */
  toOutput(raw: unknown): SystemOutput;
}

export interface BenchDetector {
  name: string;
  detect(doc: Document, url: string): boolean;
}

export function packageVersion(repoRoot: string, pkg: string): string {
  const file = path.join(repoRoot, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function readabilitySystem(repoRoot: string): BenchSystem {
  return {
    name: '@mozilla/readability',
    version: packageVersion(repoRoot, '@mozilla/readability'),
    mutatesDoc: false,
    // Readability mutates what it parses, so it gets a clone, as its README says; the clone is
    // timed because our extractor clones inside its own call. jsdom's clone throws on attribute
    // names its own parser accepted (`<a "x=…">`, 2 l3s pages); ours falls back to a copy of its
    // own, so Readability gets a fresh parse there rather than a crash.
    extract: (doc, _url, page) => new Readability(cloneOrReparse(doc, page)).parse(),
    toOutput(raw) {
      const r = raw as ReturnType<Readability['parse']>;
      if (!r) return { text: '' };
      // dir null means Readability found none: the reader then shows the default, '' → ltr.
      return { text: htmlToText(r.content ?? ''), title: r.title ?? undefined, lang: r.lang ?? undefined, dir: r.dir ?? '' };
    },
  };
}

function cloneOrReparse(doc: Document, page: PageContext): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    return page.reparse();
  }
}

type DefuddleResult = ReturnType<DefuddleClass['parse']>;

export function defuddleSystem(repoRoot: string): BenchSystem {
  return {
    name: 'defuddle',
    version: packageVersion(repoRoot, 'defuddle'),
    // parse() strips <script> from the live document; it clones internally for everything else.
    mutatesDoc: true,
    // The synchronous parse(), as the browser bundle runs it: parseAsync() may fetch from
    // third-party APIs when a page yields nothing, which a bench must not do.
    extract: (doc, url) => new DefuddleClass(doc, { url }).parse(),
    toOutput(raw) {
      const r = raw as DefuddleResult;
      // defuddle reports no direction, so dir stays undefined (scored "n/a").
      return { text: htmlToText(r.content ?? ''), title: r.title || undefined, lang: r.language || undefined };
    },
  };
}

// ---------------------------------------------------------------------------
// Quiet Reader's own core, imported dynamically: the bench must keep running the reference
// systems while src/core is being written, and report ours as "not available" meanwhile.
// ---------------------------------------------------------------------------

interface CoreModule {
  extractArticle(doc: Document, url: string, options?: ExtractOptions): Article | null;
}
interface DetectModule {
  detectArticle(doc: Document, url: string): DetectionResult;
}

export interface Unavailable {
  name: string;
  reason: string;
}

async function importCore<T>(rel: string, fn: keyof T & string): Promise<T | string> {
  try {
    const mod = (await import(new URL(rel, import.meta.url).href)) as T;
    if (typeof mod[fn] !== 'function') return `${rel} does not export ${fn}()`;
    return mod;
  } catch (err) {
    return `${rel} could not be loaded: ${(err as Error).message.split('\n')[0]}`;
  }
}

export async function quietReaderSystem(repoRoot: string): Promise<BenchSystem | Unavailable> {
  const name = 'quiet-reader';
  const core = await importCore<CoreModule>('../../src/core/index.ts', 'extractArticle');
  if (typeof core === 'string') return { name, reason: core };
  const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    name,
    version,
    mutatesDoc: false,
    extract: (doc, url) => core.extractArticle(doc, url),
    toOutput(raw) {
      const a = raw as Article | null;
      // Article.comments is returned apart and hidden by default: it is never scored.
      if (!a) return { text: '' };
      // extractArticle never throws on a page: it returns an empty partial article whose debug log
      // carries the reason. That is a crash for the bench, not a "not an article".
      const failure = a.removed?.find((r) => r.step === 'error');
      return { text: a.text ?? '', title: a.title, lang: a.lang || undefined, dir: a.dir, partial: a.partial, error: failure?.text };
    },
  };
}

export async function quietReaderDetector(): Promise<BenchDetector | Unavailable> {
  const name = 'quiet-reader detectArticle';
  const fromIndex = await importCore<DetectModule>('../../src/core/index.ts', 'detectArticle');
  const mod = typeof fromIndex === 'string' ? await importCore<DetectModule>('../../src/core/detect.ts', 'detectArticle') : fromIndex;
  if (typeof mod === 'string') return { name, reason: mod };
  return { name, detect: (doc, url) => mod.detectArticle(doc, url).isArticle };
}

export const readabilityDetector: BenchDetector = {
  name: 'isProbablyReaderable',
  detect: (doc) => isProbablyReaderable(doc),
};

export function isUnavailable(x: object): x is Unavailable {
  return 'reason' in x;
}
