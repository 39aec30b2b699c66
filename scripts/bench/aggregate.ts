/**
 * Page outcomes → dataset figures, per system and per group (all pages, language, the README's
 * extra splits). Plain data, written as-is to --json.
 */
import {
  aggregateLeak,
  aggregatePages,
  aggregateSnippets,
  median,
  percentile,
  type DatasetScore,
  type LeakSummary,
  type SnippetScore,
} from './metrics.ts';
import type { PageOutcome, PageRun } from './run.ts';

/** l3s-gn1 pages whose captured markup is truncated (README: recallCeiling < 0.1). */
export const L3S_TRUNCATED = new Set([
  '082e02bd-40d9-40d2-9ab5-61cac83db2c1', '0bf24489-9777-4821-a156-7897a890a4cd',
  '19956250-1bc8-4f9d-b8de-8fb525e22f3c', '2454a2b5-a0b6-44c9-8d57-0406afc93e01',
  '26ea84f9-c814-4f3b-9aa1-8cbd14047fe4', '51600d8d-20a1-49a2-87f6-21aa9cb8dbed',
  '599fc2eb-b6af-4fb1-b27c-d0a93b4d8bb3', 'cb5cb16c-9a2e-4a00-9480-43cb90faac9d',
  'fab5142d-38ab-4086-ae11-1cf751602360',
]);

/** README: the readability set's hand-written unit pages are the ones under 8,000 bytes. */
export const UNIT_PAGE_BYTES = 8000;

export interface Ratio {
  ok: number;
  n: number;
}

export interface SystemFigures {
  n: number;
  errors: number;
  timeouts: number;
  /** Results the system flagged partial (a budget cut its work short). */
  partial: number;
  empty: number;
  medianMs: number;
  p90Ms: number;
  body?: DatasetScore;
  snippets?: SnippetScore;
  leak?: LeakSummary;
  sectionLeak?: LeakSummary;
  title?: Ratio;
  lang?: Ratio;
  dir?: Ratio;
  errorSamples: string[];
}

export interface GroupFigures {
  name: string;
  n: number;
  systems: Record<string, SystemFigures>;
}

export interface DetectorFigures {
  n: number;
  positives: number;
  errors: number;
  /** Against truth `readerable`, where given. */
  accuracy?: Ratio;
  medianMs: number;
  p90Ms: number;
}

export interface DatasetFigures {
  name: string;
  n: number;
  parseMedianMs: number;
  groups: GroupFigures[];
  detectors: Record<string, DetectorFigures>;
}

/** The groups a page belongs to, in report order; "all" first. */
export function pageGroups(dataset: string, run: PageRun): string[] {
  const groups = ['all'];
  const lang = run.truth.lang ?? '?';
  if (dataset === 'readability') {
    const unit = run.bytes < UNIT_PAGE_BYTES;
    groups.push(unit ? 'unit pages' : 'real pages');
    if (!unit) groups.push(`real, ${lang}`);
    return groups;
  }
  if (dataset === 'l3s-gn1' && !L3S_TRUNCATED.has(run.truth.id)) groups.push('without 9 truncated');
  groups.push(lang);
  return groups;
}

/** "all" first, then the README's named splits, then languages (largest first). */
function groupRank(name: string): number {
  if (name === 'all') return 0;
  if (name.includes(' ') && !name.startsWith('real, ')) return 1;
  return 2;
}

const ratio = (xs: Array<boolean | undefined>): Ratio | undefined => {
  const defined = xs.filter((x): x is boolean => x !== undefined);
  return defined.length ? { ok: defined.filter(Boolean).length, n: defined.length } : undefined;
};

function systemFigures(outs: PageOutcome[]): SystemFigures {
  const ms = outs.map((o) => o.ms);
  const pick = <K extends keyof PageOutcome>(k: K) => outs.flatMap((o) => (o[k] === undefined ? [] : [o[k] as NonNullable<PageOutcome[K]>]));
  const scores = pick('score');
  const snippets = pick('snippets');
  const leaks = outs.flatMap((o) => (o.leak ? [{ id: o.id, ...o.leak }] : []));
  const sectionLeaks = outs.flatMap((o) => (o.sectionLeak ? [{ id: o.id, ...o.sectionLeak }] : []));
  return {
    n: outs.length,
    errors: outs.filter((o) => o.error).length,
    timeouts: outs.filter((o) => o.timedOut).length,
    partial: outs.filter((o) => o.partial).length,
    empty: outs.filter((o) => o.empty).length,
    medianMs: median(ms),
    p90Ms: percentile(ms, 0.9),
    body: scores.length ? aggregatePages(scores) : undefined,
    snippets: snippets.length ? aggregateSnippets(snippets) : undefined,
    leak: leaks.length ? aggregateLeak(leaks) : undefined,
    sectionLeak: sectionLeaks.length ? aggregateLeak(sectionLeaks) : undefined,
    title: ratio(outs.map((o) => o.titleOk)),
    lang: ratio(outs.map((o) => o.langOk)),
    dir: ratio(outs.map((o) => o.dirOk)),
    errorSamples: outs
      .flatMap((o) => (o.error ? [`${o.id}: ${o.error}`] : o.timedOut ? [`${o.id}: timeout after ${(o.ms / 1000).toFixed(0)} s`] : []))
      .slice(0, 5),
  };
}

function detectorFigures(runs: PageRun[], name: string): DetectorFigures {
  const ds = runs.flatMap((r) => {
    const d = r.detections.get(name);
    return d ? [d] : [];
  });
  const ms = ds.map((d) => d.ms);
  const judged = ds.filter((d) => d.truth !== undefined);
  return {
    n: ds.length,
    positives: ds.filter((d) => d.result).length,
    errors: ds.filter((d) => d.error).length,
    accuracy: judged.length ? { ok: judged.filter((d) => d.result === d.truth).length, n: judged.length } : undefined,
    medianMs: median(ms),
    p90Ms: percentile(ms, 0.9),
  };
}

export function datasetFigures(dataset: string, runs: PageRun[], systems: string[], detectors: string[]): DatasetFigures {
  const byGroup = new Map<string, PageRun[]>();
  for (const run of runs) {
    for (const g of pageGroups(dataset, run)) byGroup.set(g, [...(byGroup.get(g) ?? []), run]);
  }
  // A language split is only worth a line when the dataset has more than one language.
  const langs = new Set(runs.map((r) => r.truth.lang));
  const groups = [...byGroup.entries()]
    .sort(([a, ra], [b, rb]) => groupRank(a) - groupRank(b) || rb.length - ra.length)
    .filter(([name, rs]) => name === 'all' || langs.size > 1 || rs.length !== runs.length)
    .filter(([name]) => langs.size > 1 || !langs.has(name))
    .map(([name, rs]) => ({
      name,
      n: rs.length,
      systems: Object.fromEntries(
        systems.map((s) => [s, systemFigures(rs.flatMap((r) => (r.outcomes.has(s) ? [r.outcomes.get(s) as PageOutcome] : [])))]),
      ),
    }));
  return {
    name: dataset,
    n: runs.length,
    parseMedianMs: median(runs.map((r) => r.parseMs)),
    groups,
    detectors: Object.fromEntries(detectors.map((d) => [d, detectorFigures(runs, d)])),
  };
}
