import { COMMENT_WIDGETS } from './constants.ts';
import { includesAny, startsWithAny } from './lists.ts';

const IDS: ReadonlySet<string> = new Set(COMMENT_WIDGETS.ids);
const CLASSES: ReadonlySet<string> = new Set(COMMENT_WIDGETS.classes);
/** A class attribute that contains none of the class names (letters, digits, `-`, `_`) cannot hold one as a token: no split. */
const CLASS_HINT = new RegExp(COMMENT_WIDGETS.classes.join('|'));

/**
 * Is `el` the root of a comment system's widget (COMMENT_WIDGETS)? Attribute reads only, no selector
 * engine: the reader asks it of every element it cleans and the live-page hider of every element on the page.
 */
export function isCommentWidget(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const id = el.getAttribute('id');
  if (id && (IDS.has(id) || startsWithAny(id, COMMENT_WIDGETS.idPrefixes))) return true;
  const cls = el.getAttribute('class');
  if (cls && CLASS_HINT.test(cls)) for (const name of cls.split(/\s+/)) if (CLASSES.has(name)) return true;
  for (let i = 0; i < COMMENT_WIDGETS.attributes.length; i++) if (el.hasAttribute(COMMENT_WIDGETS.attributes[i]!)) return true;
  if (el.localName !== 'iframe') return false;
  const src = el.getAttribute('src') ?? '';
  return includesAny(src, COMMENT_WIDGETS.frameSources);
}
