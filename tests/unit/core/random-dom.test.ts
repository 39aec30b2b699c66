/**
 * Feeds the core generated DOMs — random tags, attributes, scripts, depths and clutter words —
 * and checks that it never throws, never changes its input, and keeps to its time budget.
 * Seeded, so a failure names the seed that reproduces it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../../src/core/index.ts';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32: small, fast, good enough to shuffle test input.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'p', 'span', 'a', 'section', 'article', 'aside', 'nav', 'footer', 'header', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'figure', 'figcaption', 'img', 'table', 'tr', 'td', 'blockquote', 'pre', 'code', 'form', 'textarea', 'iframe', 'noscript', 'script', 'style', 'svg', 'main', 'ins', 'br', 'b', 'i'];
const WORDS = ['The', 'council', 'voted', 'comments', 'Comments', 'تعليق', 'التعليقات', 'الحكومة', 'اقرأ أيضا', '评论', 'コメント', 'Kommentare', 'Share', 'Print Friendly', 'UUUIIII', 'advertisement', 'Read more', 'שלום', 'نظرات', 'Реклама', '\u200f', '<', '&amp;', '"'];
const CLASSES = ['comment', 'comments', 'ad', 'ad-slot', 'share', 'related', 'content', 'entry-content', 'post', 'x1', 'q9', 'sidebar', 'footer', 'newsletter', 'hidden'];
const ATTRS: Array<[string, (r: () => number) => string]> = [
  ['class', (r) => CLASSES[Math.floor(r() * CLASSES.length)]!],
  ['id', (r) => CLASSES[Math.floor(r() * CLASSES.length)]! + Math.floor(r() * 3)],
  ['dir', (r) => (r() < 0.5 ? 'rtl' : 'auto')],
  ['lang', (r) => ['ar', 'en', 'fa', 'zh', 'xx-invalid', ''][Math.floor(r() * 6)]!],
  ['src', (r) => (r() < 0.5 ? '/img.png' : 'javascript:alert(1)')],
  ['data-src', () => '//cdn.example.test/lazy.jpg'],
  ['href', (r) => (r() < 0.5 ? '../x' : 'javascript:void(0)')],
  ['onclick', () => 'alert(1)'],
  ['hidden', () => ''],
  ['style', () => 'display:none'],
];

function text(r: () => number): string {
  const n = 1 + Math.floor(r() * 30);
  return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

function build(r: () => number, depth: number, budget: { nodes: number }): string {
  if (budget.nodes <= 0 || depth > 60) return text(r);
  const parts: string[] = [];
  const children = Math.floor(r() * 5);
  for (let i = 0; i < children && budget.nodes > 0; i++) {
    budget.nodes -= 1;
    const tag = TAGS[Math.floor(r() * TAGS.length)]!;
    const attrs = ATTRS.filter(() => r() < 0.15).map(([name, value]) => ` ${name}="${value(r)}"`).join('');
    // Unclosed and mis-nested tags on purpose now and then: pages are like that.
    const close = r() < 0.9 ? `</${tag}>` : '';
    parts.push(`<${tag}${attrs}>${r() < 0.5 ? text(r) : ''}${build(r, depth + 1, budget)}${close}`);
  }
  return parts.join(r() < 0.3 ? text(r) : '');
}

const BUDGET_MS = 300;
/** Generous slack over the budget: the budget is checked between steps, and CI machines are busy. */
const SLACK_MS = 2_000;

describe('the core on generated DOMs', () => {
  for (let seed = 1; seed <= 20; seed++) {
    it(`never throws and keeps to its budget (seed ${seed})`, () => {
      const r = prng(seed);
      const html = `<!doctype html><html><head><title>${text(r)}</title></head><body>${build(r, 0, { nodes: 50 + Math.floor(r() * 800) })}</body></html>`;
      const doc = new JSDOM(html, { url: 'https://example-news.test/2026/01/02/story' }).window.document;
      // Every third page hosts open shadow roots (with slots) on some of its elements: the composed-copy path.
      if (seed % 3 === 0) {
        const hosts = Array.from(doc.querySelectorAll('div, section, span, article')).filter(() => r() < 0.1);
        for (const host of hosts) {
          try {
            host.attachShadow({ mode: 'open' }).innerHTML = `<p>${text(r)}</p><slot></slot>${build(r, 0, { nodes: 20 })}`;
          } catch {
            // Nested in another host's light tree twice, or an element that cannot host: skipped.
          }
        }
      }
      const before = doc.documentElement.outerHTML;
      const shadows = Array.from(doc.querySelectorAll('*')).map((el) => el.shadowRoot?.innerHTML ?? '').join('|');
      const detection = detectArticle(doc, 'https://example-news.test/2026/01/02/story');
      expect(typeof detection.isArticle).toBe('boolean');
      const started = performance.now();
      const article = extractArticle(doc, 'https://example-news.test/2026/01/02/story', { timeBudgetMs: BUDGET_MS });
      expect(performance.now() - started).toBeLessThan(BUDGET_MS + SLACK_MS);
      expect(typeof article.text).toBe('string');
      expect(['ltr', 'rtl']).toContain(article.dir);
      expect(article.contentHtml).not.toMatch(/<script|onclick=|javascript:/i);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(Array.from(doc.querySelectorAll('*')).map((el) => el.shadowRoot?.innerHTML ?? '').join('|')).toBe(shadows);
    });
  }
});
