import { describe, expect, it } from 'vitest';
import { isStableName, selectorFor } from '../../../src/core/selector.ts';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

/** The selector for the element marked `data-target`, checked to find it and only it. */
function pick(doc: Document): string {
  const el = doc.querySelector('[data-target]');
  if (!el) throw new Error('no target');
  const selector = selectorFor(el);
  expect(selector).not.toBeNull();
  const found = doc.querySelectorAll(selector!);
  expect(found.length).toBe(1);
  expect(found[0]).toBe(el);
  return selector!;
}

describe('stable names', () => {
  it('keeps names people write', () => {
    for (const name of ['comments', 'reader-notes', 'article_body', 'col2', 'sidebar', 'Ad-Box', 'grid-cols-12', 'h1', 'promoBox']) {
      expect(isStableName(name), name).toBe(true);
    }
  });

  it('skips names build tools generate, ids with long digit runs and state classes', () => {
    for (const name of ['css-1k2j3h', 'sc-aXbYc', 'jsx-123', 'e1abc2d3', 'Header_title__3xYz1', '_3xYz1', 'post-48213', 'ad-20240501',
      'emotion-0', 'styled-box', 'is-active', 'active', 'svelte-xyz12a', '1col', 'md:flex', 'w-1/2', 'quiet-reader-hide-style', 'x'.repeat(41)]) {
      expect(isStableName(name), name).toBe(false);
    }
  });
});

describe('selectorFor', () => {
  it('takes a stable id first', () => {
    const doc = page('<div class="box"><section id="reader-talk" class="talk css-1k2j3h" data-target></section></div>');
    expect(pick(doc)).toBe('#reader-talk');
  });

  it('skips a generated id and takes a unique stable class', () => {
    const doc = page('<section id="post-48213" class="sc-aXbYc talk-area" data-target><p>x</p></section><div class="other"></div>');
    expect(pick(doc)).toBe('.talk-area');
  });

  it('takes the shortest unique combination of classes, without an nth-child chain', () => {
    const doc = page(`
      <div class="card promo" data-target>a</div>
      <div class="card">b</div><div class="promo">c</div><div class="card news">d</div><span class="promo card">e</span>`);
    const selector = pick(doc);
    expect(selector).toBe('div.card.promo');
  });

  it('scopes a repeated class by the nearest ancestor with a unique name', () => {
    const doc = page(`
      <div id="main"><div class="box">article box</div></div>
      <aside id="rail"><div class="box" data-target>rail box</div></aside>`);
    expect(pick(doc)).toBe('#rail .box');
  });

  it('falls back to a short tag path from the nearest stable ancestor when the element has no name', () => {
    const doc = page(`
      <main id="story"><p>one</p><p>two</p></main>
      <div class="site-footer"><div class="css-9f8e7d"><div>links</div><div data-target><p>talk</p></div></div></div>`);
    const selector = pick(doc);
    expect(selector).toBe('.site-footer > div > div:nth-of-type(2)');
    expect(selector).not.toMatch(/css-/);
  });

  it('stays short and never uses generated names on a page built by CSS-in-JS', () => {
    const doc = page(`
      <div class="css-a1b2c3"><div class="sc-aXbYc"><div class="e1abc2d3">nav</div></div>
      <div class="sc-bZkfAO jsx-123"><section class="sc-dlnjwi comments-block" data-target>talk</section></div></div>`);
    const selector = pick(doc);
    expect(selector).toBe('.comments-block');
  });

  it('goes from the body when no ancestor has a stable name', () => {
    const doc = page('<div><div>a</div><div><span>b</span><span data-target>c</span></div></div><div>d</div>');
    const selector = pick(doc);
    expect(selector).toBe('body > div:nth-of-type(1) > div:nth-of-type(2) > span:nth-of-type(2)');
  });

  it('is null for a detached element', () => {
    const doc = page('');
    expect(selectorFor(doc.createElement('div'))).toBeNull();
  });
});
