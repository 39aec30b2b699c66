import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { WindowLike } from 'dompurify';
import { READER_EXTRACT_OPTIONS } from '../../../src/content/extract.ts';
import { extractArticleUnsanitized } from '../../../src/core/extract-unsanitized.ts';
import { extractArticle } from '../../../src/core/index.ts';
import { sanitizeArticleHtml } from '../../../src/ui/safe-html.tsx';
import { cleanTitle } from '../../../src/core/extract/title.ts';
import { blockText } from '../../../src/core/extract/text.ts';
import { collapsedLength, hasText, TextReader } from '../../../src/core/extract/dom.ts';
import { COMMENT_PROMPT, COMMENT_PROMPT_START, EXTRACT_BUDGET, READABILITY_OPTIONS } from '../../../src/core/constants.ts';
import type { ExtractContext } from '../../../src/core/extract/context.ts';
import { truncateHugePage } from '../../../src/core/extract/prune.ts';
import { scoreWithReadability } from '../../../src/core/extract/score.ts';
import { Readability } from '@mozilla/readability';
import { scanPage } from '../../../src/core/extract/scope.ts';

const URL_ = 'https://example-news.test/a/b/story.html';
const PARA = 'The council voted on Tuesday to extend the cycle network across every district of the town, officials said. ';
const article = (extra = '', head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Story title here today - Example News</title>${head}</head><body><article><h1>Story title here today</h1>` +
  `<p>${PARA.repeat(3)}</p><p>${PARA.repeat(2)}</p>${extra}<p>${PARA.repeat(2)}</p></article></body></html>`;
const parse = (html: string): Document => new JSDOM(html, { url: URL_ }).window.document;

describe('extractArticle contract', () => {
  it('leaves the input document unchanged', () => {
    const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/seed-wordpress-ar/source.html'), 'utf8');
    const doc = parse(fixture);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URL_, { debug: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('throws a clear error when the document has no window', () => {
    const doc = parse(article()).cloneNode(true) as Document;
    expect(() => extractArticle(doc, URL_)).toThrow(/defaultView/);
  });

  it('returns an empty result for an empty document', () => {
    const a = extractArticle(parse(''), URL_);
    expect(a.text).toBe('');
    expect(a.contentHtml).toBe('');
    expect(a.wordCount).toBe(0);
  });

  it('survives a very deep DOM and flags the result partial', () => {
    // jsdom itself recurses when parsing or attaching nodes, so 2,000 levels is what it can hold;
    // the pipeline's own walks are iterative (a browser holds 20,000 levels built by script).
    const doc = parse(article('<div id="deep"></div>'));
    let el = doc.createElement('div');
    el.textContent = 'deep text';
    for (let i = 0; i < 2_000; i++) {
      const parent = doc.createElement('div');
      parent.appendChild(el);
      el = parent;
    }
    doc.getElementById('deep')!.appendChild(el);
    const a = extractArticle(doc, URL_);
    expect(a.text).toContain('The council voted');
    expect(a.partial).toBe(true);
  });

  it('survives a 10 MB page (inline data, scripts and thousands of blocks)', { timeout: 180_000 }, () => {
    const data = `<script>window.__STATE__ = ${JSON.stringify({ items: 'x'.repeat(9_000_000) })};</script><style>${'.a{color:red}'.repeat(50_000)}</style>`;
    const filler = `<div class="x"><p>${PARA}</p><a href="/x">link</a></div>`.repeat(4_000);
    const html = article('', data) + filler;
    expect(html.length).toBeGreaterThan(10_000_000);
    const a = extractArticle(parse(html), URL_);
    expect(a.text).toContain('The council voted');
    expect(a.partial).toBe(true);
  });

  it('flags partial when the time budget is spent', () => {
    const a = extractArticle(parse(article()), URL_, { timeBudgetMs: 0 });
    expect(a.partial).toBe(true);
  });

  it('sanitizes: no scripts, handlers, javascript: or data: links; links open safely', () => {
    const dirty = `<p>See <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a> and <a href="/rel/page">more</a>` +
      ` <img src="data:image/png;base64,iVBORw0KGgo=" alt="px"> <img src="/img/a.jpg" onerror="alert(1)"> <span style="color:red" onclick="x()">styled</span></p>` +
      `<iframe srcdoc="<b>x</b>"></iframe><script>alert(1)</script><object data="x.swf"></object><form><input value="x"></form>`;
    const a = extractArticle(parse(article(dirty)), URL_);
    expect(a.contentHtml).not.toMatch(/<script|<iframe|<object|<form|<input|onerror|onclick|style=|javascript:|srcdoc|data:text/);
    expect(a.contentHtml).toContain('href="https://example-news.test/rel/page"');
    expect(a.contentHtml).toContain('target="_blank"');
    expect(a.contentHtml).toContain('rel="noopener noreferrer"');
    expect(a.contentHtml).toContain('src="data:image/png');
    expect(a.contentHtml).toContain('src="https://example-news.test/img/a.jpg"');
  });

  it('unsanitized (the content script) leaves the HTML to the reader page, whose sanitizer makes it safe', () => {
    const dirty = `<p>See <a href="javascript:alert(1)">this</a> <img src="/img/a.jpg" onerror="alert(1)"> and <span onclick="x()">more</span></p>`;
    const a = extractArticleUnsanitized(parse(article(dirty)), URL_, READER_EXTRACT_OPTIONS);
    expect(a.contentHtml).toMatch(/onerror/);
    expect(a.contentHtml).toContain('src="https://example-news.test/img/a.jpg"');
    const shown = sanitizeArticleHtml(a.contentHtml, new JSDOM('').window as unknown as WindowLike);
    expect(shown).not.toMatch(/onerror|onclick|javascript:/);
    expect(shown).toContain('src="https://example-news.test/img/a.jpg"');
  });

  it('turns javascript: links into their text, and resolves relative links against the page, even unsanitized', () => {
    const links = `<p>Read <a href="javascript:void(0)">the plan</a> or <a href="javascript:go()"><b>the map</b> here</a> and <a href="../rel/other">this page</a>.</p>`;
    const a = extractArticleUnsanitized(parse(article(links)), URL_, READER_EXTRACT_OPTIONS);
    expect(a.contentHtml).not.toContain('javascript:');
    expect(a.contentHtml).toContain('<span><b>the map</b> here</span>');
    expect(a.contentHtml).toContain('href="https://example-news.test/a/rel/other"');
    expect(a.text).toContain('Read the plan or the map here and this page.');
  });

  it('resolves lazy images and noscript fallbacks to absolute URLs', () => {
    const lazy = '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="../img/lazy.jpg" alt="a"><figcaption>A caption</figcaption></figure>' +
      '<p>Text <img data-lazy-src="/img/two.jpg" alt="b"> more text here for the paragraph.</p><img class="lazy" alt="c"><noscript><img src="/img/three.jpg"></noscript>';
    const a = extractArticle(parse(article(lazy)), URL_);
    expect(a.contentHtml).toContain('https://example-news.test/a/img/lazy.jpg');
    expect(a.contentHtml).toContain('https://example-news.test/img/two.jpg');
    expect(a.contentHtml).toContain('A caption');
  });

  it('keeps lists, quotes, tables and code', () => {
    const blocks = '<ul><li>First point of the list</li><li>Second point</li></ul><blockquote><p>A quoted sentence.</p></blockquote>' +
      '<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2023</td><td>1200</td></tr></table><pre><code>const x = 1;</code></pre>';
    const a = extractArticle(parse(article(blocks)), URL_);
    for (const s of ['First point of the list', 'A quoted sentence.', 'Riders', '1200', 'const x = 1;']) expect(a.text).toContain(s);
  });

  it('drops inline "Read also" links and records removals in debug mode', () => {
    const extra = '<p>Read also: <a href="/other">Another story about something else entirely</a></p>';
    const a = extractArticle(parse(article(extra)), URL_, { debug: true });
    expect(a.text).not.toContain('Another story');
    expect(a.removed.some((r) => r.rule === 'inline read-also')).toBe(true);
    expect(extractArticle(parse(article(extra)), URL_).removed).toEqual([]);
  });

  it('does not repeat the title in the body', () => {
    const a = extractArticle(parse(article()), URL_);
    expect(a.title).toBe('Story title here today');
    expect(a.text.split('\n')).not.toContain('Story title here today');
  });
});

describe('cleanTitle', () => {
  const base = { og: '', docTitle: '', h1s: [] as string[], siteName: null as string | null };
  it('splits Arabic titles on a dash or bar with Unicode spaces', () => {
    expect(cleanTitle({ ...base, docTitle: 'وفد عسكري سوري يجري مباحثات في العراق | صحيفة المثال' })).toBe('وفد عسكري سوري يجري مباحثات في العراق');
    expect(cleanTitle({ ...base, og: 'صحيفة المثال – وفد عسكري سوري يجري مباحثات في العراق', siteName: 'صحيفة المثال' })).toBe('وفد عسكري سوري يجري مباحثات في العراق');
  });
  it('prefers the h1 that matches a part of the title', () => {
    expect(cleanTitle({ ...base, docTitle: 'Site :: Big news - today', h1s: ['Big news - today'] })).toBe('Big news - today');
  });
  it('keeps French colons', () => {
    expect(cleanTitle({ ...base, docTitle: 'Brexit : le Parlement vote enfin | Le Journal' })).toBe('Brexit : le Parlement vote enfin');
  });
});

describe('blockText', () => {
  it('puts block elements on separate lines', () => {
    const doc = parse('<div><h2>Head</h2><p>One <b>two</b></p>text<br>after<ul><li>a</li><li>b</li></ul></div>');
    expect(blockText(doc.body)).toBe('Head\nOne two\ntext\nafter\na\nb');
  });
});

describe('collapsedLength', () => {
  it.each(['', '   ', 'a', ' a ', 'a  b', '\n\ta\u00a0\u00a0b\u3000c  ', 'x\u2028y', ' \ufeff z'])('matches the regex collapse for %j', (s) => {
    expect(collapsedLength(s)).toBe(s.replace(/\s+/g, ' ').trim().length);
  });

  it('with a limit: exact up to the limit, above the limit past it', () => {
    const s = '  Lead  bold\n deep\u00a0\u00a0text \t tail  end ';
    const exact = s.replace(/\s+/g, ' ').trim().length;
    for (let limit = 0; limit <= exact + 2; limit++) {
      const n = collapsedLength(s, limit);
      if (exact <= limit) expect(n).toBe(exact);
      else expect(n).toBeGreaterThan(limit);
    }
  });
});

describe('pages past the element budget', () => {
  it('flattens deep nesting before cutting, so an article at the bottom of a deep chain keeps its text', () => {
    // 11,000 empty elements, then the article's text under 1,500 wrappers: 12,500 elements, over the
    // 12,000 budget. Flattened at the depth budget the chain is about a hundred elements and nothing is cut.
    const chain = `${'<div>'.repeat(1500)}<p>${PARA.repeat(4)}</p><p>${PARA.repeat(3)}</p>${'</div>'.repeat(1500)}`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Deep story</title></head><body><article><h1>Deep story</h1><div>${'<span></span>'.repeat(11_000)}</div>${chain}</article></body></html>`);
    const a = extractArticleUnsanitized(doc, URL_, READER_EXTRACT_OPTIONS);
    expect(a.partial).toBe(true);
    expect(a.text).toContain('extend the cycle network');
    expect(a.wordCount).toBeGreaterThan(100);
  });

  // 13,000 numbered paragraphs in one wrapper, a closing paragraph after the wrapper and a footer after the article.
  const longPage = (): Document => {
    const paras = Array.from({ length: 13_000 }, (_, i) => `<p>Paragraph ${i} of the long report on the budget.</p>`).join('');
    return parse(`<!DOCTYPE html><html lang="en"><head><title>Long report</title></head><body><article><h1>Long report</h1><div>${paras}</div><p>Closing words.</p></article><footer>Footer</footer></body></html>`);
  };

  it('cuts the tail at the element budget in document order, clearing it at once rather than node by node', () => {
    const doc = longPage();
    const body = doc.body;
    const count = body.getElementsByTagName('*').length;
    const view = doc.defaultView!;
    // Removed one by one, each of the ~1,000 tail nodes costs jsdom a count of its preceding siblings (quadratic:
    // 35 s for a 60,000-paragraph page); cleared at once the cut is linear. Counted, not timed.
    const removes = vi.spyOn(view.Element.prototype, 'remove');
    const removeChilds = vi.spyOn(view.Node.prototype, 'removeChild');
    const ctx: ExtractContext = {
      doc, url: URL_, debug: false, removed: [], removedSteps: new Set(), deadline: Infinity, partial: false, comments: null, bodyChars: 0,
    };
    expect(truncateHugePage(ctx, body, count)).toBe(true);
    expect(removes.mock.calls.length + removeChilds.mock.calls.length).toBeLessThan(10);
    removes.mockRestore();
    removeChilds.mockRestore();
    const kept = body.getElementsByTagName('*');
    expect(kept.length).toBe(EXTRACT_BUDGET.maxElements);
    const paras = [...body.querySelectorAll('div > p')].map((p) => p.textContent);
    expect(paras[0]).toBe('Paragraph 0 of the long report on the budget.');
    // article, h1, div: the paragraphs fill the rest of the budget, in order, and nothing after the cut is left.
    expect(paras.at(-1)).toBe(`Paragraph ${EXTRACT_BUDGET.maxElements - 4} of the long report on the budget.`);
    expect(paras.every((p, i) => p === `Paragraph ${i} of the long report on the budget.`)).toBe(true);
    expect(body.textContent).not.toContain('Closing words.');
    expect(body.querySelector('footer')).toBeNull();
  });

  it('returns the head of a page past the element budget, flagged partial, even with no time left', () => {
    const a = extractArticleUnsanitized(longPage(), URL_, { ...READER_EXTRACT_OPTIONS, timeBudgetMs: 0 });
    expect(a.partial).toBe(true);
    expect(a.text).toContain('Paragraph 0 of the long report');
    expect(a.text).toContain('Paragraph 11000 of the long report');
    expect(a.text).not.toContain('Paragraph 12999 of the long report');
  });
});

describe('TextReader', () => {
  const doc = new JSDOM('<div id="a">  Lead <b>bold <i>deep</i></b><!-- note --> tail<p></p><span>end</span></div>').window.document;
  const el = doc.getElementById('a')!;
  it('reads the start of textContent, whole when nothing is left', () => {
    for (let min = 0; min <= 30; min++) {
      const reader = new TextReader(el);
      const text = reader.readTo(min);
      expect(el.textContent!.startsWith(text)).toBe(true);
      expect(text.length >= min || reader.whole).toBe(true);
      expect(reader.whole).toBe(text === el.textContent);
    }
  });
  it('reads on from where it stopped, to the same text as one read', () => {
    const reader = new TextReader(el);
    for (let min = 0; min <= 30; min += 3) expect(reader.readTo(min)).toBe(new TextReader(el).readTo(min));
    expect(reader.readTo(Infinity)).toBe(el.textContent);
    expect(reader.whole).toBe(true);
  });
});

describe('hasText', () => {
  it('is textContent.trim() !== "" without reading the whole text', () => {
    const doc = new JSDOM('<div id="a"> <b> </b>\n<i>\u00a0<br></i></div><div id="b"><span> </span><p><b>x</b></p></div><div id="c"></div>').window.document;
    for (const id of ['a', 'b', 'c']) {
      const el = doc.getElementById(id)!;
      expect(hasText(el)).toBe(el.textContent!.trim() !== '');
    }
  });
});

describe('COMMENT_PROMPT_START', () => {
  it.each([
    'Have your say', 'To have your say, log in', 'Join the discussion', 'Join the debate on our boards', 'Tell us what you think',
    'Your views on this story? Email us', 'Comment on this article', 'Discuss this story', 'You must be logged in to post a comment',
  ])('comes before every prompt: %j', (prompt) => {
    expect(COMMENT_PROMPT.test(prompt)).toBe(true);
    expect(COMMENT_PROMPT_START.test(prompt)).toBe(true);
  });
});

describe('shadow DOM', () => {
  it('extracts an article rendered inside open shadow roots, slotted light children in place', () => {
    const doc = parse(`<!doctype html><html lang="en"><head><title>Ferry Returns</title></head><body><main><h1>Ferry Returns</h1>
      <story-body><p slot="lead">The lead paragraph is light DOM, slotted into the story's shadow tree at the top of it.</p><p>Unslotted light text is not rendered.</p></story-body></main></body></html>`);
    const host = doc.querySelector('story-body')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><slot name="lead"></slot>${`<p>${PARA}${PARA}</p>`.repeat(4)}<nested-box></nested-box></div>`;
    root.querySelector('nested-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>A paragraph two shadow roots deep, still part of the story as the reader sees it rendered on the page.</p>';
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc, URL_);
    expect(a.text).toContain('The lead paragraph is light DOM');
    expect(a.text).toContain('The council voted on Tuesday');
    expect(a.text).toContain('two shadow roots deep');
    expect(a.text).not.toContain('Unslotted light text');
    expect(a.text.indexOf('The lead paragraph')).toBeLessThan(a.text.indexOf('The council voted'));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(host.shadowRoot!.querySelectorAll('p').length).toBe(4);
  });
});

describe('scanPage: the article region', () => {
  const policy = '<p>We and our partners store and read information on your device, such as cookies and unique identifiers, to personalise content and measure audiences, as described in our privacy policy and our list of partners.</p>';
  it('is the wrapper of the prose with its headline, not a longer consent dialog or the comment thread', () => {
    const doc = parse(`<!doctype html><html><body><nav><a href="/">Home</a></nav>
      <div class="cookie-consent">${policy.repeat(8)}</div>
      <div id="page"><div class="story"><header><h1>Bridge Reopens</h1><p class="standfirst">The old bridge reopened on Monday after a year of repairs to its arches.</p></header>
      <div class="story-body">${`<p>${PARA}${PARA}</p>`.repeat(4)}</div></div>
      <section id="comments"><h3>2 Comments</h3><ol><li>${PARA}</li></ol></section></div></body></html>`);
    const { region, composed } = scanPage(doc);
    expect(composed).toBe(false);
    expect(region?.className).toBe('story');
  });

  it('is the whole page when there is too little prose to tell', () => {
    const { region } = scanPage(parse('<!doctype html><html><body><div><p>Short note.</p></div></body></html>'));
    expect(region).toBeNull();
  });
});

describe('comment furniture in the article body', () => {
  it.each([
    '<p><i>To have your say on this or any other issue, visit <a href="/blogs">our blogs</a></i></p>',
    '<div class="post">You must <a href="/login">Login</a> or <a href="/register">Register</a> to post a comment.</div>',
  ])('drops a short invitation to comment: %s', (prompt) => {
    const a = extractArticle(parse(article(`${`<p>${PARA}${PARA}</p>`.repeat(3)}${prompt}`)), URL_);
    expect(a.text).toContain('The council voted');
    expect(a.text).not.toMatch(/have your say|must Login/i);
  });

  it('keeps prose that only talks about comments', () => {
    const prose = '<p>The council\'s "have your say" campaign was the motto of the town meeting, where residents argued for two hours about the toll.</p>';
    const a = extractArticle(parse(article(`${`<p>${PARA}</p>`.repeat(3)}${prose}`)), URL_);
    expect(a.text).toContain('motto of the town meeting');
  });

  it('drops a thread whose class names it a comment block even when the class also says article', () => {
    const thread = `<div class="comment-article"><h3>Have your say</h3>${'<div class="c"><p>I disagree with every word of this piece and I will say so at length here.</p><p>Sam, Leeds</p></div>'.repeat(3)}</div>`;
    const a = extractArticle(parse(article(`${`<p>${PARA}${PARA}</p>`.repeat(3)}${thread}`)), URL_);
    expect(a.text).not.toContain('I disagree with every word');
    expect(a.comments).not.toBeNull();
  });
});

describe('byline line in the body', () => {
  it('drops a "By Name" line at the top of the body, keeps sentences that start with "By"', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Cycle Network Grows</title></head><body><article><h1>Cycle Network Grows</h1>` +
      `<p>By Sam Rivera</p><p>By Tuesday evening the council had voted, and ${PARA}${PARA}</p>${`<p>${PARA}${PARA}</p>`.repeat(3)}</article></body></html>`;
    const a = extractArticle(parse(page), URL_);
    expect(a.text).not.toMatch(/^By Sam Rivera$/m);
    expect(a.text).toContain('By Tuesday evening the council had voted');
  });
});

describe('Readability shortcuts (score.ts)', () => {
  it('give the same article as Readability itself', () => {
    const para = (i: number) => `<p style="color:red" align="center" class="c${i}">Paragraph ${i}, with enough words, commas, and text to be scored as content by the scorer.</p>`;
    const html = `<html><head><title>T</title></head><body><div id="main" bgcolor="#fff">
      <h1>Headline of the story</h1><p class="byline" rel="author">By A. Writer</p>
      ${Array.from({ length: 8 }, (_, i) => para(i)).join('')}
      <table width="400" height="20" border="1"><tr><td width="10" valign="top">cell, one</td><td>cell, two</td></tr></table>
      <svg style="fill:red" width="10"><rect style="x" width="4" height="4"></rect></svg>
      <pre width="80">code</pre><hr width="50%"><p hidden>hidden text</p><p aria-hidden="true">aria hidden</p>
      <a href="https://example.com/x" style="x">link</a> ${para(9)}</div></body></html>`;
    const ours = scoreWithReadability(new JSDOM(html).window.document, false)!;
    const plain = new Readability<Element>(new JSDOM(html).window.document, { ...READABILITY_OPTIONS, serializer: (n: Node) => n as Element, charThreshold: 1 }).parse()!;
    expect(ours.content.innerHTML).toBe(plain.content!.innerHTML);
    expect(ours.byline).toBe(plain.byline);
  });
});
