/** The shared HTML → text conversion used for Readability's and defuddle's output. */
import { describe, expect, it } from 'vitest';
import { htmlToText, nodeToText } from '../../../scripts/bench/text.ts';

describe('htmlToText', () => {
  it('puts blocks and <br> on separate lines and joins inline text', () => {
    expect(htmlToText('<p>a <b>bold</b>\n word</p><p>b<br>c</p><span>d</span> e')).toBe('a bold word\nb\nc\nd e');
  });
  it('never glues the words of adjacent blocks into one token', () => {
    expect(htmlToText('<li>foo</li><li>bar</li><table><tr><td>x</td><td>y</td></tr></table>')).toBe('foo\nbar\nx\ny');
  });
  it('drops non-rendered content', () => {
    expect(htmlToText('<p>a<script>x()</script><style>p{}</style><noscript>n</noscript></p>')).toBe('a');
  });
  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>one\ntwo</pre>')).toBe('one\ntwo');
  });
  it('gives "" for no content', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<div> </div>')).toBe('');
  });
});

describe('nodeToText', () => {
  it('reads a page element in place', () => {
    const div = document.createElement('div');
    div.innerHTML = '<h2>Comments</h2><form><label>Name</label><input><textarea>x</textarea></form>';
    expect(nodeToText(div)).toBe('Comments\nName');
  });
});
