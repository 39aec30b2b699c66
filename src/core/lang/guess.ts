/** Language from the text alone: its script first, letters peculiar to a language next, stop words last. */

import { LANG, STOP_WORDS } from '../constants.ts';
import { countScripts, dominantScript, type Script, type ScriptCounts, type ScriptTally } from './script.ts';

export interface ScriptGuess {
  /** Main script, Han and Kana counted together as Han. */
  script: Script | null;
  /** Share of strong letters in that script. */
  share: number;
  letters: number;
  counts: ScriptCounts;
}

export interface TextGuess extends ScriptGuess {
  /** Primary subtag, or "" when the text does not tell. */
  lang: string;
}

/** One language per script where the script alone decides it (others need a closer look below). */
const SCRIPT_LANG: Partial<Record<Script, string>> = {
  Hebrew: 'he', Syriac: 'syr', Thaana: 'dv', Nko: 'nqo', Greek: 'el', Armenian: 'hy', Georgian: 'ka',
  Devanagari: 'hi', Bengali: 'bn', Gurmukhi: 'pa', Gujarati: 'gu', Tamil: 'ta', Telugu: 'te', Kannada: 'kn',
  Malayalam: 'ml', Sinhala: 'si', Thai: 'th', Lao: 'lo', Myanmar: 'my', Khmer: 'km', Ethiopic: 'am', Hangul: 'ko',
};

/** Strong letters per script in the sample of `text` that language and direction are judged on. */
export function sampleScripts(text: string): ScriptTally {
  return countScripts(text, LANG.sampleChars);
}

/** `scripts`: sampleScripts(text), when the caller has it. */
export function guessLangFromText(text: string, scripts = sampleScripts(text)): TextGuess {
  const guess = guessScript(scripts);
  return { ...guess, lang: langOfGuess(guess, text) };
}

/** The text's main script, without the closer look at its language (cheap: counts only). */
export function guessScript({ counts, letters }: ScriptTally): ScriptGuess {
  // Japanese mixes Han and Kana: count them as one script so neither splits the vote.
  const merged: ScriptCounts = { ...counts };
  if (counts.Kana) merged.Han = (counts.Han ?? 0) + counts.Kana;
  delete merged.Kana;
  const { script, share } = dominantScript(merged, letters);
  return { script, share, letters, counts };
}

/** The language of a script guess: "" when the text is too short or tells no language. */
export function langOfGuess(guess: ScriptGuess, text: string): string {
  if (guess.letters < LANG.minLetters || guess.script === null) return '';
  return langOfScript(guess.script, guess.counts, text);
}

function langOfScript(script: Script, counts: ScriptCounts, text: string): string {
  switch (script) {
    case 'Han': {
      const kana = counts.Kana ?? 0;
      return kana / (kana + (counts.Han ?? 0)) > LANG.kanaShareJa ? 'ja' : 'zh';
    }
    case 'Arabic':
      return arabicScriptLang(text, counts.Arabic ?? 0);
    case 'Cyrillic':
      return countChars(text, UKRAINIAN) / (counts.Cyrillic ?? 1) >= LANG.ukrainianShare ? 'uk' : 'ru';
    case 'Latin':
      return latinStopWordGuess(text);
    default:
      return SCRIPT_LANG[script] ?? '';
  }
}

/** Letters of one Arabic-script language and not of the others (see LANG for the shares). */
const PERSIAN_ONLY = new Set([0x067e, 0x0686, 0x0698, 0x06af]); // پ چ ژ گ
const PERSIAN_FORMS = new Set([0x06cc, 0x06a9]); // ی ک (also Urdu)
const ARABIC_FORMS = new Set([0x064a, 0x0643, 0x0629, 0x0649]); // ي ك ة ى
const URDU_ONLY = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2]); // ٹ ڈ ڑ ں ے
const UKRAINIAN = new Set([0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490]); // і ї є ґ

function countChars(text: string, set: ReadonlySet<number>): number {
  let n = 0;
  const end = Math.min(text.length, LANG.sampleChars);
  for (let i = 0; i < end; i++) if (set.has(text.charCodeAt(i))) n++;
  return n;
}

function arabicScriptLang(text: string, arabicLetters: number): string {
  if (arabicLetters === 0) return 'ar';
  if (countChars(text, URDU_ONLY) / arabicLetters >= LANG.urduOnlyShare) return 'ur';
  if (countChars(text, PERSIAN_ONLY) / arabicLetters >= LANG.persianOnlyShare) return 'fa';
  // Persian typed with an Arabic keyboard layout has ي ك; typed properly it has ی ک, which Arabic never uses.
  if (countChars(text, PERSIAN_FORMS) > countChars(text, ARABIC_FORMS) * LANG.arabicScriptMargin) return 'fa';
  return 'ar';
}

/** Lower-cased stop word → languages that list it; built once. */
const STOP_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const word of words) index.set(word, [...(index.get(word) ?? []), lang]);
  }
  return index;
})();

/** What separates words for the stop-word count: anything but letters and marks. */
const NON_WORD = /[^\p{L}\p{M}]+/u;

/** The language whose stop words are clearly most frequent, or "" (Latin script is shared by too many languages to guess more). */
export function latinStopWordGuess(text: string): string {
  const hits = new Map<string, number>();
  let tokens = 0;
  // One native split instead of a match object per word; the empty strings at either end are not words.
  for (const word of text.slice(0, LANG.stopWordChars).toLowerCase().split(NON_WORD)) {
    if (!word) continue;
    if (++tokens > LANG.stopWordTokens) break;
    const langs = STOP_INDEX.get(word);
    if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < tokens * LANG.stopWordMinShare) return '';
  if (second && first[1] < second[1] * LANG.stopWordLead) return '';
  return first[0];
}
