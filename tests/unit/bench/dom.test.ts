/** The jsdom loader shared by the benchmark and the CLI: a page whose CSS jsdom cannot parse is not lost. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { jsdomAdapter } from '../../../scripts/bench/dom.ts';
import { neutralizeStyles, parsePage } from '../../../scripts/jsdom-page.ts';

const BROKEN_CSS = readFileSync(join(import.meta.dirname, '../../fixtures/broken-css/scss-in-style.html'), 'utf8');
const URL_ = 'https://example-gazette.test/2026/05/ferry';

describe('jsdom page loader', () => {
  it('the fixture still throws out of the JSDOM constructor (else it no longer tests the recovery)', () => {
    expect(() => new JSDOM(BROKEN_CSS, { url: URL_, virtualConsole: new VirtualConsole() })).toThrow();
  });

  it('the bench adapter parses it again with its styles neutralized: every paragraph, the hidden block still hidden', () => {
    const page = jsdomAdapter.parse(BROKEN_CSS, URL_);
    try {
      const doc = page.doc;
      expect(doc.querySelectorAll('article p')).toHaveLength(4);
      expect(doc.querySelector('style')!.textContent).toBe('');
      const hidden = [...doc.querySelectorAll('div')].find((d) => d.textContent!.includes('Hidden newsletter'))!;
      expect(hidden.getAttribute('style')).toBe('display: none');
      expect(doc.defaultView!.getComputedStyle(hidden).display).toBe('none');
    } finally {
      page.close();
    }
  });

  it('parses a page with valid CSS as it is', () => {
    const html = '<style>p { width: calc(100% - 2px) }</style><p style="color: red">Text</p>';
    const { dom, stylesNeutralized } = parsePage(html, URL_);
    expect(stylesNeutralized).toBe(false);
    expect(dom.window.document.querySelector('p')!.getAttribute('style')).toBe('color: red');
  });

  it('neutralizes only styles: <style> blocks emptied, style attributes reduced to their hiding declarations, text untouched', () => {
    const html =
      '<style media="all">.a { width: calc(100% - #{$g}) }</style><STYLE>b{}</STYLE>' +
      '<p title="a > b" style="color: red; display:none !important">x</p><span style=width:calc(1px>y</span>' +
      '<i style=\'visibility: hidden; margin: #{$m}\'>z</i><code>&lt;p style="color: red"&gt; and style="kept"</code>';
    expect(neutralizeStyles(html)).toBe(
      '<style media="all"></style><STYLE></STYLE>' +
      '<p title="a > b" style="display:none !important">x</p><span style="">y</span>' +
      '<i style="visibility: hidden">z</i><code>&lt;p style="color: red"&gt; and style="kept"</code>',
    );
  });
});
