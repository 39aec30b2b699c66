import './setup/cleanup.ts';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { ReaderView, formatPublished } from '../../../src/ui/ReaderView.tsx';
import { arabicArticle, makeArticle, tAr, tEn } from './setup/fixtures.ts';

const withComments = makeArticle({
  comments: { count: 12, items: [{ author: 'Ann', text: 'First!\nSecond line' }, { text: 'No name' }] },
});

describe('ReaderView header and body', () => {
  it('renders title, byline, site, date in the article language and reading time', () => {
    render(<ReaderView article={makeArticle()} t={tEn} showComments />);
    expect(screen.getByRole('heading', { level: 1, name: 'A quiet article' })).toBeTruthy();
    expect(screen.getByText('Jane Doe')).toBeTruthy();
    expect(screen.getByText('Example News')).toBeTruthy();
    const time = document.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2024-03-05T12:00:00Z');
    expect(time?.textContent).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2024-03-05T12:00:00Z')));
    expect(screen.getByText('5 min read')).toBeTruthy();
    expect(screen.getByText('Second paragraph.')).toBeTruthy();
  });

  it('shows a name once when the byline is the site itself', () => {
    render(<ReaderView article={makeArticle({ byline: 'CBS Detroit', siteName: 'CBS Detroit' })} t={tEn} showComments />);
    const meta = document.querySelector('.qr-meta')!;
    expect(meta.querySelector('.qr-byline')).toBeNull();
    expect(meta.querySelector('.qr-site')?.textContent).toBe('CBS Detroit');
    expect(meta.textContent!.split('CBS Detroit')).toHaveLength(2);
    expect(meta.querySelectorAll('.qr-sep')).toHaveLength(2);
  });

  it('formats dates in the article language and survives bad input', () => {
    expect(formatPublished('2024-03-05T12:00:00Z', 'ar', 'en')).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date('2024-03-05T12:00:00Z')),
    );
    expect(formatPublished('2024-03-05T12:00:00Z', 'not a tag!', 'en')).toContain('2024');
    expect(formatPublished('yesterday', 'en', 'en')).toBeNull();
    expect(formatPublished(null, 'en', 'en')).toBeNull();
  });

  it('shows the partial-result notice only for partial articles', () => {
    const { rerender } = render(<ReaderView article={makeArticle()} t={tEn} showComments />);
    expect(screen.queryByRole('note')).toBeNull();
    rerender(<ReaderView article={makeArticle({ partial: true })} t={tEn} showComments />);
    expect(screen.getByRole('note').textContent).toMatch(/incomplete/);
  });

  it('sanitizes the body', () => {
    render(<ReaderView article={makeArticle({ contentHtml: '<p>ok</p><img src=x onerror="alert(1)"><script>1</script>' })} t={tEn} showComments />);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
  });
});

describe('ReaderView direction', () => {
  it('puts the article lang and dir on the <article> root', () => {
    render(<ReaderView article={arabicArticle} t={tEn} showComments />);
    const article = screen.getByRole('article');
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  it('lets body paragraphs inherit the article direction (Arabic opening with a Latin word stays RTL)', () => {
    render(<ReaderView article={arabicArticle} t={tEn} showComments />);
    const [arabic, english] = Array.from(document.querySelectorAll('.qr-body p'));
    // No own dir: inherits rtl, so "Apple"/"iPhone 15" runs stay in Arabic word order.
    expect(arabic?.hasAttribute('dir')).toBe(false);
    expect(arabic?.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    // A direction the page declared is kept.
    expect(english?.getAttribute('dir')).toBe('ltr');
    expect(english?.getAttribute('lang')).toBe('en');
  });

  it('uses dir=auto only where the language is unknown: byline, site name, comments', () => {
    render(<ReaderView article={arabicArticle} t={tEn} showComments />);
    expect(screen.getByText('John Smith (Reuters)').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('الجزيرة').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('Great read, thanks!').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('heading', { level: 1 }).hasAttribute('dir')).toBe(false);
    expect(document.querySelectorAll('.qr-body [dir=auto]')).toHaveLength(0);
  });

  it('marks UI strings inside a foreign-language article with the UI lang and dir', () => {
    render(<ReaderView article={arabicArticle} t={tEn} showComments />);
    const reading = screen.getByText('5 min read');
    expect(reading.getAttribute('lang')).toBe('en');
    expect(reading.getAttribute('dir')).toBe('ltr');
  });

  it('uses Arabic UI strings with the Arabic translator', () => {
    render(<ReaderView article={arabicArticle} t={tAr} showComments />);
    expect(screen.getByText(/دقائق للقراءة$/).getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^التعليقات/);
  });
});

describe('ReaderView comments', () => {
  it('shows comments after the article under "Comments (N)" when showComments is true', () => {
    render(<ReaderView article={withComments} t={tEn} showComments />);
    const section = screen.getByRole('region', { name: 'Comments (12)' });
    const body = document.querySelector('.qr-body');
    expect(body && body.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
    expect(within(section).getByText('Ann')).toBeTruthy();
    expect(screen.queryByText(/comments hidden/)).toBeNull();
  });

  it('renders comment text as text, never as HTML', () => {
    render(<ReaderView article={makeArticle({ comments: { count: 1, items: [{ text: '<img src=x onerror=alert(1)>' }] } })} t={tEn} showComments />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('.qr-comments img')).toBeNull();
  });

  it('shows one quiet line instead when showComments is false', () => {
    render(<ReaderView article={withComments} t={tEn} showComments={false} />);
    expect(screen.getByText('12 comments hidden')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText('Ann')).toBeNull();
  });

  it('says nothing about comments when the article has none', () => {
    for (const comments of [null, { count: 0, items: [] }]) {
      const { unmount } = render(<ReaderView article={makeArticle({ comments })} t={tEn} showComments={false} />);
      expect(screen.queryByText(/comment/i)).toBeNull();
      unmount();
    }
  });
});
