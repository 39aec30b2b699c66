/**
 * Fixture pages: every `tests/fixtures/<slug>/source.html` must have a reviewed `expected.json`
 * beside it (a missing expectation fails, it never becomes the new baseline).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/index.ts';

interface Expected {
  url: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Lines the article text must contain, in this order. */
  paragraphs: string[];
  /** The text is exactly these lines, nothing else. */
  exactLines?: boolean;
  /** Substrings that must be in neither the text nor the HTML. */
  absent: string[];
  /** Absolute image URLs the HTML must contain. */
  images?: string[];
  comments: { count: number; texts: string[]; authors?: string[] } | null;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const slugs = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'source.html')));

describe('extraction fixtures', () => {
  it('finds the fixture pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const expPath = join(FIXTURES, slug, 'expected.json');
      expect(existsSync(expPath), `${slug}: expected.json is missing; write and review it`).toBe(true);
      const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
      const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
      const dom = new JSDOM(html, { url: exp.url });
      const a = extractArticle(dom.window.document, exp.url);
      const lines = a.text.split('\n');

      expect(a.title).toBe(exp.title);
      expect(a.lang).toBe(exp.lang);
      expect(a.dir).toBe(exp.dir);
      let at = -1;
      for (const p of exp.paragraphs) {
        const found = lines.indexOf(p, at + 1);
        expect(found, `${slug}: missing or out of order: ${p.slice(0, 60)}`).toBeGreaterThan(at);
        at = found;
      }
      if (exp.exactLines) expect(lines).toEqual(exp.paragraphs);
      expect(lines).not.toContain(exp.title);
      for (const junk of exp.absent) {
        expect(a.text, `${slug}: text keeps "${junk}"`).not.toContain(junk);
        expect(a.contentHtml, `${slug}: HTML keeps "${junk}"`).not.toContain(junk);
      }
      for (const src of exp.images ?? []) expect(a.contentHtml).toContain(src);
      if (exp.comments === null) {
        expect(a.comments).toBeNull();
      } else {
        expect(a.comments?.count).toBe(exp.comments.count);
        const texts = a.comments?.items.map((i) => i.text).join('\n') ?? '';
        for (const t of exp.comments.texts) expect(texts).toContain(t);
        const authors = a.comments?.items.map((i) => i.author) ?? [];
        for (const au of exp.comments.authors ?? []) expect(authors).toContain(au);
      }
    });
  }
});
