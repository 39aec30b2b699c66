/**
 * Dataset figures → compact aligned tables, systems side by side. Columns appear only when the
 * dataset has the truth they need (body, snippets, comments, titles, languages, directions).
 */
import type { DatasetFigures, Ratio, SystemFigures } from './aggregate.ts';

export interface SystemLabel {
  name: string;
  label: string;
}

const f3 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
/** ".951" for a group cell; "1" rather than an ambiguous ".000". */
const short = (x: number): string => (x >= 1 ? '1' : x.toFixed(3).slice(1));
const ms = (x: number): string => `${x < 100 ? x.toFixed(1) : x.toFixed(0)}ms`;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const frac = (r: Ratio | undefined): string => (r ? `${r.ok}/${r.n}` : 'n/a');

interface Column {
  head: string;
  width: number;
  cell(s: SystemFigures): string;
}

function columns(all: SystemFigures[]): Column[] {
  const has = (k: keyof SystemFigures): boolean => all.some((s) => s[k] !== undefined);
  const cols: Column[] = [];
  if (has('body')) {
    cols.push(
      { head: 'P', width: 6, cell: (s) => f3(s.body?.P) },
      { head: 'R', width: 6, cell: (s) => f3(s.body?.R) },
      { head: 'F1', width: 6, cell: (s) => f3(s.body?.F1) },
      { head: 'nP', width: 4, cell: (s) => String(s.body?.nP ?? '–') },
      { head: 'nR', width: 4, cell: (s) => String(s.body?.nR ?? '–') },
    );
  }
  if (has('snippets') && has('body')) {
    // Fixtures may give both a full text and must-show paragraphs: counts only, to stay compact.
    cols.push({ head: 'snip tp/fp/fn', width: 13, cell: (s) => (s.snippets ? `${s.snippets.tp}/${s.snippets.fp}/${s.snippets.fn}` : '–') });
  } else if (has('snippets')) {
    cols.push(
      { head: 'P', width: 6, cell: (s) => f3(s.snippets?.P) },
      { head: 'R', width: 6, cell: (s) => f3(s.snippets?.R) },
      { head: 'F1', width: 6, cell: (s) => f3(s.snippets?.F1) },
      { head: 'tp/fp/fn', width: 13, cell: (s) => (s.snippets ? `${s.snippets.tp}/${s.snippets.fp}/${s.snippets.fn}` : '–') },
    );
  }
  cols.push(
    { head: 'empty', width: 5, cell: (s) => String(s.empty) },
    { head: 'err', width: 4, cell: (s) => String(s.errors + s.timeouts) },
  );
  if (has('leak')) {
    cols.push(
      { head: 'leak>10%', width: 8, cell: (s) => (s.leak ? `${s.leak.over10.length}/${s.leak.pages}` : '–') },
      { head: 'mean', width: 6, cell: (s) => (s.leak ? pct(s.leak.meanRate) : '–') },
      { head: 'pooled', width: 6, cell: (s) => (s.leak ? pct(s.leak.pooledRate) : '–') },
    );
  }
  if (has('sectionLeak')) {
    cols.push({ head: 'cmt-form>10%', width: 12, cell: (s) => (s.sectionLeak ? `${s.sectionLeak.over10.length}/${s.sectionLeak.pages}` : '–') });
  }
  if (has('title')) cols.push({ head: 'title', width: 7, cell: (s) => frac(s.title) });
  if (has('lang')) cols.push({ head: 'lang', width: 7, cell: (s) => frac(s.lang) });
  if (has('dir')) cols.push({ head: 'dir', width: 7, cell: (s) => frac(s.dir) });
  cols.push(
    { head: 'median', width: 7, cell: (s) => ms(s.medianMs) },
    { head: 'p90', width: 7, cell: (s) => ms(s.p90Ms) },
  );
  return cols;
}

const LABEL_WIDTH = 30;

function groupCell(s: SystemFigures | undefined): string {
  if (!s) return 'n/a';
  const score = s.body ?? s.snippets;
  if (score) return `${f3(score.F1)} (${short(score.P)}/${short(score.R)})`;
  return `lang ${frac(s.lang)} dir ${frac(s.dir)}`;
}

function wrapIds(ids: string[], indent: string, width = 110): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const id of ids) {
    if (line.length + id.length + 1 > width && line.trim()) {
      lines.push(line);
      line = indent;
    }
    line += `${id} `;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function renderDataset(d: DatasetFigures, systems: SystemLabel[], header: string, unavailable: string[]): string {
  const all = d.groups[0];
  if (!all) return `${d.name}: no pages\n`;
  const figs = systems.map((s) => all.systems[s.name]).filter((x): x is SystemFigures => x !== undefined);
  const cols = columns(figs);
  const out: string[] = [];
  out.push(`${d.name} (n=${d.n}, ${header}; parse excluded, median ${ms(d.parseMedianMs)})`);
  out.push(`  ${'system'.padEnd(LABEL_WIDTH)}${cols.map((c) => c.head.padStart(c.width + 1)).join('')}`);
  for (const s of systems) {
    const f = all.systems[s.name];
    if (f) out.push(`  ${s.label.padEnd(LABEL_WIDTH)}${cols.map((c) => c.cell(f).padStart(c.width + 1)).join('')}`);
  }
  for (const u of unavailable) out.push(`  ${u}`);

  const groups = d.groups.slice(1);
  if (groups.length) {
    const cellW = 20;
    out.push(`  ${'by group: F1 (P/R)'.padEnd(LABEL_WIDTH)}${systems.map((s) => s.name.slice(0, cellW - 1).padStart(cellW)).join('')}`);
    for (const g of groups) {
      out.push(`  ${`${g.name} (${g.n})`.padEnd(LABEL_WIDTH)}${systems.map((s) => groupCell(g.systems[s.name]).padStart(cellW)).join('')}`);
    }
  }

  for (const s of systems) {
    const f = all.systems[s.name];
    if (f?.leak?.over10.length) {
      out.push(`  ${s.name}: ${f.leak.over10.length} pages leak > 10 % of comment ${f.body ? 'shingles' : 'snippets'}:`);
      out.push(...wrapIds(f.leak.over10, '    '));
    }
    if (f?.sectionLeak?.over10.length) out.push(`  ${s.name}: comment-section text in output: ${f.sectionLeak.over10.join(' ')}`);
    if (f?.errorSamples.length) out.push(`  ${s.name} errors/timeouts: ${f.errorSamples.join(' | ')}`);
  }
  out.push(...renderDetection(d, systems));
  return `${out.join('\n')}\n`;
}

function renderDetection(d: DatasetFigures, systems: SystemLabel[]): string[] {
  const names = Object.keys(d.detectors);
  if (!names.length) return [];
  const extraction = systems
    .map((s) => `${s.name} ${ms(d.groups[0]?.systems[s.name]?.medianMs ?? 0)}`)
    .join(', ');
  const out = [`  detection (extraction median: ${extraction})`];
  for (const name of names) {
    const f = d.detectors[name];
    if (!f) continue;
    const acc = f.accuracy ? `readerable ${frac(f.accuracy)}` : '';
    out.push(`    ${name.padEnd(LABEL_WIDTH - 2)}${acc.padStart(16)}  articles ${f.positives}/${f.n}  err ${f.errors}  median ${ms(f.medianMs)}  p90 ${ms(f.p90Ms)}`);
  }
  return out;
}
