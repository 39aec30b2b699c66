/**
 * Tiny DOM helpers that avoid attribute selectors: jsdom (the CLI, tests) evaluated them 7–15× slower than
 * a tag walk on l3s-gn1 pages, and in browsers a tag walk is as fast. Detection runs on every page, so it uses these.
 */

/**
 * First ancestor (or the element itself) for which `test` holds, walking parents: `closest` without a selector
 * engine. From the top of a shadow tree it goes on at the host, as the page renders (an <aside> around a widget).
 */
export function findAncestor(el: Element, test: (el: Element) => boolean): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement ?? hostOf(node)) if (test(node)) return node;
  return null;
}

/** The shadow host when `el` is a top-level node of a shadow tree, else null. */
function hostOf(el: Element): Element | null {
  return (el.parentNode as { host?: Element } | null)?.host ?? null;
}
