// Lint rules, including the folder boundaries that keep the architecture a fact:
// - src/core is pure: it imports nothing from the browser side (platform, content, background, popup, ui).
// - only src/platform/browser.ts imports webextension-polyfill (src/platform may import its types).
// - only src/ui/safe-html.tsx writes HTML (innerHTML/outerHTML assignment, insertAdjacentHTML,
//   document.write, dangerouslySetInnerHTML).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserSide = ['**/platform/**', '**/content/**', '**/background/**', '**/popup/**', '**/reader/**', '**/ui/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import the browser API from src/platform/browser.ts.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Write HTML only through src/ui/safe-html.tsx.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Write HTML only through src/ui/safe-html.tsx.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]", message: 'Write HTML only through src/ui/safe-html.tsx.' },
      ],
    },
  },
  {
    // The content script is injected into every page: it must not pull in the core's sanitizing entry point.
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Import the browser API from src/platform/browser.ts.' },
            { name: 'dompurify', message: 'The content script does not sanitize: the extension page does (src/ui/safe-html.tsx).' },
          ],
          patterns: [
            { group: ['**/core/index.ts', '**/core/extract/sanitize.ts'], allowTypeImports: true, message: 'core/index.ts carries DOMPurify: the content script imports core/detect.ts and core/extract-unsanitized.ts.' },
            { group: ['**/platform/browser.ts'], allowTypeImports: true, message: 'The page script reaches the browser through src/platform/page-api.ts, without the polyfill.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The API's types describe both bindings (messaging.ts); a type import loads nothing.
    files: ['src/platform/**'],
    ignores: ['src/platform/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', allowTypeImports: true, message: 'Import the browser API from src/platform/browser.ts.' }] }],
    },
  },
  {
    files: ['src/ui/safe-html.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests and the benchmark build DOM fixtures in Node; nothing there reaches an extension page.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'src/core is pure: no browser APIs.' }],
          patterns: [{ group: browserSide.map((g) => g.replace('**/', '../').replace('/**', '/*')).concat(browserSide.map((g) => g.replace('**/', '../../').replace('/**', '/*'))), message: 'src/core is pure: it imports nothing from the browser side.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'location', 'navigator', 'fetch', 'XMLHttpRequest', 'localStorage'],
    },
  },
);
