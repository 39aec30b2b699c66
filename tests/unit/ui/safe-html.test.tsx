import './setup/cleanup.ts';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { SafeHtml, sanitizeArticleHtml } from '../../../src/ui/safe-html.tsx';

const clean = (html: string) => sanitizeArticleHtml(html, window);
/** Parses the output so the assertions look at structure, not at string formatting. */
const parse = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = clean(html);
  return root;
};
const allAttributes = (root: Element) =>
  Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().map((n) => [el, n] as const));

describe('sanitizeArticleHtml: hostile input', () => {
  it.each([
    ['script', '<p>a</p><script>alert(1)</script>', 'script'],
    ['style', '<style>body{display:none}</style><p>a</p>', 'style'],
    ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'iframe'],
    ['svg with script', '<svg><script>alert(1)</script><circle r="1"/></svg>', 'svg, script, circle'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 'meta'],
    ['base', '<base href="https://evil.example/">', 'base'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">', 'link'],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf">', 'object, embed'],
    ['form controls', '<form action="https://evil.example"><input name="q"><button>Go</button><textarea></textarea><select><option>1</option></select></form>', 'form, input, button, textarea, select, option'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'math, mi'],
    ['template', '<template><img src=x onerror=alert(1)></template>', 'template'],
  ])('drops %s', (_name, html, selector) => {
    const root = parse(html);
    expect(root.querySelector(selector)).toBeNull();
    expect(root.innerHTML).not.toMatch(/alert|evil\.example/);
  });

  it('drops event handlers, inline styles, classes and srcdoc', () => {
    const root = parse(
      '<img src="https://a.example/x.png" onerror="alert(1)" style="position:fixed" class="qr-root">' +
        '<p onclick="alert(1)" onmouseover="x()" srcdoc="y">text</p>',
    );
    const names = allAttributes(root).map(([, n]) => n);
    expect(names.filter((n) => n.startsWith('on'))).toEqual([]);
    expect(names).not.toContain('style');
    expect(names).not.toContain('class');
    expect(names).not.toContain('srcdoc');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/path',
    'chrome-extension://abc/popup.html',
  ])('drops the href %j', (href) => {
    const link = parse(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`).querySelector('a');
    expect(link?.getAttribute('href')).toBeNull();
  });

  it('keeps data: only for img src, and only images', () => {
    const root = parse(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="ok">' +
        '<img src="data:text/html;base64,PHNjcmlwdD4=" alt="bad">' +
        '<a href="data:image/png;base64,iVBORw0KGgo=">link</a>',
    );
    expect(root.querySelector('img[alt=ok]')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(root.querySelector('img[alt=bad]')?.getAttribute('src')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBeNull();
  });

  it('prefixes ids so page ids cannot clobber globals, and keeps footnote links working', () => {
    const root = parse('<p id="location">x<a href="#fn1">1</a></p><p id="fn1">note</p>');
    expect(root.querySelector('p')?.id).not.toBe('location');
    const link = root.querySelector('a');
    expect(root.querySelector(link?.getAttribute('href') ?? 'none')?.textContent).toBe('note');
    expect(link?.getAttribute('target')).toBeNull();
  });
});

describe('sanitizeArticleHtml: article structure survives', () => {
  const article = `
    <figure><img src="https://cdn.example/a.jpg" alt="A photo" width="600" height="400">
      <figcaption>Caption <em>here</em></figcaption></figure>
    <table><caption>Scores</caption><thead><tr><th scope="col">Team</th></tr></thead>
      <tbody><tr><td colspan="2">Ahly</td></tr></tbody></table>
    <blockquote cite="https://example.com/q"><p>Quoted</p></blockquote>
    <pre><code>const x = 1 &lt; 2;</code></pre>
    <p dir="ltr" lang="en">English inside <bdi>مرحبا</bdi> text</p>
    <ul><li>one</li></ul><ol start="3"><li>three</li></ol>
    <h2>Sub heading</h2><p><a href="https://example.com/">link</a> <a href="mailto:a@example.com">mail</a></p>`;

  it('keeps figures, images, tables, quotes, code, lists, headings and direction marks', () => {
    const root = parse(article);
    for (const selector of ['figure > img', 'figcaption em', 'table caption', 'th[scope=col]', 'td[colspan="2"]',
      'blockquote[cite] p', 'pre > code', 'p[dir=ltr][lang=en] bdi', 'ul li', 'ol[start="3"] li', 'h2']) {
      expect(root.querySelector(selector), selector).not.toBeNull();
    }
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('A photo');
    expect(root.querySelector('code')?.textContent).toBe('const x = 1 < 2;');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const links = Array.from(parse(article).querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/', 'mailto:a@example.com']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('wraps each table in a focusable scroll box', () => {
    const wrapper = parse(article).querySelector('table')?.parentElement;
    expect(wrapper?.className).toBe('qr-table-scroll');
    expect(wrapper?.getAttribute('tabindex')).toBe('0');
  });

  it('does not leak its hook into the shared DOMPurify instance', async () => {
    const { default: DOMPurify } = await import('dompurify');
    clean('<a href="https://example.com/">x</a>');
    expect(DOMPurify.sanitize('<a href="https://example.com/">x</a>')).not.toContain('target');
  });
});

describe('<SafeHtml>', () => {
  it('renders sanitized HTML only', () => {
    const { container } = render(
      <SafeHtml class="qr-body" html={'<p>Hello</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'} />,
    );
    expect(container.querySelector('.qr-body p')?.textContent).toBe('Hello');
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
