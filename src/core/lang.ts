/**
 * Language, direction and reading time of an article. Pure: reads attributes and the given text, never layout.
 * Called by the extractor with the chosen content root and its text.
 */

import { LANG, RTL_LANGS } from './constants.ts';
import type { TextDirection } from './types.ts';
import { declaredLang } from './lang/declared.ts';
import { metaTags } from './meta.ts';
import { guessScript, langOfGuess, sampleScripts, type ScriptGuess } from './lang/guess.ts';
import { RTL_SCRIPTS, type Script, type ScriptTally } from './lang/script.ts';
import { primarySubtag } from './lang/tag.ts';

export { countWords, readingMinutes } from './lang/words.ts';
export { sampleScripts } from './lang/guess.ts';

/** The script a language is written in, for the languages where that is not in doubt (sr, az, uz… use two: left out). */
const LANG_SCRIPT: Readonly<Record<string, Script>> = (() => {
  const table: Record<string, Script> = {
    he: 'Hebrew', yi: 'Hebrew', ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', be: 'Cyrillic', mk: 'Cyrillic',
    kk: 'Cyrillic', el: 'Greek', hy: 'Armenian', ka: 'Georgian', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari',
    bn: 'Bengali', ta: 'Tamil', te: 'Telugu', kn: 'Kannada', ml: 'Malayalam', si: 'Sinhala', th: 'Thai', lo: 'Lao',
    my: 'Myanmar', km: 'Khmer', am: 'Ethiopic', ko: 'Hangul', ja: 'Han', zh: 'Han',
  };
  for (const lang of ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']) table[lang] = 'Arabic';
  for (const lang of ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'sv', 'da', 'nb', 'no',
    'fi', 'et', 'lv', 'lt', 'sl', 'hr', 'tr', 'id', 'ms', 'vi', 'ca', 'eu', 'gl', 'ga', 'is', 'sq', 'la', 'sw', 'tl']) {
    table[lang] = 'Latin';
  }
  return table;
})();

/**
 * The article's language: the markup's declaration (nearest `lang` to the content, `<html lang>`,
 * Content-Language, og:locale) unless the text's script plainly contradicts it, else the text's own script.
 * `tags`: the page's meta values, and `scripts`: sampleScripts(text), when the caller has them already.
 */
export function detectLang(doc: Document, contentRoot: Element | null, text: string, tags: ReadonlyMap<string, string> = metaTags(doc), scripts: ScriptTally = sampleScripts(text)): string {
  const declared = declaredLang(doc, contentRoot, tags);
  // The language of Latin text takes a stop-word count: only asked for when the markup does not settle it.
  const guess = guessScript(scripts);
  let fromText: string | undefined;
  const textLang = (): string => (fromText ??= langOfGuess(guess, text));
  if (!declared) return textLang();
  return contradicts(declared, guess, textLang) ? textLang() : declared;
}

/**
 * True when the text is written in another script than the declared language (a template's lang="en" on an
 * Arabic site). `textLang`: the text's own language, worked out on first call and then remembered.
 */
function contradicts(declared: string, guess: ScriptGuess, textLang: () => string): boolean {
  if (guess.share < LANG.overrideShare) return false;
  const primary = primarySubtag(declared);
  // Persian/Urdu letters and Japanese kana never occur in Arabic or Chinese: the text is more specific than the markup.
  if (primary === 'ar' || primary === 'zh') {
    const lang = textLang();
    if ((primary === 'ar' && (lang === 'fa' || lang === 'ur')) || (primary === 'zh' && lang === 'ja')) return true;
  }
  const expected = LANG_SCRIPT[primary];
  // A text whose language cannot be told (too few letters) contradicts nothing.
  return expected !== undefined && expected !== guess.script && textLang() !== '';
}

/** Share of strong letters that are right-to-left, or null when the text has too few letters to tell. */
function rtlShare({ counts, letters }: ScriptTally): number | null {
  if (letters < LANG.minLetters) return null;
  let rtl = 0;
  for (const script of RTL_SCRIPTS) rtl += counts[script] ?? 0;
  return rtl / letters;
}

/** `dir` on the element or its nearest ancestor; `auto` and junk are skipped as browsers do for inheritance. */
function declaredDir(contentRoot: Element | null): { dir: TextDirection; onRoot: boolean } | null {
  for (let el: Element | null = contentRoot; el; el = el.parentElement) {
    const dir = el.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') {
      const tag = el.tagName.toLowerCase();
      return { dir, onRoot: tag === 'html' || tag === 'body' };
    }
  }
  return null;
}

/**
 * Direction: explicit `dir` (nearest wins), then the language, then the text's letters.
 * A page-wide `dir="ltr"` or a language that the text plainly contradicts is a template default, so the text wins then.
 * `scripts`: sampleScripts(text), when the caller has it.
 */
export function detectDir(contentRoot: Element | null, lang: string, text: string, scripts: ScriptTally = sampleScripts(text)): TextDirection {
  const share = rtlShare(scripts);
  const textSaysRtl = share !== null && share >= LANG.overrideShare;
  const textSaysLtr = share !== null && share < LANG.rtlShareMin;
  const explicit = declaredDir(contentRoot);
  if (explicit && !(explicit.onRoot && explicit.dir === 'ltr' && textSaysRtl)) return explicit.dir;
  const primary = primarySubtag(lang);
  if (primary) {
    if (RTL_LANGS.has(primary)) return textSaysLtr ? 'ltr' : 'rtl';
    if (textSaysRtl) return 'rtl';
    return 'ltr';
  }
  return share !== null && share > LANG.rtlShare ? 'rtl' : 'ltr';
}
