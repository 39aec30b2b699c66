// Compiles the vendored filter lists into the engine the extension loads at run time, so no list
// is parsed (or fetched) in the browser: `public/filters/engine.bin`, which Vite copies into
// dist/<browser>/filters/. Run by scripts/build.mjs before the Vite builds; the output is
// generated, not committed (git-ignored), so it can never be stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileEngine } from '../../src/background/filter-engine.ts';

/** The vendored lists (see vendor/filter-lists/README.md). */
export const LIST_FILES = ['vendor/filter-lists/easylist-cosmetic.txt'];
export const ENGINE_FILE = 'public/filters/engine.bin';

export function readLists(): string[] {
  return LIST_FILES.map((file) => readFileSync(file, 'utf8'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const serialized = compileEngine(readLists()).serialize();
  mkdirSync(dirname(ENGINE_FILE), { recursive: true });
  writeFileSync(ENGINE_FILE, serialized);
  console.log(`compiled ${LIST_FILES.length} filter list(s) into ${ENGINE_FILE} (${serialized.length} bytes) in ${Date.now() - started} ms`);
}
