/** The printed table. Every row: label, median, p95, budget, verdict. */
import type { Summary } from './stats.ts';

export interface Row {
  label: string;
  summary?: Summary;
  unit?: 'ms';
  budget?: string;
  ok?: boolean;
  note?: string;
}

const ms = (v: number): string => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : '–');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1048576).toFixed(2)} MB`;

export function formatRow(row: Row): string {
  const verdict = row.ok === undefined ? '' : row.ok ? 'ok' : 'FAIL';
  const head = row.label.padEnd(31);
  if (!row.summary) return `${head}${(row.note ?? '').padEnd(28)}${(row.budget ?? '').padEnd(18)}${verdict}`.trimEnd();
  const cells = `${ms(row.summary.median).padStart(9)}${ms(row.summary.p95).padStart(10)}   `;
  return `${head}${cells}${(row.budget ?? '').padEnd(18)}${verdict.padEnd(6)}${row.note ?? ''}`.trimEnd();
}

export function formatTable(title: string, rows: Row[]): string {
  const header = `${''.padEnd(31)}${'median'.padStart(9)}${'p95'.padStart(10)}   budget`;
  return [title, header, ...rows.map(formatRow)].join('\n');
}
