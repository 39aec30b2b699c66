import { headingLevel, isHeading, linkTextLength, textOf } from './dom.ts';
import { ARTICLE_TAGS } from './rules.ts';

/** A section container is "small" when it holds less than this share of the page text. */
const SECTION_MAX_SHARE = 0.5;
const MAX_SIBLINGS = 40;
/** A paragraph longer than this is prose. */
export const PROSE_CHARS = 150;

export type SectionKind = 'comments' | 'related';

/**
 * The extent of the section a heading opens. Climbs to the parent while the heading is its first
 * text-bearing child, the parent is not most of the page and it looks like that kind of section
 * (a `div#comments > h3 + ol` is taken whole); otherwise the heading plus its following siblings
 * that look like the section, up to the next heading of the same or a higher level.
 */
export function sectionOf(heading: Element, bodyChars: number, kind: SectionKind): Element[] {
  let root = heading;
  for (;;) {
    const parent = root.parentElement;
    if (!parent || ARTICLE_TAGS.has(parent.tagName.toUpperCase())) break;
    if (firstTextChild(parent) !== root) break;
    if (textOf(parent).length > SECTION_MAX_SHARE * bodyChars || !looksLike(parent, kind)) break;
    root = parent;
  }
  return root === heading ? [heading, ...followingSection(heading, kind)] : [root];
}

/**
 * Related lists are mostly links; comment sections hold no headline and no run of prose paragraphs
 * side by side (comment texts sit one per item, article paragraphs are siblings).
 */
export function looksLike(el: Element, kind: SectionKind): boolean {
  const len = textOf(el).length;
  if (kind === 'related') return len === 0 || linkTextLength(el) / len >= 0.5;
  if (el.getElementsByTagName('h1').length) return false;
  let prose = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName.toUpperCase() === 'P' && (c.textContent ?? '').length > PROSE_CHARS) prose++;
  }
  return prose <= 2;
}

function firstTextChild(parent: Element): Element | null {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if ((c.textContent ?? '').trim() !== '') return c;
  }
  return null;
}

function followingSection(heading: Element, kind: SectionKind): Element[] {
  const level = headingLevel(heading);
  const out: Element[] = [];
  // "Comment rules:" introduces exactly the block after it.
  if (/[:：]\s*$/u.test(heading.textContent ?? '') && heading.nextElementSibling) return [heading.nextElementSibling];
  for (let s = heading.nextElementSibling; s && out.length < MAX_SIBLINGS; s = s.nextElementSibling) {
    if (isHeading(s) && headingLevel(s) <= level) break;
    if (s.getElementsByTagName('h1').length) break;
    const text = (s.textContent ?? '').trim();
    if (text.length > 0 && !looksLike(s, kind)) break;
    // A paragraph of prose ends the section: in flat markup the article may follow a stray label.
    if (s.tagName.toUpperCase() === 'P' && text.length > PROSE_CHARS) break;
    out.push(s);
  }
  return out;
}
