/**
 * npx tsx scripts/bench/fingerprints.ts OUT.tsv [--data DIR]
 *
 * One line per dataset page: short hashes of what extractArticle returns (text, HTML, metadata,
 * comments, removal log). For changes meant to keep the output as it is (speed work, refactors):
 * write a file before and after, then `diff before.tsv after.tsv` lists every page whose output moved.
 * A page whose extraction hit the time budget can differ between runs on a busy machine (`partial`).
 * Each dataset runs in a child process: jsdom keeps some memory per parsed page.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/core/index.ts';
import { listDatasets, loadDataset } from './datasets.ts';
import { jsdomAdapter } from './dom.ts';

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '../..');
const hash = (value: unknown): string => createHash('sha1').update(JSON.stringify(value) ?? '').digest('hex').slice(0, 10);

function fingerprints(dataDir: string, name: string): string[] {
  const lines: string[] = [];
  for (const page of loadDataset(dataDir, name).pages) {
    const url = page.truth.url ?? 'https://example.com/';
    const parsed = jsdomAdapter.parse(page.load().html, url);
    const a = extractArticle(parsed.doc, url);
    parsed.close();
    const meta = [a.title, a.byline, a.siteName, a.published, a.lang, a.dir, a.excerpt, a.leadImage, a.wordCount, a.partial];
    lines.push([name, page.truth.id, hash(a.text), hash(a.contentHtml), hash(meta), hash(a.comments), hash(a.removed.map((r) => [r.step, r.rule]))].join('\t'));
  }
  return lines;
}

const args = process.argv.slice(2);
const option = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const dataDir = path.resolve(option('--data') ?? path.join(repoRoot, '../shared/datasets'));
const one = option('--dataset');
if (one) {
  process.stdout.write(`${fingerprints(dataDir, one).join('\n')}\n`);
} else {
  const out = args[0];
  if (!out || out.startsWith('--')) {
    console.error('usage: npx tsx scripts/bench/fingerprints.ts OUT.tsv [--data DIR]');
    process.exit(2);
  }
  const lines: string[] = [];
  for (const name of listDatasets(dataDir)) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--dataset', name, '--data', dataDir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (child.status !== 0) throw new Error(`${name}: ${child.stderr.slice(0, 500)}`);
    lines.push(...child.stdout.split('\n').filter(Boolean));
    console.error(`${name}: ${lines.length} pages so far`);
  }
  writeFileSync(out, `${lines.sort().join('\n')}\n`);
  console.error(`${lines.length} pages → ${out}`);
}
