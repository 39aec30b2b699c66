/**
 * The DOM implementations a page can be parsed with. Every system gets its document from the
 * same adapter in one run: jsdom and linkedom build different trees from broken HTML.
 */
import { parseHTML } from 'linkedom';
import { parsePage } from '../jsdom-page.ts';

export interface ParsedPage {
  doc: Document;
  close(): void;
}

export interface DomAdapter {
  name: 'jsdom' | 'linkedom';
  parse(html: string, url: string): ParsedPage;
}

export const jsdomAdapter: DomAdapter = {
  name: 'jsdom',
  parse(html, url) {
    // A page whose CSS jsdom cannot parse is parsed again with its styles neutralized, not lost (see jsdom-page.ts).
    const { dom } = parsePage(html, url);
    return { doc: dom.window.document, close: () => dom.window.close() };
  },
};

export const linkedomAdapter: DomAdapter = {
  name: 'linkedom',
  parse(html) {
    // linkedom has no document URL; every system is handed the URL explicitly instead.
    const { document } = parseHTML(html) as unknown as { document: Document };
    return { doc: document, close: () => undefined };
  },
};

export function domAdapter(name: string): DomAdapter {
  if (name === 'jsdom') return jsdomAdapter;
  if (name === 'linkedom') return linkedomAdapter;
  throw new Error(`--dom must be jsdom or linkedom, not ${name}`);
}
