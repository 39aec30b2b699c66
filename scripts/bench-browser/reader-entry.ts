/**
 * The reader script's extraction as the probe loads it: bundled like src/content/reader.ts (minified, one
 * IIFE) and wrapped in a function that the probe's first `extract` call runs, so that call pays for
 * compiling and running the script, as the reader's injection into a tab does (probe.ts).
 */
import { extractForReader } from '../../src/content/extract.ts';

(window as unknown as { __qrReaderProbe: (url: string) => number }).__qrReaderProbe = (url) => {
  const result = extractForReader(document, url);
  return result.ok ? result.article.text.length : result.reason === 'no-text' ? 0 : -1;
};
