/**
 * What the filter lists add to "Hide ads", over the shared datasets (/work/shared/datasets):
 *   npx tsx scripts/filters/measure.ts [--data DIR] [--dataset NAME[,NAME]] [--limit N] [--dom jsdom|linkedom]
 *     [--per-list] [--json FILE] [--reader]
 * Per page, parsed with jsdom (or linkedom: jsdom's selector engine takes seconds a page for the
 * lists' selectors, linkedom's milliseconds; on 40 pages both count 49 hand-written and 90-94 list
 * blocks): the blocks hidden by our hand-written selectors (locateAds), by the
 * lists (what the background answers for the page's classes, ids and links, then locateListAds),
 * and by both together; how many elements that covers; whether hidden blocks hold article text
 * (l3s-gn1 and readability have the article's full text); and the time to compute the lists' selectors
 * for a page. --per-list adds each list alone (its own engine, as if it were the only one vendored)
 * beside the engine the build compiles from all of them. --dataset narrows the datasets (rtl-dev has
 * no article text to check against). With --reader, also the reader's text quality on l3s-gn1 with and
 * without the lists' selectors.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileEngine, listSelectors, loadEngine } from '../../src/background/filter-engine.ts';
import { newFeatures } from '../../src/content/features.ts';
import { extractArticle } from '../../src/core/index.ts';
import { locateAds, locateListAds, outermost } from '../../src/core/locate.ts';
import { DATASET_NAMES, loadDataset } from '../bench/datasets.ts';
import { domAdapter, jsdomAdapter, type DomAdapter } from '../bench/dom.ts';
import { aggregatePages, scorePage, shingles, type PageScore } from '../bench/metrics.ts';
import { LIST_FILES, readLists, readSources } from './compile.ts';

/** Article paragraphs shorter than this are too generic ("Advertisement", a date) to call a leak. */
const MIN_PARAGRAPH_CHARS = 60;
/** Stand-in address for pages whose URL is unknown. */
const FALLBACK_URL = 'https://example.com/';

interface Approach {
  blocks: number;
  elements: number;
  /** Hidden blocks whose text holds a whole article paragraph (l3s-gn1 only). */
  blocksWithArticle: number;
  /** Article 4-word shingles that fall inside hidden blocks. */
  articleShingles: number;
}

/** Our hand-written selectors, each list alone (--per-list), all lists together, and hand + lists. */
type Name = string;
const HAND = 'hand';
const LISTS = 'lists';
const BOTH = 'both';

interface PageResult {
  dataset: string;
  id: string;
  approaches: Record<Name, Approach>;
  articleShingleTotal: number;
  selectors: number;
  requestBytes: number;
  engineMs: number;
  featuresMs: number;
  queryMs: number;
  /** Reader text against the truth, without and with the lists' selectors (--reader, l3s-gn1). */
  reader?: { without: PageScore; with: PageScore };
}

function args(): { data: string; datasets: string[]; limit: number; dom: DomAdapter; json: string | null; reader: boolean; perList: boolean } {
  const argv = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    data: value('--data') ?? path.resolve('../shared/datasets'),
    datasets: value('--dataset')?.split(',').filter(Boolean) ?? [],
    limit: Number(value('--limit') ?? Infinity),
    dom: domAdapter(value('--dom') ?? 'jsdom'),
    json: value('--json') ?? null,
    reader: argv.includes('--reader'),
    perList: argv.includes('--per-list'),
  };
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

function approach(blocks: Element[], paragraphs: string[], article: Map<string, number>): Approach {
  let elements = 0;
  let blocksWithArticle = 0;
  const hidden = new Set<string>();
  for (const block of blocks) {
    elements += 1 + block.querySelectorAll('*').length;
    const text = normalize(block.textContent ?? '');
    if (paragraphs.some((paragraph) => text.includes(paragraph))) blocksWithArticle += 1;
    if (article.size) for (const shingle of shingles(text).keys()) hidden.add(shingle);
  }
  let articleShingles = 0;
  for (const shingle of article.keys()) if (hidden.has(shingle)) articleShingles += 1;
  return { blocks: blocks.length, elements, blocksWithArticle, articleShingles };
}

/** Always in jsdom: the extractor sanitizes with DOMPurify, which needs a window that linkedom lacks. */
function readerScores(html: string, url: string, body: string, selectors: string[]): PageResult['reader'] {
  const parsed = jsdomAdapter.parse(html, url);
  const without = extractArticle(parsed.doc, url).text;
  // No selector to drop: the same input gives the same article.
  const withLists = selectors.length ? extractArticle(parsed.doc, url, { extraRemoveSelectors: selectors }).text : without;
  parsed.close();
  return { without: scorePage(body, without), with: scorePage(body, withLists) };
}

interface PageInput {
  dataset: string;
  id: string;
  html: string;
  url: string;
  body: string | null;
}

type Engine = ReturnType<typeof loadEngine>;

function measurePage(engine: Engine, alone: Map<string, Engine>, { dataset, id, html, url, body }: PageInput, dom: DomAdapter, reader: boolean): PageResult {
  const parsed = dom.parse(html, url);
  const doc = parsed.doc;
  let started = performance.now();
  const features = newFeatures(doc);
  const featuresMs = performance.now() - started;
  const request = { ...features, wholePage: true };
  started = performance.now();
  const selectors = listSelectors(engine, url, request);
  const engineMs = performance.now() - started;
  started = performance.now();
  const matches = locateListAds(doc, selectors);
  const lists = matches.elements;
  const queryMs = performance.now() - started;
  const hand = locateAds(doc);
  const paragraphs = body ? body.split('\n').map(normalize).filter((line) => line.length >= MIN_PARAGRAPH_CHARS) : [];
  const article = body ? shingles(body) : new Map<string, number>();
  const approaches: Record<Name, Approach> = { [HAND]: approach(hand, paragraphs, article) };
  for (const [name, one] of alone) approaches[name] = approach(locateListAds(doc, listSelectors(one, url, request)).elements, paragraphs, article);
  approaches[LISTS] = approach(lists, paragraphs, article);
  approaches[BOTH] = approach(outermost([...hand, ...lists]), paragraphs, article);
  const result: PageResult = {
    dataset,
    id,
    approaches,
    articleShingleTotal: article.size,
    selectors: selectors.length,
    requestBytes: JSON.stringify({ type: 'content/cosmetics', features: request }).length,
    engineMs,
    featuresMs,
    queryMs,
  };
  if (reader && body) result.reader = readerScores(html, url, body, matches.selectors);
  parsed.close();
  return result;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : 0;
}

function report(results: PageResult[]): void {
  const datasets = [...new Set(results.map((r) => r.dataset))];
  console.log('\n| dataset | pages | approach | blocks hidden | elements covered | pages with any | blocks holding an article paragraph | article text inside hidden blocks |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const dataset of [...datasets, 'all']) {
    const rows = results.filter((r) => dataset === 'all' || r.dataset === dataset);
    const total = rows.reduce((sum, r) => sum + r.articleShingleTotal, 0);
    for (const name of Object.keys(rows[0]?.approaches ?? {})) {
      const sum = (key: keyof Approach): number => rows.reduce((acc, r) => acc + (r.approaches[name]?.[key] ?? 0), 0);
      const any = rows.filter((r) => (r.approaches[name]?.blocks ?? 0) > 0).length;
      const share = total ? `${((100 * sum('articleShingles')) / total).toFixed(3)} % (${sum('articleShingles')} of ${total} shingles)` : 'n/a';
      const leaks = total ? String(sum('blocksWithArticle')) : 'n/a';
      console.log(`| ${dataset} | ${rows.length} | ${LABELS[name] ?? name} | ${sum('blocks')} | ${sum('elements')} | ${any} | ${leaks} | ${share} |`);
    }
  }
  const stat = (label: string, values: number[], digits = 2): void =>
    console.log(`| ${label} | ${quantile(values, 0.5).toFixed(digits)} | ${quantile(values, 0.95).toFixed(digits)} | ${Math.max(...values).toFixed(digits)} |`);
  // The first request also builds the engine's lazy caches: once per background start, not per page.
  console.log(`\nfirst request (cold engine): ${results[0]?.engineMs.toFixed(1)} ms`);
  console.log(`\n| per page (Node, ${results.length} pages) | median | p95 | max |`);
  console.log('|---|---|---|---|');
  stat('engine: selectors for the page (ms)', results.map((r) => r.engineMs));
  stat('reading classes, ids, links (ms, in the DOM above)', results.map((r) => r.featuresMs));
  stat('querying the selectors (ms, in the DOM above)', results.map((r) => r.queryMs));
  stat('selectors answered', results.map((r) => r.selectors), 0);
  stat('request size (bytes of JSON)', results.map((r) => r.requestBytes), 0);
  const read = results.flatMap((r) => (r.reader ? [r.reader] : []));
  if (!read.length) return;
  const changed = read.filter((r) => r.with.p !== r.without.p || r.with.r !== r.without.r).length;
  console.log(`\n| reader on ${read.length} l3s-gn1 pages (${changed} changed) | P | R | F1 |`);
  console.log('|---|---|---|---|');
  for (const [label, scores] of [['without the lists', read.map((r) => r.without)], ['with the lists', read.map((r) => r.with)]] as const) {
    const { P, R, F1 } = aggregatePages([...scores]);
    console.log(`| ${label} | ${P.toFixed(4)} | ${R.toFixed(4)} | ${F1.toFixed(4)} |`);
  }
}

const options = args();
let started = performance.now();
const texts = readLists();
const serialized = compileEngine(texts).serialize();
const compileMs = performance.now() - started;
started = performance.now();
const engine = loadEngine(serialized);
console.log(`DOM: ${options.dom.name}`);
console.log(`engine: compiled in ${compileMs.toFixed(0)} ms, ${serialized.length} bytes, loaded in ${(performance.now() - started).toFixed(1)} ms`);

/** Row names: the lists' titles from sources.json, in LIST_FILES order. */
const sources = Object.values(readSources());
const titles = LIST_FILES.map((file) => sources.find((list) => file.endsWith(`/${list.file}`))?.title ?? file);
const LABELS: Record<Name, string> = { [HAND]: 'hand-written', [LISTS]: titles.join(' + '), [BOTH]: `hand-written + ${titles.join(' + ')}` };
const alone = new Map<string, Engine>();
if (options.perList && texts.length > 1) {
  texts.forEach((text, i) => {
    const title = titles[i] as string;
    alone.set(`${title} alone`, loadEngine(compileEngine([text]).serialize()));
  });
}

const results: PageResult[] = [];
const unknown = options.datasets.filter((name) => !(DATASET_NAMES as readonly string[]).includes(name));
if (unknown.length) throw new Error(`unknown dataset ${unknown.join(', ')}; have ${DATASET_NAMES.join(', ')}`);
for (const name of options.reader ? ['l3s-gn1'] : options.datasets.length ? options.datasets : DATASET_NAMES) {
  const dataset = loadDataset(options.data, name);
  for (const page of dataset.pages.slice(0, options.limit)) {
    const { html } = page.load();
    const input = { dataset: name, id: page.truth.id, html, url: page.truth.url ?? FALLBACK_URL, body: page.truth.body };
    results.push(measurePage(engine, alone, input, options.dom, options.reader));
  }
  process.stderr.write(`${name}: ${Math.min(dataset.pages.length, options.limit)} pages\n`);
}
report(results);
if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 1));
