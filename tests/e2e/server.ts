/**
 * A static server on 127.0.0.1 for the end-to-end tests: serves tests/e2e/pages/ and
 * tests/fixtures/, and records every request so tests can check what the extension fetched.
 * `/slow/<page>` serves `/pages/<page>` but holds back its last bytes for SLOW_MS: a tab still loading.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { GENERATED } from './generated.ts';

const ROOTS: Record<string, string> = {
  '/pages/': resolve('tests/e2e/pages'),
  '/fixtures/': resolve('tests/fixtures'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/** How long a `/slow/` page stays loading. */
export const SLOW_MS = 2500;

export interface TestServer {
  origin: string;
  url(path: string): string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * `host` is another loopback address when a test must not look local: EasyList switches its
 * generic rules off on `://127.0.0.1` and `://localhost` (see tests/e2e/filter-lists.test.ts).
 */
export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path.startsWith('/slow/')) {
      readFile(join(ROOTS['/pages/'] as string, normalize(path.slice('/slow/'.length)).replace(/^(\.\.[/\\])+/, ''))).then(
        (body) => {
          const html = body.toString('utf8');
          const cut = html.lastIndexOf('</body>');
          res.writeHead(200, { 'content-type': TYPES['.html'] as string }).write(html.slice(0, cut));
          setTimeout(() => res.end(html.slice(cut)), SLOW_MS);
        },
        () => res.writeHead(404).end('not found'),
      );
      return;
    }
    const generate = GENERATED[path];
    if (generate) {
      const { type, body } = generate();
      res.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end('not found');
      return;
    }
    const root = ROOTS[prefix] as string;
    const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
