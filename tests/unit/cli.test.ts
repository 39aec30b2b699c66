import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const NEWS = join(FIXTURES, 'detect-article/news-jsonld.html');
const BROKEN_CSS = join(FIXTURES, 'broken-css/scss-in-style.html');
const URL = 'https://example-news.test/2026/03/14/council-approves-new-budget';

/** Runs the CLI as a user would; tsx start-up dominates (~1 s), so each test spawns once and checks several things. */
function run(args: string[], input?: Buffer | string) {
  const result = spawnSync('npx', ['tsx', 'scripts/extract-cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qr-cli-'));
  writeFileSync(join(dir, 'news.html.gz'), gzipSync(readFileSync(NEWS)));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'huge.html'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI', () => {
  it('prints title, one metadata line and the text', () => {
    const { code, stdout } = run(['--url', URL, NEWS]);
    expect(code).toBe(0);
    const [title, meta, blank, ...text] = stdout.split('\n');
    expect(title).toContain('Council approves new budget');
    expect(meta).toMatch(/en\/ltr · \d+ min$/);
    expect(blank).toBe('');
    expect(text.join('\n')).toContain('road repairs');
  });

  it('--json: one line per file, gzip read transparently, errors on their own line, exit code 1 at the end', () => {
    const files = [join(dir, 'news.html.gz'), join(dir, 'missing.html'), join(dir, 'empty.html'), join(dir, 'image.html'), join(dir, 'huge.html'), NEWS];
    const { code, stdout } = run(['--json', '--url', URL, ...files]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(files.length);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const ok of [lines[0]!, lines[5]!]) {
      expect(ok).toMatchObject({ isArticle: true, lang: 'en', dir: 'ltr' });
      expect(ok.text).toContain('road repairs');
      expect(ok.error).toBeUndefined();
    }
    expect(lines[1]!.error).toMatch(/cannot read: ENOENT/);
    expect(lines[2]!.error).toBe('empty input');
    expect(lines[3]!.error).toBe('not HTML: binary data');
    expect(lines[4]!.error).toMatch(/limit is 10 MB/);
  });

  it('reads stdin with -, and takes the page URL from <link rel=canonical> when --url is missing', () => {
    const html = readFileSync(join(FIXTURES, 'detect-rtl/ar-bare-html.html'), 'utf8')
      .replace('<head>', '<head><link rel="canonical" href="https://example-akhbar.test/news/details/58213/خطة-جديدة">');
    const { code, stdout } = run(['--json', '-'], html);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ file: '-', isArticle: true, lang: 'ar', dir: 'rtl' });
  });

  it('recovers a page whose stylesheet jsdom cannot parse (uncompiled SCSS), and says so', () => {
    const { code, stdout } = run(['--json', '--url', 'https://example-gazette.test/2026/05/ferry', BROKEN_CSS, NEWS]);
    expect(code).toBe(0);
    const [broken, plain] = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(broken).toMatchObject({ isArticle: true, title: 'Harbour ferry timetable changes from Monday', stylesNeutralized: true });
    expect(broken!.error).toBeUndefined();
    for (const words of ['every twenty minutes', 'Two new boats', 'Season tickets']) expect(broken!.text).toContain(words);
    // The hiding declaration of a style attribute is kept through the neutralizing.
    expect(broken!.text).not.toContain('Hidden newsletter prompt');
    expect(plain!.stylesNeutralized).toBeUndefined();
  });

  it('explains usage errors with exit code 2', () => {
    const { code, stderr } = run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
