import {
  ABBREVIATION_TOKENS, CLUTTER_TOKENS, CLUTTER_TOKEN_PAIRS, CONTENT_TOKENS, EMBED_SELECTOR, PROMPT_MAX_PROSE_PARAGRAPHS,
  PROSE_PARAGRAPH_CHARS, WEAK_CLUTTER_TOKENS,
} from '../constants.ts';
import { anyIn } from '../lists.ts';
import type { Candidate } from './rules.ts';
import { ARTICLE_TAGS, INLINE_TAGS } from './rules.ts';

/** Share of the page text above which a block matched only by class name is presumed to be the article. */
const STRONG_MAX_SHARE = 0.6;
/** Weak tokens (`tags`, `more`, `popular`...) act only on blocks this small. */
const WEAK_MAX_SHARE = 0.15;

const TOKEN_KIND = new Map<string, string>();
for (const [kind, list] of Object.entries(CLUTTER_TOKENS)) for (const t of list) TOKEN_KIND.set(t, kind);

/**
 * The clutter kind named by an element's class/id tokens, or null. Guards keep the article:
 * inline and article tags are skipped, blocks that also carry content tokens or weak tokens must be small.
 */
export function clutterKindByName(c: Candidate, bodyChars: number): { kind: string; token: string } | null {
  if (c.tokens.length === 0 || INLINE_TAGS.has(c.tag) || ARTICLE_TAGS.has(c.tag)) return null;
  const hit = findToken(c.tokens);
  if (!hit) return null;
  if (ABBREVIATION_TOKENS.has(hit.token) && !asWidgetPrefix(c.raw, hit.token)) return null;
  // `entry-more`, `post-more`: blog engines' "continue reading" part of the article itself.
  const content = anyIn(c.tokens, CONTENT_TOKENS);
  if (hit.token === 'more' && content) return null;
  const weak = WEAK_CLUTTER_TOKENS.has(hit.token) || content;
  const limit = (weak ? WEAK_MAX_SHARE : STRONG_MAX_SHARE) * bodyChars;
  if (c.textLength(limit) > limit) return null;
  // Kinds that are never a quote's wrapper (ads, comments) skip the look inside.
  if ((hit.kind === 'share' || hit.kind === 'chrome' || hit.kind === 'related') && c.el.querySelector(EMBED_SELECTOR)) return null;
  // Prompts, share bars and "read more" expanders never hold paragraphs of prose; a block so named that does is
  // the article (a metered story in `.paywall`, a docs section `#sharing`, the rest of a story in `.read-more`).
  if ((hit.kind === 'subscribe' || hit.kind === 'share' || CONTINUATION_TOKENS.has(hit.token)) && holdsProse(c.el)) return null;
  return hit;
}

/** Related-list names that also name an expander holding the rest of the story. */
const CONTINUATION_TOKENS: ReadonlySet<string> = new Set(['read-more', 'readmore', 'more']);

/** `token` is a class word of its own, or the start of one before a hyphen (`pf`, `pf-button`; not `pf_title`). */
function asWidgetPrefix(raw: string, token: string): boolean {
  for (const word of raw.split(/\s+/)) if (word === token || word.startsWith(`${token}-`)) return true;
  return false;
}

/** At least PROMPT_MAX_PROSE_PARAGRAPHS paragraphs of prose: the article, not a prompt around it. */
function holdsProse(el: Element): boolean {
  const ps = el.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < ps.length; i++) {
    if ((ps[i]!.textContent ?? '').length >= PROSE_PARAGRAPH_CHARS && ++prose >= PROMPT_MAX_PROSE_PARAGRAPHS) return true;
  }
  return false;
}

/** First words of CLUTTER_TOKEN_PAIRS: without one of them no pair can match. */
const PAIR_FIRST: ReadonlySet<string> = new Set(CLUTTER_TOKEN_PAIRS.map((pair) => pair[1]));

function findToken(tokens: string[]): { kind: string; token: string } | null {
  if (anyIn(tokens, PAIR_FIRST)) for (const [kind, a, b] of CLUTTER_TOKEN_PAIRS) {
    const i = tokens.indexOf(a);
    if (i >= 0 && tokens[i + 1] === b) return { kind, token: `${a}-${b}` };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = TOKEN_KIND.get(t);
    if (kind) return { kind, token: t };
  }
  return null;
}
