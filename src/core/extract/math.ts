/**
 * Formulas written in MathML (`<math>`, what MathJax, KaTeX and Wikipedia put in the page for assistive
 * technology) are article text, but the reader's allowlist is HTML only: SVG and MathML are where
 * namespace-confusion mXSS lives, so the sanitizer removes a `<math>` element with everything in it. Each
 * formula is rewritten here, before sanitizing, into plain HTML text: its symbols in order, a thin space
 * apart, superscripts and subscripts as <sup>/<sub>, fractions and roots with their signs, table rows on
 * lines of their own. Not typeset, but every symbol is there, in reading order.
 */

import { MATH_RENDERERS } from '../constants.ts';

const THIN_SPACE = '\u2009';
/** Elements whose text is a symbol of the formula. */
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Elements that draw nothing: alternative sources (TeX in an annotation), spacing, invisible parts. */
const SILENT = new Set(['annotation', 'annotation-xml', 'mspace', 'mphantom', 'none', 'mprescripts', 'malignmark', 'maligngroup']);
/** Base-and-script elements: which children go up (<sup>) and which go down (<sub>). */
const SCRIPTS: Record<string, Array<'sub' | 'sup'>> = {
  msup: ['sup'],
  msub: ['sub'],
  msubsup: ['sub', 'sup'],
  mover: ['sup'],
  munder: ['sub'],
  munderover: ['sub', 'sup'],
};

type Out = Array<Node>;

function elements(el: Element): Element[] {
  return [...el.children];
}

/** Separates the parts with thin spaces, so two symbols never run into one word. */
function joined(doc: Document, parts: Out[]): Out {
  const out: Out = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push(doc.createTextNode(THIN_SPACE));
    out.push(...part);
  }
  return out;
}

/** A part of more than one symbol, in brackets: the numerator and denominator of a fraction, a root's radicand. */
function grouped(doc: Document, el: Element | undefined): Out {
  if (!el) return [];
  const inner = linear(doc, el);
  if (inner.length <= 1) return inner;
  return [doc.createTextNode('('), ...inner, doc.createTextNode(')')];
}

function wrapped(doc: Document, tag: 'sub' | 'sup', content: Out): Out {
  if (content.length === 0) return [];
  const box = doc.createElement(tag);
  box.append(...content);
  return [box];
}

function linear(doc: Document, el: Element): Out {
  const name = el.localName;
  if (SILENT.has(name)) return [];
  if (TOKENS.has(name)) {
    const text = (el.textContent ?? '').trim();
    return text ? [doc.createTextNode(text)] : [];
  }
  const kids = elements(el);
  const scripts = SCRIPTS[name];
  if (scripts) {
    const [base, ...rest] = kids;
    const out = base ? linear(doc, base) : [];
    scripts.forEach((tag, index) => out.push(...wrapped(doc, tag, rest[index] ? linear(doc, rest[index]) : [])));
    return out;
  }
  switch (name) {
    case 'semantics':
    case 'maction':
      // The presentation is the first child; the rest are other encodings or other states.
      return kids[0] ? linear(doc, kids[0]) : [];
    case 'mfrac':
      return [...grouped(doc, kids[0]), doc.createTextNode('⁄'), ...grouped(doc, kids[1])];
    case 'msqrt':
      return [doc.createTextNode('√'), ...grouped(doc, wrapRow(doc, kids))];
    case 'mroot':
      return [...wrapped(doc, 'sup', kids[1] ? linear(doc, kids[1]) : []), doc.createTextNode('√'), ...grouped(doc, kids[0])];
    case 'mfenced': {
      const open = el.getAttribute('open') ?? '(';
      const close = el.getAttribute('close') ?? ')';
      return [doc.createTextNode(open), ...joined(doc, kids.map((kid) => linear(doc, kid))), doc.createTextNode(close)];
    }
    case 'mtable': {
      const out: Out = [];
      kids.forEach((row, index) => {
        if (index > 0) out.push(doc.createElement('br'));
        out.push(...linear(doc, row));
      });
      return out;
    }
    default:
      // mrow, mstyle, mpadded, menclose, mtr, mtd, merror, and the <math> element itself.
      return joined(doc, kids.map((kid) => linear(doc, kid)));
  }
}

/** msqrt takes any number of children as one row. */
function wrapRow(doc: Document, kids: Element[]): Element | undefined {
  if (kids.length <= 1) return kids[0];
  const row = doc.createElementNS('http://www.w3.org/1998/Math/MathML', 'mrow');
  row.append(...kids.map((kid) => kid.cloneNode(true)));
  return row;
}

/** True when the formula is hidden in the markup itself (a fallback kept for assistive technology beside an image). */
function hiddenInMarkup(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.hasAttribute('hidden') || /display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * Rewrites every MathML formula under `root` as HTML text (see the module comment). A formula drawn by a
 * renderer (MATH_RENDERERS) replaces the renderer's whole element: its drawing has no text, and its names
 * (MathJax's `CtxtMenu_…`) read as clutter to the class-name rules. Run on the clone, before any rule.
 */
export function linearizeMath(root: Element): void {
  const doc = root.ownerDocument;
  for (const math of [...root.getElementsByTagName('math')]) {
    if (!root.contains(math) || hiddenInMarkup(math, root)) continue;
    const host = math.parentElement?.closest(MATH_RENDERERS) ?? math;
    const block = math.getAttribute('display') === 'block' || host.getAttribute('display') === 'true';
    const box = doc.createElement(block ? 'div' : 'span');
    box.append(...linear(doc, math));
    host.replaceWith(box);
  }
}
