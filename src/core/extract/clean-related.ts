import { LINK_BOX_LABEL, READ_ALSO_LEAD, RELATED_HEADING } from '../constants.ts';
import { datedHeadlineList } from './dated-lists.ts';
import { isHeading, linkTextLength } from './dom.ts';
import type { Candidate, PruneRule, RuleMatch } from './rules.ts';
import { sectionOf } from './sections.ts';

const HEADING_MAX_CHARS = 60;
/** In an inline "Read also: <link>" paragraph the link is at least this share of the text after the lead-in. */
const READ_ALSO_LINK_SHARE = 0.5;
const READ_ALSO_MAX_CHARS = 300;

/** Related, most-read and "read also" link lists, including inline "Read also: <link>" paragraphs, and lists of dated headlines. */
export const relatedRule: PruneRule = {
  step: 'related',
  test(c, ctx) {
    const hit = c.clutter();
    if (hit?.kind === 'related') return { rule: `class "${hit.token}"` };
    // A heading, or a bare label (`<div>Most read</div>`) on templates without heading tags.
    const labelLike = isHeading(c.el) || c.tokens.includes('title') || (c.childCount === 0 && c.tag !== 'A' && c.tag !== 'LI');
    if (labelLike && c.textLength(HEADING_MAX_CHARS) <= HEADING_MAX_CHARS) {
      const text = c.text();
      if (RELATED_HEADING.test(text)) return { rule: 'related heading section', nodes: sectionOf(c.el, ctx.bodyChars, 'related') };
      // A broader label ("DON'T MISS", "Empfohlene Beiträge", "More Business News") acts only with the links it opens.
      if (LINK_BOX_LABEL.test(text)) {
        const nodes = sectionOf(c.el, ctx.bodyChars, 'related');
        // A section cut short by a paragraph is a feed of teasers: post-processing judges it whole (link-boxes.ts).
        const after = nodes[0] === c.el ? nodes[nodes.length - 1]!.nextElementSibling : null;
        const whole = after === null || isHeading(after);
        if (whole && nodes.some((n) => n !== c.el && n.getElementsByTagName('a').length > 0)) return { rule: 'headline-box label section', nodes };
      }
    }
    return readAlso(c) ?? datedHeadlineList(c);
  },
};

/** A paragraph (or bare block) that is mostly a link introduced by "Read also:", "اقرأ أيضا:"... */
export function readAlso(c: Candidate): RuleMatch | null {
  if (c.tag !== 'P' && c.tag !== 'DIV' && c.tag !== 'LI' && c.tag !== 'BLOCKQUOTE') return null;
  if (c.childCount > 4 || !c.el.getElementsByTagName('a')[0] || c.textLength(READ_ALSO_MAX_CHARS) > READ_ALSO_MAX_CHARS) return null;
  const text = c.text();
  const lead = READ_ALSO_LEAD.exec(text) ?? headingLead(text);
  if (!lead) return null;
  const rest = text.length - lead[0].length;
  return linkTextLength(c.el) >= READ_ALSO_LINK_SHARE * rest ? { rule: 'inline read-also' } : null;
}

/** "Related stories: <link>": a lead-in that is one of the related-list headings, followed by a colon or dash. */
function headingLead(text: string): RegExpExecArray | null {
  const m = /^(.{2,40}?)\s*[:：\-–—»]/u.exec(text);
  return m && RELATED_HEADING.test(m[1]!) ? m : null;
}
