import { describe, expect, it } from 'vitest';
import { createTranslator, localeDirection, tPlural, uiLocale } from '../../../src/ui/i18n.ts';
import { arMessages, enMessages, tAr, tEn } from './setup/fixtures.ts';

describe('locale files', () => {
  it('have the same keys in English and Arabic', () => {
    expect(Object.keys(arMessages).sort()).toEqual(Object.keys(enMessages).sort());
  });

  it('keep the extension name and description', () => {
    expect(enMessages.extName?.message).toBe('Quiet Reader');
    expect(arMessages.extDescription?.message).toBeTruthy();
  });

  it('define every $name$ placeholder they use (Chrome would print it raw)', () => {
    for (const [locale, messages] of [['en', enMessages], ['ar', arMessages]] as const) {
      for (const [key, entry] of Object.entries(messages)) {
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()), `${locale}/${key}`).toContain(name?.toLowerCase());
        }
      }
    }
  });

  it('use only valid Chrome message names', () => {
    for (const key of Object.keys(enMessages)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

describe('createTranslator', () => {
  it('gives the exact English accessible names', () => {
    expect(['hideComments', 'hideAds', 'openInTab', 'showReaderAnyway', 'fontSize', 'font', 'lineHeight', 'width', 'theme'].map((k) => tEn(k as never)))
      .toEqual(['Hide comments', 'Hide ads', 'Open in tab', 'Show reader anyway', 'Font size', 'Font', 'Line height', 'Width', 'Theme']);
  });

  it('picks the Arabic strings from the Arabic catalogue', () => {
    expect(tAr('hideComments')).toBe('إخفاء التعليقات');
    expect(tAr('openInTab')).toBe('فتح في علامة تبويب');
    expect(uiLocale(tAr)).toBe('ar');
    expect(localeDirection(uiLocale(tAr))).toBe('rtl');
    expect(localeDirection(uiLocale(tEn))).toBe('ltr');
  });

  it('substitutes named placeholders, positional $1 and $$ like chrome.i18n', () => {
    const t = createTranslator({
      a: { message: 'Comments ($COUNT$)', placeholders: { count: { content: '$1' } } },
      b: { message: '$1 and $2 cost $$5' },
    });
    expect(t('a' as never, ['12'])).toBe('Comments (12)');
    expect(t('b' as never, ['x', 'y'])).toBe('x and y cost $5');
    expect(t('missing' as never)).toBe('missing');
  });
});

describe('tPlural', () => {
  it('uses English one/other', () => {
    expect(tPlural(tEn, 'commentsHidden', 1)).toBe('1 comment hidden');
    expect(tPlural(tEn, 'commentsHidden', 12)).toBe('12 comments hidden');
    expect(tPlural(tEn, 'ads', 1000)).toBe('1,000 ads');
  });

  it('uses all six Arabic forms', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n));
    expect(forms).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(tPlural(tAr, 'ads', 1)).toBe('إعلان واحد');
    expect(tPlural(tAr, 'ads', 2)).toBe('إعلانان');
    expect(tPlural(tAr, 'ads', 3)).toMatch(/إعلانات$/);
    expect(tPlural(tAr, 'ads', 11)).toMatch(/إعلانًا$/);
    expect(tPlural(tAr, 'ads', 100)).toMatch(/إعلان$/);
  });
});
