/**
 * UI strings. Every visible string goes through a `T`: in the extension it is
 * `browser.i18n.getMessage`, in tests `createTranslator(messages.json)`.
 */
import type { TextDirection } from '../core/types.ts';

/** The keys of the English catalogue (the default locale), checked by the compiler. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export type T = (key: MessageKey, substitutions?: string[]) => string;

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Message families with one key per CLDR plural category, e.g. `ads_one`, `ads_few`. */
export type PluralBase = 'readingTime' | 'commentsHidden' | 'commentSections' | 'ads';
type PluralKey = `${PluralBase}_${Intl.LDMLPluralRule}`;
// Fails to compile if a family lacks a category in messages.json.
const pluralKeysExist: PluralKey extends MessageKey ? true : never = true;
void pluralKeysExist;

/**
 * Same substitution rules as chrome.i18n.getMessage: `$name$` is replaced by its
 * placeholder's content (names are case-insensitive), then `$1`…`$9` by the substitutions,
 * and `$$` is a literal dollar. A missing key returns the key so gaps show up in tests.
 */
export function createTranslator(messages: Record<string, ChromeMessage>): T {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return key;
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const withPlaceholders = entry.message.replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (match, name: string) => placeholders[name.toLowerCase()] ?? match,
    );
    return withPlaceholders.replace(/\$(\$|[1-9])/g, (_match, what: string) =>
      what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
    );
  };
}

/** The locale of the strings actually in use, for plural rules and number formats. */
export function uiLocale(t: T): string {
  const tag = t('uiLocale');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

// Languages written right to left that a translation might plausibly ship in.
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Direction of UI text, for UI strings placed inside an article of another language. */
export function localeDirection(locale: string): TextDirection {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Picks the plural form for `count` in the UI locale and formats the number into it. */
export function tPlural(t: T, base: PluralBase, count: number): string {
  const locale = uiLocale(t);
  const category = new Intl.PluralRules(locale).select(count);
  return t(`${base}_${category}`, [formatNumber(locale, count)]);
}
