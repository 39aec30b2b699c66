import { EXTRACT_BUDGET } from '../constants.ts';

/**
 * A working copy of the document. The native deep clone is fastest, but it can fail: jsdom clones
 * recursively (stack overflow on very deep pages) and rejects attributes with invalid names that its
 * parser accepted (`<a "foo=...">`). Then an iterative copy that skips such attributes and flattens
 * nesting past the depth budget; `lossy` tells the caller.
 */
export function cloneDocument(doc: Document): { clone: Document; lossy: boolean } {
  try {
    return { clone: doc.cloneNode(true) as Document, lossy: false };
  } catch {
    return { clone: iterativeClone(doc), lossy: true };
  }
}

function iterativeClone(doc: Document): Document {
  const out = doc.implementation.createHTMLDocument('');
  const srcRoot = doc.documentElement;
  const root = out.documentElement;
  root.replaceChildren();
  if (!srcRoot) return out;
  copyAttributes(srcRoot, root);
  // Triples of (source node, parent of its copy, depth); past the depth budget children attach to the last allowed level.
  const stack: [Node, Node, number][] = [];
  for (let i = srcRoot.childNodes.length - 1; i >= 0; i--) stack.push([srcRoot.childNodes[i]!, root, 1]);
  while (stack.length) {
    const [src, parent, depth] = stack.pop()!;
    const copy = shallowCopy(out, src);
    if (!copy) continue;
    parent.appendChild(copy);
    const target = depth >= EXTRACT_BUDGET.maxDepth ? parent : copy;
    const kids = src.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, target, depth + 1]);
  }
  return out;
}

function shallowCopy(out: Document, src: Node): Node | null {
  if (src.nodeType === 3) return out.createTextNode(src.nodeValue ?? '');
  if (src.nodeType === 8) return out.createComment(src.nodeValue ?? '');
  if (src.nodeType !== 1) return null;
  const el = src as Element;
  const copy = out.createElementNS(el.namespaceURI, el.localName);
  copyAttributes(el, copy);
  return copy;
}

function copyAttributes(from: Element, to: Element): void {
  for (const a of Array.from(from.attributes)) {
    try {
      to.setAttributeNS(a.namespaceURI, a.name, a.value);
    } catch {
      // An attribute name the DOM API rejects carries nothing a reader needs.
    }
  }
}
