import { textOf } from './dom.ts';

/**
 * Separators between a headline and the site name: |, -, –, —, ::, », ·, / with whitespace on both
 * sides (any Unicode space, so Arabic and CJK titles split too). A lone ":" is not one: French puts spaces around it.
 */
const SEPARATOR = /\s+(?:\||-|–|—|::|»|«|·|•|\/|\\)\s+/u;
const MIN_HEADLINE_WORDS = 3;

export interface TitleSources {
  og: string;
  docTitle: string;
  h1s: string[];
  siteName: string | null;
}

export function readTitleSources(doc: Document, tags: Map<string, string>, siteName: string | null): TitleSources {
  const h1s = doc.getElementsByTagName('h1');
  const texts: string[] = [];
  for (let i = 0; i < h1s.length && texts.length < 5; i++) {
    const t = textOf(h1s[i]);
    if (t) texts.push(t);
  }
  return {
    og: tags.get('og:title') ?? tags.get('twitter:title') ?? tags.get('title') ?? '',
    docTitle: textOf(doc.getElementsByTagName('title')[0]),
    h1s: texts,
    siteName,
  };
}

/**
 * The headline without the site-name suffix or prefix. An h1 that matches og:title or one part of the
 * document title wins (it is the page's own headline); otherwise the longest part of the split title.
 */
export function cleanTitle(src: TitleSources): string {
  const raw = src.og || src.docTitle;
  const parts = splitTitle(raw).filter((p) => !isSiteName(p, src.siteName));
  for (const h of src.h1s) {
    const nh = norm(h);
    if (nh === norm(raw) || parts.some((p) => norm(p) === nh) || norm(src.docTitle).includes(nh) && nh.length > 15) return h;
  }
  if (parts.length === 0) return src.h1s[0] ?? raw;
  const best = parts.reduce((a, b) => (b.length > a.length ? b : a));
  // A split that leaves two words or fewer was probably inside the headline ("Tom - the Musical").
  if (parts.length > 1 && words(best) < MIN_HEADLINE_WORDS && words(raw) > words(best) + 1) return src.h1s[0] ?? raw;
  return best;
}

function splitTitle(t: string): string[] {
  return t.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

function isSiteName(part: string, siteName: string | null): boolean {
  if (siteName && norm(part) === norm(siteName)) return true;
  // Letters of any case spelled out: an `i` flag would make V8 expand \p{L} to its case closure (slow to compile).
  return /^(?:[wW]{3}\.)?[\p{L}\p{N}-]+\.[a-zA-Z]{2,}(?:\.[a-zA-Z]{2})?$/u.test(part.trim());
}

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

export function norm(s: string): string {
  return s.replace(/[\s\u200f\u200e]+/gu, ' ').replace(/[“”"«»'’‘]/gu, '').trim().toLowerCase();
}
