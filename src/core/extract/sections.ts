import { headingLevel, isHeading, textOf } from './dom.ts';
import { ARTICLE_TAGS } from './rules.ts';

/** A section container is "small" when it holds less than this share of the page text. */
const SECTION_MAX_SHARE = 0.5;

/**
 * The extent of the section a heading opens. Climbs to the parent while the heading is its first
 * text-bearing child and the parent is not most of the page (a `div#comments > h3 + ol` is taken whole);
 * otherwise the heading's following siblings up to the next heading of the same or a higher level.
 */
export function sectionOf(heading: Element, bodyChars: number): Element[] {
  let root = heading;
  for (;;) {
    const parent = root.parentElement;
    if (!parent || ARTICLE_TAGS.has(parent.tagName.toUpperCase())) break;
    if (firstTextChild(parent) !== root) break;
    if (textOf(parent).length > SECTION_MAX_SHARE * bodyChars) break;
    root = parent;
  }
  return root === heading ? [heading, ...followingUntilHeading(heading)] : [root];
}

function firstTextChild(parent: Element): Element | null {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if ((c.textContent ?? '').trim() !== '') return c;
  }
  return null;
}

const MAX_SIBLINGS = 40;

function followingUntilHeading(heading: Element): Element[] {
  const level = headingLevel(heading);
  const out: Element[] = [];
  for (let s = heading.nextElementSibling; s && out.length < MAX_SIBLINGS; s = s.nextElementSibling) {
    if (isHeading(s) && headingLevel(s) <= level) break;
    if (s.querySelector('h1, h2') && level > 2) break;
    out.push(s);
  }
  return out;
}
