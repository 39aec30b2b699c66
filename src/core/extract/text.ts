import { BLOCK_TAGS, collapse, ELEMENT_NODE, TEXT_NODE } from './dom.ts';

const CELL_TAGS = new Set(['TD', 'TH']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

/**
 * Plain text of a subtree, one block per line: block elements and `<br>` end the line,
 * table cells are separated by a tab. One iterative pass (no `innerText`: jsdom lacks it and it forces layout).
 */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = collapse(line);
    if (t) lines.push(t);
    line = '';
  };
  // Stack entries: a node to visit, or the tag name of a block to close once its children are done.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (CELL_TAGS.has(item)) line += '\t';
      else flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      line += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const tag = item.nodeType === ELEMENT_NODE ? (item as Element).tagName.toUpperCase() : '';
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (block || CELL_TAGS.has(tag)) stack.push(tag);
    // Sibling links, not childNodes[i]: an indexed read of a host list costs more than a property read.
    for (let kid = item.lastChild; kid; kid = kid.previousSibling) stack.push(kid);
  }
  flush();
  return lines.join('\n');
}
