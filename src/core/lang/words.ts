/** Word counts and reading time that are fair to every script, not only to the ones that put spaces between words. */

import { LANG, READING_CPM, READING_WPM } from '../constants.ts';
import { guessLangFromText } from './guess.ts';
import { primarySubtag } from './tag.ts';

/**
 * One token per CJK character (group 1; ー and 々 are "Common" script but belong to the word around them),
 * one run of South-East Asian script (group 2, split into words below), or one run of anything else up to whitespace.
 */
const TOKEN =
  /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005])|([\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+)|([^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+)/gu;
/** A chunk between spaces is a word only if it has a letter or digit: "—" and "·" are not words. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A dictionary-based word segmenter for Thai, Lao, Khmer, Burmese, when the runtime has one (all current browsers, Node with ICU). */
function segmenterFor(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    } catch {
      segmenter = null;
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function unspacedRunWords(run: string, lang: string): number {
  const segmenter = segmenterFor(lang);
  if (!segmenter) return Math.max(1, Math.round(run.length / LANG.seaCharsPerWord));
  let words = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words++;
  return Math.max(1, words);
}

/** Any character that TOKEN's first two groups take: without one, every token is a run up to whitespace. */
const UNSPACED_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/**
 * A run of non-space characters with a letter or digit in it: one match per run. A match may only start
 * where a run starts (the lookbehind), and what precedes the first letter cannot be a letter, so a long
 * run without letters is read once, never once per starting position (no quadratic backtracking).
 */
const SPACED_WORD = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Words for spaced scripts; CJK characters count one each (reading speed for them is in characters per minute). */
export function countWords(text: string, lang: string): number {
  let words = 0;
  // Spaced scripts only: the same count (runs between white space that hold a letter or digit) from one
  // native match, without a loop of ours per word.
  if (!UNSPACED_CHAR.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match[1] !== undefined) words++;
    else if (match[2] !== undefined) words += unspacedRunWords(match[2], lang);
    else if (HAS_WORD_CHAR.test(match[0])) words++;
  }
  return words;
}

/** Minutes to read `text` silently at the language's average speed: 0 for no words, else at least 1. `words`: countWords(text, lang), when the caller has it. */
export function readingMinutes(text: string, lang: string, words = countWords(text, lang)): number {
  if (words === 0) return 0;
  // Without a language, the script still tells CJK (characters per minute) from the rest.
  const primary = primarySubtag(lang) || guessLangFromText(text).lang;
  const cpm = READING_CPM[primary];
  const perMinute = cpm ?? READING_WPM[primary] ?? READING_WPM.default!;
  return Math.max(1, Math.round(words / perMinute));
}
