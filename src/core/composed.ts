/**
 * The page as it renders, not as its light DOM is written: a shadow host renders its open shadow tree in
 * place of its own children, and a `<slot>` in a shadow tree renders the light nodes assigned to it (its
 * own children are only the fallback). Shared by detection (counting prose) and the composed copy.
 */
export function renderedChildren(node: Node): Node[] | null {
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  if (el.shadowRoot) return Array.from(el.shadowRoot.childNodes);
  if (el.localName !== 'slot' || !isInShadowTree(el) || typeof (el as HTMLSlotElement).assignedNodes !== 'function') return null;
  const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
  return assigned.length ? assigned : null;
}

function isInShadowTree(node: Node): boolean {
  const root = node.getRootNode?.();
  return !!root && root.nodeType === 11 && 'host' in root;
}
