/**
 * Loaders: the shared datasets (`<name>/truth.jsonl` + `<name>/pages/<id>.html.gz`, format in
 * /work/shared/datasets/README.md) and, when those are absent, `tests/fixtures/<slug>/`.
 * Pages are read lazily so a full run never holds all 116 MB of HTML at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CommentSectionTruth {
  present: boolean;
  selectors?: string[];
}

/** One truth.jsonl line; optional fields are absent when unknown. */
export interface Truth {
  id: string;
  url: string | null;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  title?: string;
  readerable?: boolean;
  recallCeiling?: number;
  body: string | null;
  with?: string[];
  without?: string[];
  comments?: string[];
  commentSection?: CommentSectionTruth;
}

export interface BenchPage {
  truth: Truth;
  /** Decoded page (UTF-8), read on demand. */
  load(): { html: string; bytes: number };
}

export interface Dataset {
  name: string;
  pages: BenchPage[];
}

export const DATASET_NAMES = ['l3s-gn1', 'readability', 'trafilatura-dev', 'rtl-dev'] as const;

function readTruth(file: string): Truth[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Truth);
}

export function loadDataset(dataDir: string, name: string): Dataset {
  const dir = path.join(dataDir, name);
  const pages = readTruth(path.join(dir, 'truth.jsonl')).map((truth) => ({
    truth,
    load: () => {
      const buf = gunzipSync(readFileSync(path.join(dir, 'pages', `${truth.id}.html.gz`)));
      return { html: buf.toString('utf8'), bytes: buf.length };
    },
  }));
  return { name, pages };
}

/** Dataset folders under `dataDir` (known ones first, then any other folder with a truth.jsonl). */
export function listDatasets(dataDir: string): string[] {
  const found = readdirSync(dataDir).filter((d) => existsSync(path.join(dataDir, d, 'truth.jsonl')));
  const known = DATASET_NAMES.filter((d) => found.includes(d));
  return [...known, ...found.filter((d) => !known.includes(d as (typeof DATASET_NAMES)[number])).sort()];
}

// ---------------------------------------------------------------------------
// tests/fixtures fallback. expected.json belongs to the extraction engineer; read the fields we
// recognise under their likely names and ignore the rest, so the bench keeps working as it evolves.
// ---------------------------------------------------------------------------

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : undefined;
const first = <T>(...vs: Array<T | undefined>): T | undefined => vs.find((v) => v !== undefined);

export const FIXTURE_DEFAULT_URL = 'https://example.com/';

export function fixtureTruth(slug: string, e: Json): Truth {
  // Only a full text is a body: a paragraph list is partial, so it is scored as snippets below.
  const body = first(str(e.text), str(e.body));
  const dir = str(e.dir);
  const readerable = first(e.isArticle, e.readerable);
  return {
    id: slug,
    url: first(str(e.url), `${FIXTURE_DEFAULT_URL}${slug}`) ?? null,
    lang: str(e.lang)?.split('-')[0]?.toLowerCase(),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
    title: str(e.title),
    readerable: typeof readerable === 'boolean' ? readerable : undefined,
    body: body ?? null,
    // Paragraphs that must be shown are snippets too: presence survives small wording changes.
    with: first(strList(e.with), strList(e.contains), strList(e.paragraphs), strList(e.present)),
    without: first(strList(e.without), strList(e.absent), strList(e.notContains)),
    comments: strList(e.comments),
  };
}

export function loadFixtures(fixturesDir: string): Dataset {
  const slugs = existsSync(fixturesDir)
    ? readdirSync(fixturesDir)
        .filter((d) => statSync(path.join(fixturesDir, d)).isDirectory())
        .filter((d) => existsSync(path.join(fixturesDir, d, 'source.html')))
        .sort()
    : [];
  const pages = slugs.map((slug) => {
    const expectedFile = path.join(fixturesDir, slug, 'expected.json');
    const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Json) : {};
    return {
      truth: fixtureTruth(slug, expected),
      load: () => {
        const buf = readFileSync(path.join(fixturesDir, slug, 'source.html'));
        return { html: buf.toString('utf8'), bytes: buf.length };
      },
    };
  });
  return { name: 'fixtures', pages };
}

/** Where a dataset comes from: plain data, so a worker thread can open the same dataset. */
export type DatasetSource = { kind: 'data'; dir: string; name: string } | { kind: 'fixtures'; dir: string };

export function openDataset(src: DatasetSource): Dataset {
  return src.kind === 'data' ? loadDataset(src.dir, src.name) : loadFixtures(src.dir);
}
