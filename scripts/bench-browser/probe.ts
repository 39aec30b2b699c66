/**
 * Times detection and the extractors inside each page's main thread: the probe bundle (probe-entry.ts,
 * built here with esbuild to one IIFE, one copy per system) is evaluated in the loaded page, then each
 * system runs once to warm up and three more times on its own copy; the page's figure is the median of
 * those three. A system that runs later on a page is a few per cent faster (measured, paired over 131
 * pages: both Quiet Reader and Readability), so Quiet Reader, Readability and Readability loaded as a
 * script (the floor under the cold budget) run in each of their orders in turn, page by page.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ProbeResult } from './probe-entry.ts';
import { median } from './stats.ts';

export const SYSTEMS = ['detect', 'extract', 'comments', 'readability', 'readability-loaded', 'defuddle'] as const;
export type SystemName = (typeof SYSTEMS)[number];
const RUNS = 3;

/** One minified IIFE, as the extension's own build writes its scripts (so every system parses the same way). */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced no bundle for ${entry}`);
  return out.text;
}

export async function buildProbe(repoRoot: string): Promise<string> {
  const probe = await bundle(path.join(repoRoot, 'scripts/bench-browser/probe-entry.ts'));
  // The reader script, loaded by the first extraction call: a function's body is compiled when it is first
  // called, as a script is when it is injected; the page only pre-parses it here.
  const reader = await bundle(path.join(repoRoot, 'scripts/bench-browser/reader-entry.ts'));
  // Readability alone, loaded the same way: the floor under any reader injected as a script (readability-entry.ts).
  const readability = await bundle(path.join(repoRoot, 'scripts/bench-browser/readability-entry.ts'));
  const loader = `window.__qrLoadReader = function () {\n${reader}\n};\nwindow.__qrLoadReadability = function () {\n${readability}\n};\n`;
  // One copy of the code per system. Quiet Reader and @mozilla/readability share Readability's code, and
  // detection shares helpers with extraction: with one copy, the system timed first would warm up (let the
  // JIT compile) code that the next one then runs. Each copy's functions are separate functions to V8,
  // with their own feedback and optimized code, so every system starts as cold as on a real page.
  return loader + SYSTEMS.map((name) => `${probe}\n;(window.__qrProbes ??= {})[${JSON.stringify(name)}] = window.__qrProbe;\n`).join('');
}

export interface SystemTiming {
  /** The first (cold) call on the page. */
  firstMs: number;
  /** Part of the first call spent loading the system's script (Quiet Reader's reader script). */
  loadMs?: number;
  /** Median of the warm runs. */
  ms: number;
  /** Every call, cold and warm. */
  callsMs: number[];
  /** Text length (extractors), comments found (comments) or 1/0 "is an article" (detection). */
  size: number;
  error?: string;
}

export interface PageTiming {
  systems: Partial<Record<SystemName, SystemTiming>>;
  /** Long tasks the page's PerformanceObserver saw while only detection ran; -1 = unsupported. */
  detectLongTasks: number;
  /** Detection by the served URL (what the extension sees): the popup sample is taken from these. */
  articleHere: boolean;
}

async function timeSystem(page: Page, name: SystemName, url: string): Promise<SystemTiming> {
  const calls: ProbeResult[] = [];
  for (let i = 0; i <= RUNS; i++) {
    calls.push(await page.evaluate((n: string, u: string) => (window as any).__qrProbes[n].time(n, u) as Promise<ProbeResult>, name, url));
  }
  const failed = calls.find((c) => c.error !== undefined);
  const first = calls[0] as ProbeResult;
  return {
    firstMs: first.ms,
    ...(first.loadMs === undefined ? {} : { loadMs: first.loadMs }),
    ms: median(calls.slice(1).map((c) => c.ms)),
    callsMs: calls.map((c) => c.ms),
    size: first.size,
    ...(failed ? { error: failed.error } : {}),
  };
}

/**
 * The three extractors the cold budget compares, in each of their six orders in turn (`index`: the page's
 * place in the run), so that over six pages each runs before each other one three times (see the header).
 */
const ORDERS = [
  ['extract', 'readability', 'readability-loaded'],
  ['readability', 'extract', 'readability-loaded'],
  ['readability-loaded', 'extract', 'readability'],
  ['extract', 'readability-loaded', 'readability'],
  ['readability', 'readability-loaded', 'extract'],
  ['readability-loaded', 'readability', 'extract'],
] as const;

export async function timePage(page: Page, bundle: string, url: string, index: number): Promise<PageTiming> {
  await page.evaluate(bundle);
  const systems: PageTiming['systems'] = {};
  systems.detect = await timeSystem(page, 'detect', url);
  // Let a long task that ended in the last call be delivered before reading the count.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
  const detectLongTasks = await page.evaluate(() => (window as any).__qrProbes.detect.takeLongTasks() as number);
  const articleHere = await page.evaluate(() => (window as any).__qrProbes.detect.isArticleHere() as boolean);
  // The comments request follows the extraction it completes; defuddle strips <script> from the live document, so it runs last.
  const order: SystemName[] = [...(ORDERS[index % ORDERS.length] ?? ORDERS[0]).flatMap((name) => (name === 'extract' ? ['extract', 'comments'] as const : [name])), 'defuddle'];
  for (const name of order) systems[name] = await timeSystem(page, name, url);
  return { systems, detectLongTasks, articleHere };
}
