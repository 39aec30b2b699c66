// @vitest-environment node
/**
 * src/ui is presentational: the shell passes values and callbacks in. Lint already confines
 * webextension-polyfill and HTML writing; this pins down what src/ui may import at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const uiDir = new URL('../../../src/ui/', import.meta.url).pathname;
const files = readdirSync(uiDir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
  .map((e) => join(e.parentPath, e.name));

const ALLOWED = [/^\.\/[\w-]+\.tsx?$/, /^\.\.\/core\/types\.ts$/, /^\.\.\/\.\.\/public\/_locales\/en\/messages\.json$/, /^preact(\/hooks)?$/, /^dompurify$/];

describe('src/ui imports', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(5));

  it.each(files.map((f) => [f.slice(uiDir.length), f]))('%s imports only ui, core types, preact and dompurify', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = Array.from(text.matchAll(/(?:from\s+|import\(\s*)'([^']+)'/g), (m) => m[1] ?? '');
    for (const spec of specifiers) expect(ALLOWED.some((re) => re.test(spec)), spec).toBe(true);
    // `chrome` and (in Firefox) `browser` are globals, so check usage too, outside comments.
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
    expect(code).not.toMatch(/\b(chrome|browser)\.\w+/);
  });
});
