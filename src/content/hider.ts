/**
 * Hides elements on the live page reversibly: a marker attribute on each element and one
 * stylesheet of ours that hides marked elements. Turning a kind off removes its markers (and the
 * stylesheet when nothing is left), which restores the page exactly as it was.
 */
export type HideKind = 'comments' | 'ads';

export const HIDE_ATTRIBUTE = 'data-quiet-reader-hide';
/** Shows a hidden block for a moment, marker kept: the popup's list of hidden blocks points at it (content/picker.ts). */
export const PEEK_ATTRIBUTE = 'data-quiet-reader-peek';
const STYLE_ID = 'quiet-reader-hide-style';
const CSS = `[${HIDE_ATTRIBUTE}]:not([${PEEK_ATTRIBUTE}]){display:none!important}`;

export interface Hider {
  /** Marks these elements as hidden for `kind`; returns how many were newly marked. */
  hide(kind: HideKind, elements: Iterable<Element>): number;
  /** Unmarks every element of `kind`. */
  reveal(kind: HideKind): void;
  /** Elements currently marked for `kind`. */
  marked(kind: HideKind): Element[];
}

/**
 * Removes every marker and our stylesheet: what a copy of the content script that could not stop
 * itself left on the page (see instance.ts), and what a stopping copy takes away with it.
 */
export function clearHiding(doc: Document): void {
  for (const element of doc.querySelectorAll(`[${HIDE_ATTRIBUTE}],[${PEEK_ATTRIBUTE}]`)) {
    element.removeAttribute(HIDE_ATTRIBUTE);
    element.removeAttribute(PEEK_ATTRIBUTE);
  }
  for (const style of doc.querySelectorAll(`style#${STYLE_ID}`)) style.remove();
}

export function createHider(doc: Document): Hider {
  const ensureStyle = (): void => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
  };
  const removeStyleIfUnused = (): void => {
    if (!doc.querySelector(`[${HIDE_ATTRIBUTE}]`)) doc.getElementById(STYLE_ID)?.remove();
  };
  const marked = (kind: HideKind): Element[] => [...doc.querySelectorAll(`[${HIDE_ATTRIBUTE}="${kind}"]`)];

  return {
    hide(kind, elements) {
      let added = 0;
      for (const element of elements) {
        // An element already hidden as the other kind stays as it is: one marker each.
        if (element.hasAttribute(HIDE_ATTRIBUTE)) continue;
        element.setAttribute(HIDE_ATTRIBUTE, kind);
        added += 1;
      }
      if (added > 0) ensureStyle();
      return added;
    },
    reveal(kind) {
      for (const element of marked(kind)) element.removeAttribute(HIDE_ATTRIBUTE);
      removeStyleIfUnused();
    },
    marked,
  };
}
