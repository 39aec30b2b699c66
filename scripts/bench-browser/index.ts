/**
 * npm run bench:browser -- [--dataset NAME|all] [--limit N] [--popup N] [--data DIR] [--json FILE]
 *
 * Speed of Quiet Reader in real Chromium: detection and extraction timed in each page's main thread
 * (against @mozilla/readability and defuddle, same pages, same run), popup open → article painted
 * with the built extension, content-script size, and the memory the content script adds to a page.
 * A measurement, not a test: budgets are printed with ok/FAIL, the exit code is 0 unless it crashed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { launch, openPopup, type BenchBrowser } from './browser.ts';
import { heapOf } from './memory.ts';
import { BLANK_PATH, DATASETS, datasetPages, fallbackPages, spread, startServer, type BenchPage } from './pages.ts';
import { timePopup, type PopupTiming } from './popup.ts';
import { buildProbe, timePage, type PageTiming, type SystemName } from './probe.ts';
import { formatTable, kb, mb, type Row } from './report.ts';
import { CONTENT_SCRIPTS } from '../../src/shared/scripts.ts';
import { median, summarize } from './stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOAD_TIMEOUT_MS = 30_000;
const LONG_TASK_MS = 50;

interface Options {
  datasets: string[];
  limit: number;
  popup: number;
  data: string;
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { datasets: [...DATASETS], limit: 40, popup: 30, data: path.resolve(repoRoot, '../shared/datasets') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    const int = (): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${value}"`);
      return n;
    };
    if (flag === '--dataset') opts.datasets = value === 'all' ? [...DATASETS] : [value];
    else if (flag === '--limit') opts.limit = int() || Number.POSITIVE_INFINITY;
    else if (flag === '--popup') opts.popup = int();
    else if (flag === '--data') opts.data = path.resolve(value);
    else if (flag === '--json') opts.json = path.resolve(value);
    else throw new Error(`unknown option ${flag}; usage: npm run bench:browser -- [--dataset ${DATASETS.join('|')}|all] [--limit N] [--popup N] [--data DIR] [--json FILE]`);
    i++;
  }
  return opts;
}

function selectPages(opts: Options): { pages: BenchPage[]; source: string } {
  if (!existsSync(opts.data)) return { pages: fallbackPages(repoRoot, opts.limit), source: 'tests/fixtures + tests/e2e/pages (no datasets found)' };
  const pages = opts.datasets.flatMap((name) => datasetPages(opts.data, name, opts.limit));
  const counts = opts.datasets.map((name) => `${name} ${pages.filter((p) => p.dataset === name).length}`);
  return { pages, source: counts.join(', ') };
}

const version = (pkg: string): string =>
  (JSON.parse(readFileSync(path.join(repoRoot, pkg === '.' ? '' : `node_modules/${pkg}`, 'package.json'), 'utf8')) as { version: string }).version;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0] as number;
  const opts = parseArgs(process.argv.slice(2));
  const dist = path.join(repoRoot, 'dist/chrome');
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    log('dist/chrome is missing: running npm run build');
    if (spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
  }
  const { pages, source } = selectPages(opts);
  if (pages.length === 0) throw new Error('no pages to measure');
  const server = await startServer(pages);
  const bundle = await buildProbe(repoRoot);

  // 1–2. Detection and extraction, in a browser without the extension, so the content script's own
  // detection, hiding and polling neither run in the timed pages nor change what the systems see.
  log(`detection + extraction on ${pages.length} pages (${source})`);
  const plain = await launch(null);
  const timings = new Map<string, PageTiming>();
  const pageErrors: string[] = [];
  for (const [i, page] of pages.entries()) {
    const tab = await plain.open(server.urlOf(page), LOAD_TIMEOUT_MS).catch((err: unknown) => err as Error);
    try {
      if (tab instanceof Error) throw tab;
      timings.set(page.key, await timePage(tab, bundle, page.url, i));
    } catch (err) {
      pageErrors.push(`${page.key}: ${String(err instanceof Error ? err.message : err).slice(0, 120)}`);
    }
    if (!(tab instanceof Error)) await tab.close().catch(() => undefined);
    if ((i + 1) % 20 === 0) log(`  ${i + 1}/${pages.length}`);
  }
  const slowLoads = pages.filter((p) => plain.slowLoads.has(server.urlOf(p))).map((p) => p.key);
  const candidates = pages.filter((p) => timings.get(p.key)?.articleHere);
  const popupPages = spread(candidates, opts.popup);
  const memoryUrl = server.urlOf(popupPages[0] ?? (pages[0] as BenchPage));
  log('memory without the extension');
  const baseBlank = await heapOf(plain, server.origin + BLANK_PATH);
  const baseArticle = await heapOf(plain, memoryUrl);
  const chromium = plain.version;
  await plain.close();

  // 3, 5. Popup and memory with the built extension, launched as tests/e2e/browsers.ts does.
  log(`popup on ${popupPages.length} pages, then memory with the extension`);
  const ext = await launch(dist);
  const popups: Array<PopupTiming & { key: string }> = [];
  const popupErrors: string[] = [];
  for (const page of popupPages) {
    try {
      popups.push({ key: page.key, ...(await timePopup(ext, server.urlOf(page), LOAD_TIMEOUT_MS)) });
    } catch (err) {
      popupErrors.push(`${page.key}: ${String(err instanceof Error ? err.message : err).slice(0, 120)}`);
    }
  }
  const extBlank = await heapOf(ext, server.origin + BLANK_PATH);
  const extArticle = await heapOf(ext, memoryUrl);
  const extExtracted = await heapOf(ext, memoryUrl, (page) => openAndClosePopup(ext, page));
  await ext.close();
  await server.close();

  // 4. Content-script sizes: the page script every page loads, and the reader and picker scripts injected on demand.
  const sizeOf = (file: string) => {
    const content = readFileSync(path.join(dist, file));
    return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const sizes = { page: sizeOf(CONTENT_SCRIPTS.page), reader: sizeOf(CONTENT_SCRIPTS.reader), picker: sizeOf(CONTENT_SCRIPTS.picker) };

  const report = buildReport({ pages, timings, popups, sizes });
  const memory = { blank: extBlank - baseBlank, article: extArticle - baseArticle, extracted: extExtracted - baseArticle };
  const rows: Row[] = [
    ...report.rows,
    {
      label: 'content script memory',
      note: `${mb(memory.blank)} blank page, ${mb(memory.article)} article, ${mb(memory.extracted)} after popup extraction`,
      budget: '≤ +0.2 MB blank',
      ok: memory.blank <= 0.2 * 1048576,
    },
  ];
  const title = `bench:browser — Chromium ${chromium.split('.')[0]} (headless), ${timings.size} pages, Quiet Reader ${version('.')}, @mozilla/readability ${version('@mozilla/readability')}, defuddle ${version('defuddle')}`;
  console.log(formatTable(title, rows));
  console.log(
    [
      `pages: ${source}; served from 127.0.0.1 (other requests blocked), page scripts on, no extension while timing 1–2.`,
      'extraction quiet-reader: the reader\'s first request (READER_EXTRACT_OPTIONS), the article the popup paints; comment threads outside the article region come in a second request after the paint ("then comments", timed in its own cold copy of the code). Its first call also loads the reader script (compiles and runs it, as its injection into the tab does: "of which loading"); the budget compares that cold call with Readability\'s cold call, which does not load Readability\'s script. "Loaded as a script" is Readability alone loaded that way (its own copy, cold): the least any reader that injects a script doing Readability\'s work can cost.',
      'times: each system 1 warm-up + median of 3 calls per page, each call in its own task, performance.now() in the page (cross-origin isolated); each system runs its own copy of the code (no system runs code another has warmed up); Quiet Reader, Readability and Readability loaded as a script run in their six orders in turn, page by page (each runs before each other one on half the pages), as a system that runs later runs a few per cent faster; "by call": medians over pages of the cold call and of each timed call.',
      'popup: opened by clicking the toolbar button (CDP Extensions.triggerAction); from the popup page\'s navigation start (performance.timeOrigin) to the first animation frame showing the article text, on pages the extension detects as articles; "injection" is scripting.executeScript of the page and reader scripts (the reader script is not in the page until then); the wall-clock rows add the time from the click, which is Chromium creating the popup view.',
      `memory: page isolate's used JS heap after GC (CDP Runtime.getHeapUsage), with minus without the extension, median of 3 tabs.`,
      ...report.notes,
      ...(slowLoads.length ? [`no load event within 5 s after DOMContentLoaded (measured anyway): ${slowLoads.join(', ')}`] : []),
      ...pageErrors.map((e) => `page error: ${e}`),
      ...popupErrors.map((e) => `popup error: ${e}`),
      `run time ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(1)} at start, ${(loadavg()[0] as number).toFixed(1)} at end, ${cpus().length} cores (other work on the machine inflates the timings, the p95s most)`,
    ].join('\n'),
  );
  if (opts.json) {
    const perPage = Object.fromEntries(timings);
    writeFileSync(opts.json, JSON.stringify({ title, chromium, source, rows, memory, slowLoads, pageErrors, popupErrors, popups, pages: perPage }, null, 2));
    log(`wrote ${opts.json}`);
  }
}

/** Opens the popup on `page`, lets it extract, closes it, and lets the page settle. */
async function openAndClosePopup(bb: BenchBrowser, page: Page): Promise<void> {
  const { popup } = await openPopup(bb, page);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: LOAD_TIMEOUT_MS });
  await popup.close();
  await new Promise((ok) => setTimeout(ok, 500));
}

interface Collected {
  pages: BenchPage[];
  timings: Map<string, PageTiming>;
  popups: Array<PopupTiming & { key: string }>;
  sizes: Record<'page' | 'reader' | 'picker', { raw: number; gzip: number }>;
}

/**
 * The same comparison page by page: the median over pages of quiet-reader's time over readability's. It
 * does not depend on which pages sit near the two medians, so it moves less between runs than their ratio.
 */
function pairedRow(all: PageTiming[]): Row {
  const ratios = all.flatMap((t) => {
    const ours = t.systems.extract;
    const theirs = t.systems.readability;
    return ours && theirs && !ours.error && !theirs.error && theirs.ms > 0 ? [ours.ms / theirs.ms] : [];
  });
  const faster = ratios.filter((r) => r < 1).length;
  return { label: '  quiet-reader / readability', note: `per page: median ratio ${median(ratios).toFixed(3)}, faster on ${faster} of ${ratios.length} pages` };
}

/** How the floor (Readability alone, its script loaded in the call) compares with Readability's cold call, page by page. */
function floorNote(all: PageTiming[]): string {
  const ratios = all.flatMap((t) => {
    const loaded = t.systems['readability-loaded'];
    const cold = t.systems.readability;
    return loaded && cold && !loaded.error && !cold.error && cold.firstMs > 0 ? [loaded.firstMs / cold.firstMs] : [];
  });
  const within = ratios.filter((r) => r <= 1).length;
  return `per page ${median(ratios).toFixed(3)}× Readability cold, within it on ${within} of ${ratios.length}`;
}

function buildReport({ timings, popups, sizes }: Collected): { rows: Row[]; notes: string[] } {
  const all = [...timings.values()];
  const of = (name: SystemName) => all.map((t) => t.systems[name]).filter((s) => s !== undefined);
  const okMs = (name: SystemName) => of(name).filter((s) => !s.error).map((s) => s.ms);
  const detect = summarize(okMs('detect'));
  const detectCalls = of('detect').flatMap((s) => s.callsMs);
  const longCalls = detectCalls.filter((v) => v > LONG_TASK_MS).length;
  const observed = all.map((t) => t.detectLongTasks);
  const observedNote = observed.some((n) => n < 0) ? 'long-task observer unsupported' : `long-task observer: ${observed.reduce((a, b) => a + b, 0)}`;
  const ours = summarize(okMs('extract'));
  const readability = summarize(okMs('readability'));
  const coldMs = (name: SystemName) => of(name).filter((s) => !s.error).map((s) => s.firstMs);
  const oursCold = summarize(coldMs('extract'));
  const readabilityCold = summarize(coldMs('readability'));
  const firstCall = summarize(of('detect').map((s) => s.firstMs));
  const extractRow = (label: string, name: SystemName, extra: Partial<Row> = {}): Row => {
    const runs = of(name);
    const errors = runs.filter((s) => s.error).length;
    const empty = runs.filter((s) => !s.error && s.size === 0).length;
    return { label, summary: summarize(okMs(name)), note: `${errors} errors, ${empty} empty`, ...extra };
  };
  // Medians by call index: how far each system still is from its steady state when the timed calls run.
  const byCall = (name: SystemName): Row => {
    const runs = of(name).filter((s) => !s.error);
    const calls = [0, 1, 2, 3].map((i) => median(runs.map((s) => s.callsMs[i] ?? Number.NaN).filter(Number.isFinite)));
    return { label: '  by call (median ms)', note: `cold ${calls[0]!.toFixed(2)}, then ${calls.slice(1).map((v) => v.toFixed(2)).join(', ')}` };
  };
  const articles = popups.filter((p) => p.state === 'article');
  // The budget is the extension's share: from the popup page's navigation start (the popup is open) to
  // the frame that paints the article. Before that, headless Chromium spends ~270 ms creating the popup
  // view after chrome.action.openPopup(); that row is shown, but no extension code runs in it.
  const popup = summarize(articles.map((p) => p.ms - p.startMs));
  const others = popups.length - articles.length;
  const rows: Row[] = [
    { label: 'detection (on page)', summary: detect, budget: '≤ 2 ms median', ok: detect.median <= 2 },
    { label: '  first call (cold, as on load)', summary: firstCall, budget: '≤ 2 ms median', ok: firstCall.median <= 2 },
    { label: `  calls > ${LONG_TASK_MS} ms`, note: `${longCalls} of ${detectCalls.length} (${observedNote})` },
    extractRow('extraction quiet-reader', 'extract', { budget: '≤ readability', ok: ours.median <= readability.median }),
    { label: '  first call, script loaded (cold)', summary: oursCold, budget: '≤ readability cold', ok: oursCold.median <= readabilityCold.median },
    { label: '    of which loading the script', summary: summarize(of('extract').flatMap((s) => (s.loadMs === undefined ? [] : [s.loadMs]))) },
    byCall('extract'),
    {
      label: '  then comments (after paint)',
      summary: summarize(okMs('comments')),
      note: `comments (items) found outside the article on ${of('comments').filter((s) => s.size > 0).length} of ${of('comments').length} pages`,
    },
    extractRow('extraction readability', 'readability'),
    { label: '  first call (cold)', summary: readabilityCold },
    {
      label: '  loaded as a script (cold)',
      summary: summarize(coldMs('readability-loaded')),
      note: `the floor for any injected reader with Readability's output; ${floorNote(all)}`,
    },
    byCall('readability'),
    pairedRow(all),
    extractRow('extraction defuddle', 'defuddle'),
    byCall('defuddle'),
    {
      label: 'popup opened → article painted',
      summary: popup,
      budget: '≤ 150 ms p95',
      ok: popup.n > 0 && popup.p95 <= 150,
      note: `(${articles.length} pages${others ? `, ${others} ended in another state` : ''})`,
    },
    { label: '  nav start → script runs', summary: summarize(articles.map((p) => p.marks.script ?? Number.NaN).filter(Number.isFinite)) },
    { label: '  script → tab found', summary: summarize(articles.map((p) => (p.marks.target ?? Number.NaN) - (p.marks.script ?? 0)).filter(Number.isFinite)) },
    { label: '  tab found → scripts injected', summary: summarize(articles.map((p) => (p.marks.injected ?? Number.NaN) - (p.marks.target ?? 0)).filter(Number.isFinite)) },
    { label: '  injected → page replied', summary: summarize(articles.map((p) => (p.marks.reply ?? Number.NaN) - (p.marks.injected ?? 0)).filter(Number.isFinite)) },
    { label: '  reply → article painted', summary: summarize(articles.map((p) => p.ms - p.startMs - (p.marks.reply ?? Number.NaN)).filter(Number.isFinite)) },
    { label: 'browser: click → popup nav start', summary: summarize(articles.map((p) => p.startMs)), note: 'Chromium creating the popup view' },
    { label: 'wall: click → article painted', summary: summarize(articles.map((p) => p.ms)) },
    { label: 'page script (every page)', note: `${kb(sizes.page.raw)} raw, ${kb(sizes.page.gzip)} gzip`, budget: '≤ 12 KB gzip', ok: sizes.page.gzip <= 12 * 1024 },
    { label: 'reader script (on demand)', note: `${kb(sizes.reader.raw)} raw, ${kb(sizes.reader.gzip)} gzip` },
    { label: 'picker script (on demand)', note: `${kb(sizes.picker.raw)} raw, ${kb(sizes.picker.gzip)} gzip` },
  ];
  const notes = popups.filter((p) => p.state !== 'article').map((p) => `popup state ${p.state}: ${p.key}`);
  return { rows, notes };
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
