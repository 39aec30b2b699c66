/** Pages the robustness tests need that are too big or too odd to commit: generated per request. */

const PARAGRAPH =
  'The committee met again on Thursday to discuss the budget for the coming year, and agreed to publish its report before the summer recess, after a long debate about the cost of the new bridge. ';

function article(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

export const GENERATED: Record<string, () => { type: string; body: string }> = {
  '/gen/empty': () => ({ type: 'text/html; charset=utf-8', body: '' }),
  '/gen/plain': () => ({ type: 'text/plain; charset=utf-8', body: `${PARAGRAPH}\n\n`.repeat(20) }),
  '/gen/not-html': () => ({ type: 'text/html; charset=utf-8', body: '\u0000\u0001\u0002\u00ff'.repeat(2000) }),
  // 20,000 nested elements, with an article at the bottom.
  '/gen/deep': () => ({
    type: 'text/html; charset=utf-8',
    body: article('A Very Deep Page', `${'<div>'.repeat(20_000)}${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(5)}${'</div>'.repeat(20_000)}`),
  }),
  // About 10 MB of article text.
  '/gen/huge': () => ({
    type: 'text/html; charset=utf-8',
    body: article('A Very Long Report', `<p>${PARAGRAPH.repeat(4)}</p>`.repeat(Math.ceil(10_000_000 / (PARAGRAPH.length * 4 + 7)))),
  }),
  // A page that breaks built-in prototypes the content script might rely on.
  '/gen/prototypes': () => ({
    type: 'text/html; charset=utf-8',
    body: article(
      'A Page That Rewrites Built-ins',
      `<script>Array.prototype.map = function () { throw new Error('broken map'); };
        Element.prototype.querySelectorAll = function () { return []; };
        JSON.stringify = function () { return 'broken'; };
        history.replaceState({}, '', '/rewritten/url/of/the/page');</script>${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(6)}`,
    ),
  }),
};
