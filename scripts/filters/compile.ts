// Compiles the vendored filter lists into the engine the extension loads at run time, so no list
// is parsed (or fetched) in the browser: `public/filters/engine.bin`, which Vite copies into
// dist/<browser>/filters/, with `filters/NOTICE.txt`, the attribution and licence notice the lists'
// licences ask of every copy. Run by scripts/build.mjs before the Vite builds; the output is
// generated, not committed (git-ignored), so it can never be stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileEngine } from '../../src/background/filter-engine.ts';

/**
 * The vendored lists (see vendor/filter-lists/README.md), compiled into one engine: Liste AR is meant
 * to be used together with EasyList, so each list's exceptions (`#@#`, `$generichide`) apply to both.
 */
export const LIST_FILES = ['vendor/filter-lists/easylist-cosmetic.txt', 'vendor/filter-lists/liste-ar-cosmetic.txt'];
export const SOURCES_FILE = 'vendor/filter-lists/sources.json';
export const ENGINE_FILE = 'public/filters/engine.bin';
export const NOTICE_FILE = 'public/filters/NOTICE.txt';

/** What vendor/filter-lists/sources.json records of each list (scripts/filters/refresh.mjs writes it). */
export interface ListSource {
  title: string;
  version?: string;
  authors: string;
  homepage: string;
  licence: string;
  licenceUrl: string;
  from: { package?: string; version?: string; path: string; repository?: string; commit?: string | null };
  refreshed: string;
  file: string;
  rules: number;
  sha256: string;
}

export function readSources(): Record<string, ListSource> {
  return (JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as { lists: Record<string, ListSource> }).lists;
}

export function readLists(): string[] {
  return LIST_FILES.map((file) => readFileSync(file, 'utf8'));
}

const CC_BY_SA_3 = 'https://creativecommons.org/licenses/by-sa/3.0/';

function origin(list: ListSource): string {
  const { from } = list;
  if (from.package) return `Debian package ${from.package} ${from.version}, ${from.path}`;
  return `${from.repository}, ${from.path}${from.commit ? ` at commit ${from.commit}` : ''}`;
}

/**
 * CC BY-SA 3.0 (EasyList is dual-licensed GPL-3.0-or-later / CC BY-SA 3.0, and is used here under the
 * latter) asks every copy of a work or an adaptation of it for: the author's credit, the work's title and
 * address, a note of the changes, and the licence's address, with the adaptation under the same licence.
 */
export function noticeText(sources: Record<string, ListSource>): string {
  const lists = Object.values(sources).map((list) =>
    [
      `${list.title}${list.version ? ` (version ${list.version})` : ''}`,
      `  © ${list.authors}, ${list.homepage}`,
      `  taken from ${origin(list)}, copied ${list.refreshed}`,
      `  licence: ${list.licence === 'CC-BY-SA-3.0' ? 'Creative Commons Attribution-ShareAlike 3.0' : `${list.licence}; used here under Creative Commons Attribution-ShareAlike 3.0`}, ${CC_BY_SA_3}`,
      list.licenceUrl !== CC_BY_SA_3 ? `  the list's licence terms: ${list.licenceUrl}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    'Quiet Reader: notice for filters/engine.bin',
    '',
    '"Hide ads" uses the element-hiding rules of the filter lists below. filters/engine.bin is an',
    'adaptation of them: only their element-hiding rules, and the exceptions that turn hiding off on a',
    'site, were kept (network rules were left out), unchanged, and compiled with @ghostery/adblocker into',
    'its binary form. The lists as kept are in Quiet Reader\'s source, vendor/filter-lists/.',
    '',
    ...lists.flatMap((text) => [text, '']),
    `filters/engine.bin is licensed under Creative Commons Attribution-ShareAlike 3.0, ${CC_BY_SA_3}`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const serialized = compileEngine(readLists()).serialize();
  mkdirSync(dirname(ENGINE_FILE), { recursive: true });
  writeFileSync(ENGINE_FILE, serialized);
  writeFileSync(NOTICE_FILE, noticeText(readSources()));
  console.log(`compiled ${LIST_FILES.length} filter list(s) into ${ENGINE_FILE} (${serialized.length} bytes) in ${Date.now() - started} ms, notice in ${NOTICE_FILE}`);
}
