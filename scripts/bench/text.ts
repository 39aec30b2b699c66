/**
 * HTML → the plain text a reader shows: no markup, block elements on separate lines.
 * Readability's and defuddle's HTML output both go through `htmlToText`, so neither gains from
 * a different conversion. Works on any DOM (jsdom, linkedom): only nodeType/localName/childNodes.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** Elements whose content a reader never shows as text (as the README's recallCeiling list). */
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'title', 'iframe', 'object', 'embed',
  'textarea', 'select',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_FRAGMENT_NODE = 11;
const DOCUMENT_NODE = 9;

/** Collects lines; inline whitespace collapses, `<pre>` keeps its line breaks. */
class LineWriter {
  private lines: string[] = [];
  private current = '';

  text(s: string, pre: boolean): void {
    if (!pre) {
      this.current += s.replace(/\s+/g, ' ');
      return;
    }
    const parts = s.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.break();
      this.current += part;
    });
  }

  break(): void {
    const line = this.current.replace(/\s+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  result(): string {
    this.break();
    return this.lines.join('\n');
  }
}

function walk(node: Node, out: LineWriter, pre: boolean): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
    out.text(node.nodeValue ?? '', pre);
    return;
  }
  const isContainer = node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
  if (node.nodeType !== ELEMENT_NODE && !isContainer) return;
  // `localName` is lower-case for HTML in jsdom; linkedom may keep the source case.
  const name = isContainer ? '' : ((node as Element).localName ?? '').toLowerCase();
  if (SKIP.has(name)) return;
  if (name === 'br') {
    out.break();
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.break();
  const inPre = pre || name === 'pre';
  // A <template>'s children live in .content; other nodes walk their childNodes.
  for (const child of Array.from(node.childNodes)) walk(child, out, inPre);
  if (block) out.break();
}

/** Text of a DOM subtree, one block per line. */
export function nodeToText(node: Node): string {
  const out = new LineWriter();
  walk(node, out, false);
  return out.result();
}

// One scratch document for all conversions: the output HTML never touches the page's DOM.
let scratch: Document | undefined;

function scratchDocument(): Document {
  scratch ??= new JSDOM('<!doctype html><title></title>', { virtualConsole: new VirtualConsole() })
    .window.document;
  return scratch;
}

/** Text of an HTML fragment (an extractor's `content`), one block per line. */
export function htmlToText(html: string): string {
  if (!html) return '';
  const template = scratchDocument().createElement('template');
  template.innerHTML = html;
  return nodeToText(template.content);
}
