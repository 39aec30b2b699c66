/**
 * The per-page cost of the filter lists in real Chromium, on the shared datasets' pages:
 *   npx tsx scripts/filters/measure-browser.ts [--data DIR] [--dataset NAME[,NAME]] [--limit N] [--per-list]
 * Runs the content script's own code (newFeatures, locateListAds, bundled by Vite) in the page and
 * the background's (listSelectors) here in Node's V8, as the extension splits them. Pages load from
 * memory with every subresource refused: the numbers are DOM work only, not the network.
 * --per-list also times each vendored list alone, on the same pages in the same run (the engines take
 * turns going first, as the page's selector cache favours the second query).
 */
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { compileEngine, listSelectors } from '../../src/background/filter-engine.ts';
import { DATASET_NAMES, loadDataset } from '../bench/datasets.ts';
import { LIST_FILES, readLists, readSources } from './compile.ts';

const ENTRY = path.resolve('scripts/filters/measure-browser-entry.ts');
const FALLBACK_URL = 'https://example.com/';

function arg(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['iife'], name: 'qrMeasure' } },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: Array<{ type: string; code?: string }> };
  const chunk = first.output.find((item) => item.type === 'chunk');
  if (!chunk?.code) throw new Error('no bundle');
  return chunk.code;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : 0;
}

const data = arg('--data') ?? path.resolve('../shared/datasets');
const limit = Number(arg('--limit') ?? Infinity);
const datasets = arg('--dataset')?.split(',').filter(Boolean) ?? [...DATASET_NAMES];
const texts = readLists();
const titles = LIST_FILES.map((file) => Object.values(readSources()).find((list) => file.endsWith(`/${list.file}`))?.title ?? file);
type Engine = ReturnType<typeof compileEngine>;
/** The engine the build compiles from every list first; with --per-list, each list alone after it. */
const engines: Array<{ label: string; engine: Engine }> = [{ label: titles.join(' + '), engine: compileEngine(texts) }];
if (process.argv.includes('--per-list') && texts.length > 1) {
  texts.forEach((text, i) => engines.push({ label: `${titles[i]} alone`, engine: compileEngine([text]) }));
}
const script = await bundle();
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
await page.setRequestInterception(true);
page.on('request', (request) => void (request.isNavigationRequest() ? request.continue() : request.abort()));

const newTimes = () => ({ features: [] as number[], engine: [] as number[], query: [] as number[], total: [] as number[], hidden: 0 });
const times = engines.map(newTimes);
let pages = 0;
for (const name of datasets) {
  for (const entry of loadDataset(data, name).pages.slice(0, limit)) {
    const url = entry.truth.url ?? FALLBACK_URL;
    await page.setContent(entry.load().html, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
    // Evaluated, not added as a tag: the page's own scripts stay off, ours still runs.
    const features = await page
      .evaluate(`${script}; qrMeasure.features()`)
      .then((value) => value as { features: { classes: string[]; ids: string[]; hrefs: string[] }; ms: number })
      .catch((error: unknown) => {
        process.stderr.write(`${entry.truth.id}: ${String(error).slice(0, 120)}\n`);
        return null;
      });
    if (!features) continue;
    const order = engines.map((_, i) => i);
    if (pages % 2) order.reverse();
    const measured: Array<{ i: number; engineMs: number; query: { hidden: number; ms: number } }> = [];
    for (const i of order) {
      const { engine } = engines[i] as { engine: Engine };
      const started = performance.now();
      const selectors = listSelectors(engine, url, { ...features.features, wholePage: true });
      const engineMs = performance.now() - started;
      // A page can navigate itself away (a meta refresh) between two calls: then it counts for no engine.
      const query = await page
        .evaluate((s: string[]) => (globalThis as any).qrMeasure.query(s) as { hidden: number; ms: number }, selectors)
        .catch((error: unknown) => {
          process.stderr.write(`${entry.truth.id}: ${String(error).slice(0, 120)}\n`);
          return null;
        });
      if (!query) break;
      measured.push({ i, engineMs, query });
    }
    if (measured.length < engines.length) continue;
    for (const { i, engineMs, query } of measured) {
      const time = times[i] as ReturnType<typeof newTimes>;
      time.features.push(features.ms);
      time.engine.push(engineMs);
      time.query.push(query.ms);
      time.total.push(features.ms + engineMs + query.ms);
      time.hidden += query.hidden;
    }
    pages += 1;
  }
  process.stderr.write(`${name} done\n`);
}
const version = await browser.version();
await browser.close();

console.log(`\n${version}, ${pages} pages of ${datasets.join(', ')}`);
engines.forEach(({ label }, i) => {
  const time = times[i] as ReturnType<typeof newTimes>;
  console.log(`\n${label}: ${time.hidden} blocks hidden`);
  // The first request also builds the engine's lazy caches: once per background start, not per page.
  console.log(`first request (cold engine): ${time.engine[0]?.toFixed(1)} ms\n`);
  console.log(`| per page, ${label} (real Chromium + Node V8) | median ms | p95 ms | max ms |`);
  console.log('|---|---|---|---|');
  for (const key of ['features', 'engine', 'query', 'total'] as const) {
    const values = time[key];
    console.log(`| ${key} | ${quantile(values, 0.5).toFixed(2)} | ${quantile(values, 0.95).toFixed(2)} | ${Math.max(...values).toFixed(2)} |`);
  }
});
