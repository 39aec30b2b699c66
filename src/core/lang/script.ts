/**
 * Unicode script of a UTF-16 code unit, for the scripts that tell a language or a direction apart.
 * A range table instead of `\p{Script=…}` regexes: one pass over the text counts every script at once.
 * Astral characters (rare CJK extension B, emoji) are ignored: surrogates fall in no range.
 */

export type Script =
  | 'Latin' | 'Arabic' | 'Hebrew' | 'Syriac' | 'Thaana' | 'Nko' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Georgian'
  | 'Devanagari' | 'Bengali' | 'Gurmukhi' | 'Gujarati' | 'Tamil' | 'Telugu' | 'Kannada' | 'Malayalam' | 'Sinhala'
  | 'Thai' | 'Lao' | 'Myanmar' | 'Khmer' | 'Ethiopic' | 'Hangul' | 'Kana' | 'Han';

/** Scripts written right to left. */
export const RTL_SCRIPTS: ReadonlySet<Script> = new Set(['Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Nko']);

/** Scripts written without spaces between words, where characters are counted instead. */
export const UNSPACED_SCRIPTS: ReadonlySet<Script> = new Set(['Han', 'Kana', 'Thai', 'Lao', 'Myanmar', 'Khmer']);

/** [first, last, script], sorted by first. Letters only where a block mixes letters with digits or marks that carry no direction. */
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'Latin'], [0x0061, 0x007a, 'Latin'], [0x00c0, 0x00d6, 'Latin'], [0x00d8, 0x00f6, 'Latin'],
  [0x00f8, 0x024f, 'Latin'], [0x0370, 0x03ff, 'Greek'], [0x0400, 0x052f, 'Cyrillic'], [0x0531, 0x058f, 'Armenian'],
  [0x05d0, 0x05f2, 'Hebrew'], [0x0620, 0x064a, 'Arabic'], [0x066e, 0x06d3, 'Arabic'], [0x06d5, 0x06d5, 'Arabic'],
  [0x06fa, 0x06ff, 'Arabic'], [0x0710, 0x074f, 'Syriac'], [0x0750, 0x077f, 'Arabic'], [0x0780, 0x07bf, 'Thaana'],
  [0x07c0, 0x07ff, 'Nko'], [0x08a0, 0x08ff, 'Arabic'], [0x0900, 0x097f, 'Devanagari'], [0x0980, 0x09ff, 'Bengali'],
  [0x0a00, 0x0a7f, 'Gurmukhi'], [0x0a80, 0x0aff, 'Gujarati'], [0x0b80, 0x0bff, 'Tamil'], [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'], [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'], [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Lao'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'], [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x137f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'], [0x1e00, 0x1eff, 'Latin'], [0x1f00, 0x1fff, 'Greek'],
  [0x3040, 0x30ff, 'Kana'], [0x3130, 0x318f, 'Hangul'], [0x31f0, 0x31ff, 'Kana'], [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'], [0xac00, 0xd7af, 'Hangul'], [0xf900, 0xfaff, 'Han'], [0xfb1d, 0xfb4f, 'Hebrew'],
  [0xfb50, 0xfdff, 'Arabic'], [0xfe70, 0xfeff, 'Arabic'], [0xff21, 0xff3a, 'Latin'], [0xff41, 0xff5a, 'Latin'],
  [0xff66, 0xff9f, 'Kana'],
];

/** Script of one code unit, or null for digits, punctuation, marks, spaces and scripts not listed. */
export function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  // Binary search: the table is sorted and disjoint.
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = RANGES[mid]!;
    if (code < range[0]) hi = mid - 1;
    else if (code > range[1]) lo = mid + 1;
    else return range[2];
  }
  return null;
}

export type ScriptCounts = Partial<Record<Script, number>>;

/** Strong letters per script, and all of them together. */
export interface ScriptTally {
  counts: ScriptCounts;
  letters: number;
}

/** Everything but ASCII letters, and every ASCII character: what is removed to count each part natively. */
const NOT_ASCII_LETTER = /[^A-Za-z]+/g;
const ASCII = /[^\u0080-\uffff]+/g;

/**
 * Strong letters per script in the first `limit` characters of `text`. ASCII letters (most text on most
 * pages) are counted by a native replace, and only the other characters are looked up one by one.
 */
export function countScripts(text: string, limit: number): ScriptTally {
  const counts: ScriptCounts = {};
  const sample = text.length > limit ? text.slice(0, limit) : text;
  const latin = sample.replace(NOT_ASCII_LETTER, '').length;
  const rest = sample.replace(ASCII, '');
  let letters = latin;
  if (latin) counts.Latin = latin;
  for (let i = 0; i < rest.length; i++) {
    const script = scriptOf(rest.charCodeAt(i));
    if (script === null) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  return { counts, letters };
}

/** The script with most letters, and its share of all strong letters. */
export function dominantScript(counts: ScriptCounts, letters: number): { script: Script | null; share: number } {
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of Object.entries(counts) as Array<[Script, number]>) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return { script: best, share: letters > 0 ? bestCount / letters : 0 };
}
