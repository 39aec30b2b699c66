import { EXTRACT_BUDGET } from '../constants.ts';

/**
 * A working copy of the document. The native deep clone is fastest, but some DOM implementations
 * (jsdom) clone recursively and overflow the stack on very deep pages: then an iterative copy that
 * flattens nesting past the depth budget. `flattened` tells the caller the copy is lossy.
 */
export function cloneDocument(doc: Document): { clone: Document; flattened: boolean } {
  try {
    return { clone: doc.cloneNode(true) as Document, flattened: false };
  } catch (err) {
    if (!(err instanceof RangeError) && !/call stack/i.test(String(err))) throw err;
    return { clone: iterativeClone(doc), flattened: true };
  }
}

function iterativeClone(doc: Document): Document {
  const out = doc.implementation.createHTMLDocument('');
  const html = out.documentElement;
  for (const a of Array.from(doc.documentElement?.attributes ?? [])) html.setAttribute(a.name, a.value);
  const srcHead = doc.head;
  if (srcHead) out.head.replaceWith(out.importNode(srcHead, true));
  const body = doc.body;
  if (!body) return out;
  for (const a of Array.from(body.attributes)) out.body.setAttribute(a.name, a.value);
  // Pairs of (source node, copy parent); past the depth budget children attach to the last allowed level.
  const stack: [Node, Node, number][] = [];
  for (let i = body.childNodes.length - 1; i >= 0; i--) stack.push([body.childNodes[i]!, out.body, 1]);
  while (stack.length) {
    const [src, parent, depth] = stack.pop()!;
    const copy = out.importNode(src, false);
    parent.appendChild(copy);
    const target = depth >= EXTRACT_BUDGET.maxDepth ? parent : copy;
    const kids = src.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, target, depth + 1]);
  }
  return out;
}
