// @vitest-environment node
/** Layout rules that lint should eventually enforce; until then this test does. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Code without comments, so a comment that mentions `browser.i18n` is not a violation. */
const code = (file: string) =>
  readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

describe('src/ui boundaries', () => {
  it('never touches extension APIs: the lead passes values and callbacks in', () => {
    for (const file of sources('src/ui')) {
      expect(code(file), file).not.toMatch(/webextension-polyfill|\bchrome\.|\bbrowser\.(runtime|storage|tabs|i18n)/);
    }
  });

  it('writes HTML only in safe-html.tsx', () => {
    for (const file of sources('src')) {
      if (file.endsWith('src/ui/safe-html.tsx')) continue;
      expect(code(file), file).not.toMatch(/dangerouslySetInnerHTML/);
    }
    for (const file of sources('src/ui')) {
      if (file.endsWith('safe-html.tsx')) continue;
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/);
    }
  });
});
