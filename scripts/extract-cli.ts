/**
 * Extract articles from saved pages: `npm run extract -- [--json] [--url URL] FILE...` (`-` reads stdin).
 * Text mode prints title, one metadata line and the text; `--json` prints one object per file per line.
 * A file that cannot be read or parsed gives an error line; the others are still processed, and the
 * exit code is 1 at the end. DOM: jsdom (spec HTML parser; linkedom was faster but lost broken pages).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { detectArticle, extractArticle, type Article } from '../src/core/index.ts';
import { headerNames } from '../src/ui/header-names.ts';
import { parsePage } from './jsdom-page.ts';

/** Larger inputs are refused: real article pages are well under 5 MB, and jsdom needs ~20× the bytes in memory. */
const MAX_BYTES = 10 * 1024 * 1024;
/** Bytes sniffed for binary content and for a `<meta charset>` (the HTML spec's prescan window). */
const SNIFF_BYTES = 8192;
const USAGE = 'usage: npm run extract -- [--json] [--url URL] FILE...   (FILE may be .html, .html.gz, or - for stdin)';

interface Options {
  json: boolean;
  url: string | null;
  files: string[];
}

/** A page problem the user can act on: reported on the file's line, never as a stack trace. */
class InputError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--url') options.url = argv[++i] ?? fail('--url needs a value');
    else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) fail('no input file');
  if (options.url !== null && !URL.canParse(options.url)) fail(`--url is not a URL: ${options.url}`);
  return options;
}

function fail(message: string): never {
  console.error(`extract: ${message}\n${USAGE}`);
  process.exit(2);
}

function readInput(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    throw new InputError(`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  // gzip magic number, whatever the file is called (.html.gz from the datasets, or piped).
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES + 1 });
    } catch (err) {
      const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /too large|exceeds/i.test(String(err));
      throw new InputError(tooBig ? `input is larger than ${MAX_BYTES / 1024 / 1024} MB once gunzipped` : 'corrupt gzip data');
    }
  }
  if (bytes.length === 0) throw new InputError('empty input');
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`input is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB`);
  }
  return bytes;
}

/** The datasets' rule: a BOM wins; valid UTF-8 is UTF-8; else the `<meta charset>` in the first 8 KiB; else windows-1252. */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // NUL bytes never occur in HTML text and always in images, PDFs, archives.
  if (head.includes(0)) throw new InputError('not HTML: binary data');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head.toString('latin1'))?.[1] ?? 'windows-1252';
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

function fileUrl(file: string): string {
  return file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href;
}

/** Page URL: --url, else the page's own canonical/og:url (a saved page knows where it came from), else the file's URL. */
function pageUrl(doc: Document, file: string, given: string | null): string {
  if (given) return given;
  for (const el of doc.querySelectorAll('link[rel~="canonical"][href], meta[property="og:url"][content]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('content') ?? '';
    if (/^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  }
  return fileUrl(file);
}

type Result = Article & { file: string; isArticle: boolean; stylesNeutralized?: true };

function processFile(file: string, given: string | null): Result {
  const html = decode(readInput(file));
  if (!/<[a-z!?/]/i.test(html)) throw new InputError('not HTML: no tags');
  const { dom, stylesNeutralized } = parsePage(html, given ?? fileUrl(file));
  const { window } = dom;
  try {
    const url = pageUrl(window.document, file, given);
    const detection = detectArticle(window.document, url);
    const result: Result = { file, isArticle: detection.isArticle, ...extractArticle(window.document, url, {}) };
    // Said only when it happened, so the usual output keeps its shape.
    if (stylesNeutralized) result.stylesNeutralized = true;
    return result;
  } finally {
    window.close();
  }
}

function formatText(result: Result, many: boolean): string {
  const published = result.published ? result.published.slice(0, 10) : null;
  const minutes = `${result.readingMinutes} min`;
  const { byline, siteName } = headerNames(result.byline, result.siteName);
  const meta = [byline, siteName, published, `${result.lang || '?'}/${result.dir}`, minutes].filter(Boolean);
  const lines = many ? [`==> ${result.file} <==`] : [];
  lines.push(result.title || '(no title)', meta.join(' · '));
  if (!result.isArticle) lines.push('(the detector does not think this page is an article)');
  if (result.stylesNeutralized) lines.push('(jsdom could not parse the page\'s CSS: read again with its styles left out)');
  lines.push('', result.text, '');
  return lines.join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  let failed = 0;
  for (const file of options.files) {
    try {
      const result = processFile(file, options.url);
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatText(result, options.files.length > 1));
    } catch (err) {
      failed++;
      const message = err instanceof InputError ? err.message : `cannot parse: ${err instanceof Error ? err.message : String(err)}`;
      if (options.json) process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
      else console.error(`extract: ${file}: ${message}`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
