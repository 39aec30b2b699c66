import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/index.ts';

// Formulas in MathML are article text: rendered by MathJax (custom elements whose names read as clutter), by
// KaTeX, or bare. The reader's allowlist is HTML only, so they must arrive as text, every symbol in order.
const URL_ = 'https://example-maths.test/notes/quadratic.html';
const PARA = 'The quadratic formula gives both roots of a second-degree polynomial from its three coefficients. ';
const P = `<p>${PARA.repeat(3)}</p>`;
const MATHML = 'xmlns="http://www.w3.org/1998/Math/MathML"';
const QUADRATIC = `<math ${MATHML} display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo>` +
  `<msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac>` +
  `<annotation encoding="application/x-tex">x = \\frac{-b}{2a}</annotation></math>`;
const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Quadratic notes</title></head><body><article><h1>Quadratic notes</h1>${body}</article></body></html>`;
const extract = (body: string) => extractArticle(new JSDOM(page(body), { url: URL_ }).window.document, URL_);

describe('formulas in MathML', () => {
  it('keeps a MathJax formula as text, with its superscripts, fraction and root, and without the TeX source', () => {
    const mathjax = `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" display="true"><mjx-math aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D465"></mjx-c></mjx-mi></mjx-math>` +
      `<mjx-assistive-mml unselectable="on" display="block">${QUADRATIC}</mjx-assistive-mml></mjx-container>`;
    const article = extract(`${P}<p>The roots are</p>${mathjax}${P}`);
    expect(article.text).toContain('The roots are');
    expect(article.text).toMatch(/x\s=\s\(−\sb\s±\s√\(b2\s−\s4\sa\sc\)\)⁄\(2\sa\)/u);
    expect(article.contentHtml).toContain('<sup>2</sup>');
    expect(article.contentHtml).not.toMatch(/<math|mjx-|frac\{/);
    expect(article.text).not.toContain('\\frac');
  });

  it('keeps an inline KaTeX formula inside its sentence, once', () => {
    const katex = `<span class="katex"><span class="katex-mathml"><math ${MATHML}><msub><mi>a</mi><mi>k</mi></msub></math></span>` +
      '<span class="katex-html" aria-hidden="true"><span class="base">a</span></span></span>';
    const article = extract(`${P}<p>Each coefficient ${katex} is a real number, as the notes assume throughout this chapter.</p>${P}`);
    expect(article.text).toMatch(/Each coefficient a\s?k is a real number/u);
    expect(article.contentHtml).toContain('<sub>k</sub>');
  });

  it('leaves a formula hidden in the markup (the fallback beside its image) to the hiding rules', () => {
    const wiki = `<span class="math-element"><span style="display: none;"><math ${MATHML}><mi>y</mi><mo>=</mo><mn>7</mn></math></span>` +
      '<img src="/formula.svg" alt="y = 7"></span>';
    const article = extract(`${P}<p>Here ${wiki} holds for every case the chapter considers, as the proof shows.</p>${P}`);
    expect(article.text).not.toMatch(/y\s=\s7/u);
    expect(article.text).toContain('holds for every case');
  });
});
