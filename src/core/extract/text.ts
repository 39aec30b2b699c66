import { BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE } from './dom.ts';

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
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // Stack entries: a node to visit, or a marker to close a block once its children are done.
  const stack: (Node | { close: string })[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (!('nodeType' in item)) {
      if (CELL_TAGS.has(item.close)) line += '\t';
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
    if (block || CELL_TAGS.has(tag)) stack.push({ close: tag });
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return lines.join('\n');
}
