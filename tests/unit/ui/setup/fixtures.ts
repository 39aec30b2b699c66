/** Shared test data: translators built from the real locale files, and article builders. */
import en from '../../../../public/_locales/en/messages.json';
import ar from '../../../../public/_locales/ar/messages.json';
import type { Article } from '../../../../src/core/types.ts';
import { createTranslator } from '../../../../src/ui/i18n.ts';

export const enMessages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const arMessages = ar as typeof enMessages;
export const tEn = createTranslator(enMessages);
export const tAr = createTranslator(arMessages);

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'A quiet article',
    byline: 'Jane Doe',
    siteName: 'Example News',
    published: '2024-03-05T12:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    contentHtml: '<p>First paragraph.</p><p>Second paragraph.</p>',
    text: 'First paragraph.\nSecond paragraph.',
    wordCount: 4,
    readingMinutes: 5,
    comments: null,
    commentsDeferred: false,
    removed: [],
    partial: false,
    ...overrides,
  };
}

export const arabicArticle = makeArticle({
  title: 'هاتف iPhone الجديد يصل إلى الأسواق',
  byline: 'John Smith (Reuters)',
  siteName: 'الجزيرة',
  lang: 'ar',
  dir: 'rtl',
  contentHtml: '<p>أعلنت شركة Apple عن هاتفها الجديد iPhone 15 اليوم.</p><p dir="ltr" lang="en">"Our best phone yet," said Tim Cook.</p>',
  comments: {
    count: 3,
    items: [
      { author: 'أحمد', text: 'مقال رائع' },
      { author: 'Sam', text: 'Great read, thanks!' },
      { text: 'بدون اسم' },
    ],
  },
});
