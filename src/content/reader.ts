/**
 * The reader script: extraction (the core's pipeline and @mozilla/readability), injected into a tab only
 * when a person opens the reader there (src/popup/load.ts), never declared for every page. It registers
 * with the page script running in the tab (src/content/index.ts), which answers the reader's requests.
 * Injected again into the same tab, it finds itself registered and does nothing.
 */
import { commentsForReader, extractForReader } from './extract.ts';
import { registerReader } from './instance.ts';

registerReader(globalThis as unknown as Record<string, unknown>, { extract: extractForReader, comments: commentsForReader });
