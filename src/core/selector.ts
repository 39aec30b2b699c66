/**
 * A short CSS selector for an element a person picked, that still finds it after a reload and on the
 * site's other pages: its id or stable class names first, the shortest that is unique in the document;
 * only when the element has no such name of its own, a short tag path (nth-of-type where needed) from the
 * nearest ancestor that has one. Names a build tool generated (hashes such as `css-1k2j3h`, `sc-aXbYc`,
 * `jsx-123`, CSS-module suffixes, long digit runs) change between deploys or pages and are never used.
 * Pure: reads the element's document only.
 */

/** Prefixes of class names that CSS-in-JS libraries and scoped-style compilers generate. */
const GENERATED_PREFIX = /^(?:css|sc|jsx|emotion|styled|svelte|astro|tw|chakra|mui|jss|makeStyles)-/i;
/** State classes: on the element when it was picked, maybe not after a reload. */
const STATE_NAME = /^(?:is|has)-|^(?:active|hover|focus|focused|open|opened|selected|current|visible|hidden|show|shown|loaded|loading|collapsed|expanded)$/i;
/** Names a selector can use without escaping: a letter or underscore first (or a dash and a letter). */
const PLAIN_NAME = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
/** Our own names (the hider's stylesheet, the picker's overlay): never part of a page's selector. */
const OURS = /^quiet-reader/;
/** The longest name kept: longer ones are usually serialized state or hashes. */
const MAX_NAME_CHARS = 40;
/** How many of an element's stable classes are tried together. */
const MAX_CLASSES = 3;
/** How far up an anchor is looked for. */
const MAX_DEPTH = 8;

/** One part of a name between dashes or underscores that looks like a hash: letters and digits mixed, or case switching mid-word. */
function hashLike(part: string): boolean {
  if (part.length < 4) return false;
  const digits = /\d/.test(part);
  const letters = /[a-z]/i.test(part);
  // A word with a short number at its end (`col2`, `h3title` is not) is a name, not a hash.
  if (digits && letters && !/^[a-z]+\d{1,2}$/i.test(part)) return true;
  return /[a-z][A-Z][a-z]?[A-Z]|[A-Z]{2}[a-z][A-Z]/.test(part) && part.length <= 8;
}

/** True when `name` (a class or an id) looks written by a person and likely to stay. */
export function isStableName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_CHARS || !PLAIN_NAME.test(name)) return false;
  if (OURS.test(name) || GENERATED_PREFIX.test(name) || STATE_NAME.test(name)) return false;
  // Long digit runs: ids and dates (`post-48213`, `ad-20240501`).
  if (/\d{3,}/.test(name)) return false;
  // CSS modules: `Header_title__3xYz1`, `_3xYz1`.
  if (/__[A-Za-z0-9-]{4,}$/.test(name) || /^_[A-Za-z0-9]{4,}$/.test(name)) return false;
  return !name.split(/[-_]+/).some(hashLike);
}

function stableClasses(el: Element): string[] {
  const raw = el.getAttribute('class');
  if (!raw) return [];
  return [...new Set(raw.split(/\s+/).filter(isStableName))];
}

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && isStableName(id) ? id : null;
}

function isUnique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** The element's own names as selectors: `#id`, then the classes shortest first (`.a`, `tag.a`, `.a.b`, `tag.a.b`, …). */
function ownCandidates(el: Element): string[] {
  const out: string[] = [];
  const classes = stableClasses(el).slice(0, MAX_CLASSES + 2);
  const tag = tagOf(el);
  for (const name of classes) out.push(`.${name}`, `${tag}.${name}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) out.push(`.${classes[i]}.${classes[j]}`, `${tag}.${classes[i]}.${classes[j]}`);
  }
  if (classes.length >= 3) out.push(`.${classes.slice(0, MAX_CLASSES).join('.')}`);
  out.sort((a, b) => a.length - b.length);
  // An id names one element by design: it goes first, whatever its length.
  const id = stableId(el);
  if (id) out.unshift(`#${id}`);
  return out;
}

/** The shortest of the element's own selectors that finds it and only it, in `scope` (a selector prefix) or the document. */
function uniqueOwn(doc: Document, el: Element, scope = ''): string | null {
  for (const candidate of ownCandidates(el)) {
    const selector = scope ? `${scope} ${candidate}` : candidate;
    if (isUnique(doc, selector, el)) return selector;
  }
  return null;
}

/** `tag`, or `tag:nth-of-type(n)` when a sibling has the same tag. */
function step(el: Element): string {
  const tag = tagOf(el);
  let index = 0;
  let same = 0;
  for (let sibling = el.parentElement?.firstElementChild ?? null; sibling; sibling = sibling.nextElementSibling) {
    if (tagOf(sibling) !== tag) continue;
    same += 1;
    if (sibling === el) index = same;
  }
  return same > 1 ? `${tag}:nth-of-type(${index})` : tag;
}

/** A child path from `anchor` (a selector for `top`) down to `el`. */
function pathFrom(anchor: string, top: Element, el: Element): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== top; cur = cur.parentElement) steps.unshift(step(cur));
  return `${anchor} > ${steps.join(' > ')}`;
}

/**
 * A short selector that finds `el`, and only it, in its document. Null when the element is not in a
 * document (detached) or nothing works (then there is nothing to save).
 */
export function selectorFor(el: Element): string | null {
  const doc = el.ownerDocument;
  if (!doc.documentElement?.contains(el)) return null;
  const tag = tagOf(el);
  if (tag === 'html' || tag === 'body' || tag === 'head') return tag;
  const own = uniqueOwn(doc, el);
  if (own) return own;
  // Not unique alone: the nearest ancestor with a unique stable name scopes it.
  let depth = 0;
  for (let ancestor = el.parentElement; ancestor && depth < MAX_DEPTH; ancestor = ancestor.parentElement, depth++) {
    const atag = tagOf(ancestor);
    const anchor = atag === 'body' || atag === 'html' ? atag : uniqueOwn(doc, ancestor);
    if (!anchor) continue;
    const scoped = uniqueOwn(doc, el, anchor);
    if (scoped) return scoped;
    const path = pathFrom(anchor, ancestor, el);
    if (isUnique(doc, path, el)) return path;
    if (atag === 'body' || atag === 'html') break;
  }
  const body = doc.body;
  if (body && body.contains(el)) {
    const path = pathFrom('body', body, el);
    if (isUnique(doc, path, el)) return path;
  }
  return null;
}
