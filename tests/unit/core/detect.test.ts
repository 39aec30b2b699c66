import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect.ts';
import { urlSignals } from '../../../src/core/detect/url.ts';
import { jsonLdTypes } from '../../../src/core/detect/structured.ts';
import { weightedLength } from '../../../src/core/detect/text.ts';

interface Case {
  file: string;
  url: string;
  isArticle: boolean;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function load(folder: string, file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, folder, file), 'utf8'), 'text/html');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

for (const folder of ['detect-article', 'detect-listing', 'detect-rtl']) {
  const cases = JSON.parse(readFileSync(join(FIXTURES, folder, 'cases.json'), 'utf8')) as Case[];
  describe(`detectArticle on ${folder}`, () => {
    for (const c of cases) {
      it(`${c.file} → ${c.isArticle ? 'article' : 'not an article'}`, () => {
        const result = detectArticle(load(folder, c.file), c.url);
        expect(result.isArticle, result.reasons.join('; ')).toBe(c.isArticle);
        expect(result.reasons.length).toBeGreaterThan(0);
      });
    }
  });
}

describe('detectArticle signals', () => {
  it('reads schema.org types from @graph, arrays, full IRIs, and survives broken JSON-LD', () => {
    const doc = parse(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["https://schema.org/ReportageNews"]}]}</script>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json"><!-- [{"@type":"BlogPosting"}] --></script>`);
    expect(jsonLdTypes(doc)).toEqual(['WebPage', 'ReportageNews', 'BlogPosting']);
  });

  it('writes reasons with their points', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>short</p>`);
    const result = detectArticle(doc, 'https://example-news.test/');
    expect(result.reasons).toContain('json-ld NewsArticle +3');
    expect(result.reasons).toContain('url site root -3');
    expect(result.isArticle).toBe(false);
  });

  it('does not count paragraphs in nav, footer, aside or hidden boxes', () => {
    const para = `<p>${'word '.repeat(200)}</p>`;
    const hidden = detectArticle(parse(`<footer>${para}${para}</footer><div hidden>${para}</div>`), 'https://x.test/a');
    const shown = detectArticle(parse(`<div>${para}${para}${para}</div>`), 'https://x.test/a');
    expect(hidden.score).toBeLessThan(shown.score);
    expect(shown.isArticle).toBe(true);
  });

  it('reads the page as rendered: text in open shadow roots counts, slotted light nodes once, unslotted ones not', () => {
    const sentence = 'The ferry crossed the river at dawn with commuters, bicycles and a few dogs aboard, as it will every day now. ';
    const page = (hostParent: string): Document => {
      const doc = parse(`<html><head><title>Ferry returns</title></head><body><main><h1>Ferry returns</h1>
        <${hostParent}><story-body><p slot="lead">${sentence.repeat(2)}</p><p>${sentence.repeat(30)}</p></story-body></${hostParent}></main></body></html>`);
      const root = doc.querySelector('story-body')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<div><slot name="lead"></slot>${`<p>${sentence.repeat(3)}</p>`.repeat(6)}</div>`;
      return doc;
    };
    const lightOnly = parse(`<html><body><main><h1>Ferry returns</h1><story-body><p slot="lead">${sentence}</p></story-body></main></body></html>`);
    const rendered = detectArticle(page('div'), 'https://x.test/news/ferry');
    expect(rendered.isArticle, rendered.reasons.join('; ')).toBe(true);
    expect(detectArticle(lightOnly, 'https://x.test/news/ferry').isArticle).toBe(false);
    // The unslotted light paragraph (30 sentences) is not rendered: it must not be what made the difference.
    expect(rendered.reasons.join(' ')).toMatch(/in 7 blocks/);
    // A widget's shadow tree inside an <aside> is boilerplate, as its light text would be.
    expect(detectArticle(page('aside'), 'https://x.test/news/ferry').score).toBeLessThan(rendered.score);
  });

  it('survives a very deep DOM without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(1000)}<p>${'word '.repeat(100)}</p>${'</div>'.repeat(1000)}`;
    expect(() => detectArticle(parse(deep), 'https://x.test/a')).not.toThrow();
  });

  it('weighs CJK characters so a Chinese paragraph counts like its English translation', () => {
    expect(weightedLength('市政府今天宣布')).toBe(21);
    expect(weightedLength('  two   words \n')).toBe(10); // a whitespace run counts as one character, as rendered
  });
});

describe('urlSignals', () => {
  const points = (url: string) => urlSignals(url).reduce((sum, s) => sum + s.points, 0);
  it.each([
    ['https://example-news.test/', -3],
    ['https://example-news.test/search?q=budget', -2],
    ['https://example-news.test/tag/climate/', -2],
    ['https://example-news.test/world/page/2', -2],
    ['https://example-news.test/2026/03/', -2],
    ['https://example-news.test/2026/03/14/council-approves-new-budget', 1],
    ['https://example-news.test/category/world/council-approves-the-new-budget', 1],
    ['https://example-daily.test/Global/story.asp?S=7565791&nav=menu', 1],
    ['https://blog.example.test/?p=123', 1],
    ['https://example-news.test/about', 0],
    ['not a url', 0],
  ])('%s → %d', (url, expected) => {
    expect(points(url)).toBe(expected);
  });
});
