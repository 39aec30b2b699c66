/** Plural forms of the options page's counts, as tPlural (src/ui/i18n.ts) does for the reader's. */
import { formatNumber, uiLocale, type MessageKey, type T } from '../ui/i18n.ts';

export type OptionsPluralBase = 'optionsPickCount' | 'optionsAdded' | 'optionsSkipped';
type PluralKey = `${OptionsPluralBase}_${Intl.LDMLPluralRule}`;
// Fails to compile if a family lacks a category in messages.json.
const pluralKeysExist: PluralKey extends MessageKey ? true : never = true;
void pluralKeysExist;

export function optionsPlural(t: T, base: OptionsPluralBase, count: number): string {
  const locale = uiLocale(t);
  const category = new Intl.PluralRules(locale).select(count);
  return t(`${base}_${category}`, [formatNumber(locale, count)]);
}
