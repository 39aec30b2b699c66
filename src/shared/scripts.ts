/**
 * Where the build puts the two content scripts, for the reader to inject them into a tab:
 * - `page`: detection, page cleaning and messaging; declared in manifest.json for every http(s) page
 *   (crxjs builds it from src/content/index.ts) and injected where no copy answers;
 * - `reader`: extraction, built from src/content/reader.ts by vite.config.ts and injected only when a
 *   person opens the reader.
 * scripts/build.mjs checks that both exist in each build.
 */
export const CONTENT_SCRIPTS = {
  // From the extension's root: Firefox resolves a relative path against the calling page's folder.
  page: '/src/content/index.js',
  reader: '/src/content/reader.js',
  /** The picker and the popup's list of hidden blocks (src/content/picker.ts), injected when a person uses them. */
  picker: '/src/content/picker.js',
} as const;
