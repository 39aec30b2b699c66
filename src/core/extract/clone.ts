import { renderedChildren } from '../composed.ts';
import { EXTRACT_BUDGET } from '../constants.ts';
import { toArray } from '../lists.ts';

/**
 * A working copy of the document, or of the article region only (see scope.ts). The native deep clone
 * is fastest, but it can fail: jsdom clones recursively (stack overflow on very deep pages) and rejects
 * attributes with invalid names that its parser accepted (`<a "foo=...">`). Then an iterative copy of
 * the whole page that skips such attributes and flattens nesting past the depth budget; `lossy` tells
 * the caller. `composed`: the page hosts shadow roots, so the copy is the iterative one, as rendered.
 */
export function cloneDocument(doc: Document, region: Element | null, composed: boolean): { clone: Document; lossy: boolean } {
  // Open shadow roots are not copied by cloneNode: a page that renders its article inside web
  // components is copied as it is rendered (shadow trees with their slotted light children).
  if (composed) return { clone: iterativeClone(doc), lossy: false };
  try {
    return { clone: region ? regionCopy(doc, region) : (doc.cloneNode(true) as Document), lossy: false };
  } catch {
    return { clone: iterativeClone(doc), lossy: true };
  }
}

/** Metadata the scorer reads from anywhere in the page: title, meta tags, base URL; scripts only as JSON-LD. */
const METADATA_TAGS = ['title', 'meta', 'base', 'script'];

/**
 * An inert copy of `region` (no browsing context: nothing in it loads or runs), inside shallow copies of
 * its ancestors (their `lang`, `dir` and classes still apply), with the page's metadata in its head.
 * Throws where the DOM implementation cannot copy the subtree (jsdom recurses on very deep trees).
 */
export function regionCopy(doc: Document, region: Element): Document {
  const out = doc.implementation.createHTMLDocument('');
  const html = out.documentElement;
  copyAttributes(doc.documentElement, html);
  const head = out.head;
  head.replaceChildren();
  // Tag lists, not a selector: cheaper in every DOM implementation, and jsdom's selector engine is slow.
  for (const tag of METADATA_TAGS) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      if (tag !== 'script' || /ld\+json/i.test(el.getAttribute('type') ?? '')) head.appendChild(out.importNode(el, true));
    }
  }
  const chain: Element[] = [];
  for (let a = region.parentElement; a && a !== doc.documentElement; a = a.parentElement) chain.unshift(a);
  let parent: Element = html;
  for (const ancestor of chain) {
    const copy = ancestor === doc.body ? out.body : out.importNode(ancestor, false);
    if (ancestor === doc.body) copyAttributes(ancestor, copy);
    if (copy.parentNode !== parent) parent.appendChild(copy);
    parent = copy;
  }
  parent.appendChild(out.importNode(region, true));
  return out;
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
    const kids = renderedChildren(src) ?? src.childNodes;
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
  for (const a of toArray(from.attributes)) {
    try {
      to.setAttributeNS(a.namespaceURI, a.name, a.value);
    } catch {
      // An attribute name the DOM API rejects carries nothing a reader needs.
    }
  }
}
