/**
 * The pages to measure: a sample of the shared datasets (`<data>/<name>/truth.jsonl` and
 * `pages/<id>.html.gz`), or, without them, the repository's own fixtures and end-to-end pages.
 * Served on 127.0.0.1 as `text/html; charset=utf-8` with cross-origin isolation headers, which give
 * `performance.now()` its fine resolution (remote resources are blocked anyway).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DATASETS = ['l3s-gn1', 'readability', 'trafilatura-dev', 'rtl-dev'] as const;

export interface BenchPage {
  /** `<dataset>/<id>` */
  key: string;
  dataset: string;
  /** The page's own URL, given to the extractors as the document URL. */
  url: string;
  html(): string;
}

/** `count` items spread evenly over `items` (all of them when there are fewer), in a stable order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

export function datasetPages(dataDir: string, name: string, limit: number): BenchPage[] {
  const dir = path.join(dataDir, name);
  const truth = readFileSync(path.join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; url: string | null });
  return spread(truth, limit).map(({ id, url }) => ({
    key: `${name}/${id}`,
    dataset: name,
    url: url ?? `https://example.invalid/${id}`,
    html: () => gunzipSync(readFileSync(path.join(dir, 'pages', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** tests/fixtures/<slug>/source.html and tests/e2e/pages/*.html. */
export function fallbackPages(repoRoot: string, limit: number): BenchPage[] {
  const found: BenchPage[] = [];
  const fixtures = path.join(repoRoot, 'tests/fixtures');
  for (const slug of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    const file = path.join(fixtures, slug, 'source.html');
    if (existsSync(file)) found.push(localPage('fixtures', slug, file));
  }
  const e2e = path.join(repoRoot, 'tests/e2e/pages');
  for (const name of existsSync(e2e) ? readdirSync(e2e).sort() : []) {
    if (name.endsWith('.html')) found.push(localPage('e2e', name.replace(/\.html$/, ''), path.join(e2e, name)));
  }
  return found.slice(0, limit);
}

function localPage(dataset: string, id: string, file: string): BenchPage {
  return { key: `${dataset}/${id}`, dataset, url: `https://example.com/${dataset}/${id}.html`, html: () => readFileSync(file, 'utf8') };
}

export interface PageServer {
  origin: string;
  /** Where `page` is served: `/p/<dataset>/<id>` followed by the path of its own URL. */
  urlOf(page: BenchPage): string;
  close(): Promise<void>;
}

export const BLANK_PATH = '/blank.html';

export async function startServer(pages: readonly BenchPage[]): Promise<PageServer> {
  const byKey = new Map(pages.map((p) => [p.key, p]));
  const server = createServer((req, res) => {
    const parts = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/');
    const page = parts[1] === 'p' ? byKey.get(`${parts[2]}/${decodeURIComponent(parts[3] ?? '')}`) : undefined;
    const body = req.url === BLANK_PATH ? '<!doctype html><title>blank</title><p>blank</p>' : page?.html();
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf(page) {
      let rest = '/';
      try {
        rest = new URL(page.url).pathname;
      } catch {
        // keep "/"
      }
      const [dataset, id] = [page.dataset, page.key.slice(page.dataset.length + 1)];
      return `${origin}/p/${dataset}/${encodeURIComponent(id)}${rest}`;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
