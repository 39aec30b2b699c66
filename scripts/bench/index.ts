/**
 * npm run bench -- [--dataset NAME[,NAME]] [--limit N] [--data DIR] [--json FILE]
 *                  [--dom jsdom|linkedom] [--timeout-ms N] [--workers N] [--fixtures [DIR]]
 *                  [--check-mutation] [--systems NAME[,NAME]]
 *
 * --workers: threads running whole pages (default min(2, cpus)); --workers 1 runs in-process.
 * --fixtures: score tests/fixtures (or DIR) even when the datasets exist.
 * --check-mutation: prove the systems that share the parsed document leave it untouched.
 * --systems: run only these (quiet-reader, readability, defuddle) — for quick iterations; reports compare all three.
 *
 * Runs Quiet Reader, @mozilla/readability and defuddle on the same pages in one run and scores
 * them with the metrics of /work/shared/datasets/README.md. Without ../shared/datasets it runs
 * on tests/fixtures instead.
 */
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFigures, type DatasetFigures } from './aggregate.ts';
import { listDatasets, openDataset, type DatasetSource } from './datasets.ts';
import { WorkerPool } from './pool.ts';
import { renderDataset } from './report.ts';
import { runPage, type PageRun } from './run.ts';
import { createBench, type Bench, type BenchSettings } from './setup.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Args {
  datasets: string[];
  limit: number;
  data?: string;
  json?: string;
  dom: string;
  timeoutMs: number;
  checkMutation: boolean;
  workers: number;
  /** Force the tests/fixtures path (or another fixtures folder) even when datasets exist. */
  fixtures?: string;
  /** Only these systems (short names); empty = all. */
  systems: string[];
}

const USAGE =
  'usage: npm run bench -- [--dataset NAME[,NAME]] [--limit N] [--data DIR] [--json FILE] [--dom jsdom|linkedom] [--timeout-ms N] [--workers N] [--fixtures [DIR]] [--check-mutation] [--systems NAME[,NAME]]';

function parseArgs(argv: string[]): Args {
  const args: Args = { datasets: [], limit: Infinity, dom: 'jsdom', timeoutMs: 60_000, checkMutation: false, workers: Math.min(2, os.cpus().length), systems: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const num = (): number => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
      return n;
    };
    if (flag === '--dataset') args.datasets.push(...value().split(',').filter(Boolean));
    else if (flag === '--limit') args.limit = num();
    else if (flag === '--data') args.data = path.resolve(value());
    else if (flag === '--json') args.json = path.resolve(value());
    else if (flag === '--dom') args.dom = value();
    else if (flag === '--timeout-ms') args.timeoutMs = num();
    else if (flag === '--workers') args.workers = Math.floor(num());
    else if (flag === '--fixtures') {
      const next = argv[i + 1];
      args.fixtures = next && !next.startsWith('--') ? path.resolve(value()) : path.join(repoRoot, 'tests/fixtures');
    } else if (flag === '--check-mutation') args.checkMutation = true;
    else if (flag === '--systems') args.systems.push(...value().split(',').filter(Boolean));
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  return args;
}

function selectSources(args: Args): DatasetSource[] {
  if (args.fixtures) return [{ kind: 'fixtures', dir: args.fixtures }];
  const dataDir = args.data ?? path.resolve(repoRoot, '../shared/datasets');
  if (!existsSync(dataDir)) {
    if (args.data) throw new Error(`--data ${dataDir} does not exist`);
    console.error(`no ${dataDir}: running on tests/fixtures`);
    return [{ kind: 'fixtures', dir: path.join(repoRoot, 'tests/fixtures') }];
  }
  const available = listDatasets(dataDir);
  const names = args.datasets.length ? args.datasets : available;
  const unknown = names.filter((n) => !available.includes(n));
  if (unknown.length) throw new Error(`unknown dataset ${unknown.join(', ')}; have ${available.join(', ')}`);
  return names.map((name) => ({ kind: 'data', dir: dataDir, name }));
}

function progress(name: string, total: number): (done: number) => void {
  const t0 = performance.now();
  return (done) => {
    if (done % 25 === 0 || done === total) {
      const s = ((performance.now() - t0) / 1000).toFixed(0);
      process.stderr.write(`\r${name}: ${done}/${total} pages, ${s} s${done === total ? '\n' : '   '}`);
    }
  };
}

async function runDataset(src: DatasetSource, bench: Bench, pool: WorkerPool | undefined, limit: number): Promise<{ name: string; runs: PageRun[] }> {
  const ds = openDataset(src);
  const count = Math.min(limit, ds.pages.length);
  const onDone = progress(ds.name, count);
  if (pool) return { name: ds.name, runs: await pool.run(src, count, onDone) };
  const runs = ds.pages.slice(0, count).map((page, i) => {
    const run = runPage(page, bench.opts);
    onDone(i + 1);
    return run;
  });
  return { name: ds.name, runs };
}

/** Per-page figures for the record: lets a later run be diffed page by page. */
function pageRecord(run: PageRun): unknown {
  return {
    id: run.truth.id,
    lang: run.truth.lang,
    bytes: run.bytes,
    parseMs: Math.round(run.parseMs * 10) / 10,
    systems: Object.fromEntries(run.outcomes),
    detections: Object.fromEntries([...run.detections].map(([k, d]) => [k, { result: d.result, ms: d.ms, error: d.error }])),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const settings: BenchSettings = { repoRoot, dom: args.dom, timeoutMs: args.timeoutMs, checkMutation: args.checkMutation, systems: args.systems };
  const bench = await createBench(settings);
  const { labels, domVersion, unavailable } = bench;
  const header = [
    `Quiet Reader bench, ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cpus, ${args.workers} worker thread(s), one page at a time each`,
    `systems: ${labels.map((l) => l.label).join(', ')}; DOM: ${domVersion}`,
    '  quiet-reader: extractArticle(doc, url) → Article.text; Article.comments is returned apart and not scored (comments hidden, the reader default)',
    '  @mozilla/readability: new Readability(doc.cloneNode(true)).parse(); the clone is inside the timed region (ours clones internally)',
    '  defuddle: new Defuddle(doc, {url}).parse() (sync; no async/network extractors); runs last on a page because it strips <script>',
    '  one parse per page shared by all systems; parse time is excluded from every timing; Readability/defuddle HTML → text by one shared block-aware converter (untimed)',
    `  every page scored: a crash, a timeout (> ${args.timeoutMs} ms, judged after the call) or "not an article" counts as empty output; content text only, titles not added`,
    ...unavailable.map((u) => `  ${u}`),
  ];
  console.log(`${header.join('\n')}\n`);

  const pool = args.workers > 1 ? await WorkerPool.start(args.workers, settings) : undefined;
  const figures: DatasetFigures[] = [];
  const perPage: Record<string, unknown[]> = {};
  // Rewritten after every dataset, so a run stopped half-way still leaves its finished datasets.
  const writeRecord = (complete: boolean): void => {
    if (!args.json) return;
    const limit = Number.isFinite(args.limit) ? args.limit : null;
    const seconds = (performance.now() - started) / 1000;
    const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, dom: domVersion, systems: labels, unavailable, args: { ...args, limit }, seconds, complete };
    writeFileSync(args.json, `${JSON.stringify({ meta, datasets: figures, pages: perPage })}\n`);
  };
  try {
    for (const src of selectSources(args)) {
      const { name, runs } = await runDataset(src, bench, pool, args.limit);
      const fig = datasetFigures(name, runs, labels.map((s) => s.name), bench.detectorNames);
      figures.push(fig);
      perPage[name] = runs.map(pageRecord);
      writeRecord(false);
      console.log(renderDataset(fig, labels, `${domVersion}; comments hidden`, unavailable.filter((u) => u.startsWith('quiet-reader:'))));
    }
  } finally {
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`total ${seconds.toFixed(0)} s`);
  if (args.json) {
    writeRecord(true);
    console.log(`figures written to ${args.json}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
