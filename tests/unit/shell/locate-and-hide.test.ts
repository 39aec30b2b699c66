import { describe, expect, it } from 'vitest';
import { countSections, isCommentHeadingText, locateAds, locateComments } from '../../../src/core/locate.ts';
import { clearHiding, createHider } from '../../../src/content/hider.ts';
import { isCommentWidget } from '../../../src/core/comment-widgets.ts';
import { extractArticleUnsanitized } from '../../../src/core/extract-unsanitized.ts';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

const ARTICLE = '<article><h1>Title</h1><p>Body text of the article that talks about comments from readers.</p></article>';

describe('locating comment sections', () => {
  it('finds comment widgets by their documented containers', () => {
    const doc = page(`${ARTICLE}<div id="disqus_thread"></div><section id="comments"><h2>2 Comments</h2><ol class="comment-list"><li>a</li></ol></section>`);
    const found = locateComments(doc);
    expect(found.map((el) => el.id)).toEqual(['disqus_thread', 'comments']);
  });

  it('knows comment widgets by their documented roots, and only those', () => {
    const doc = page(`<div id="disqus_thread_2"></div><section class="main comments-area"></section><div data-spotim-module="conversation"></div>
      <iframe src="https://www.facebook.com/plugins/comments.php?href=x"></iframe><div id="wc-comment-42"></div>
      <div id="commentary"></div><div class="comments-area-note"></div><iframe src="https://video.example/embed"></iframe><p>comments</p>`);
    const widgets = Array.from(doc.body.children).filter(isCommentWidget).map((el) => el.id || el.className || el.tagName);
    expect(widgets).toEqual(['disqus_thread_2', 'main comments-area', 'DIV', 'IFRAME', 'wc-comment-42']);
  });

  it('finds sections by their heading in many languages, without class names', () => {
    for (const heading of ['1 تعليق', 'Commentaires (3)', 'Kommentare', 'Comentarios', 'Комментарии', 'Yorumlar', 'نظرات', 'תגובות', '评论', 'コメント', 'Leave a Reply',
      'آراء القراء', 'اترك تعليقاً', 'أضافة تعليق', 'التعليقات (٣)', '(3) Comments', 'Comments [12]', '#Comments', 'טוקבקים', 'اپنی رائے دیں', '網友評論', '12 responses to “Bike lanes”']) {
      const doc = page(`${ARTICLE}<div class="x1"><h3>${heading}</h3><ol><li>first</li></ol></div>`);
      expect(locateComments(doc).map((el) => el.className), heading).toEqual(['x1']);
    }
  });

  it('finds comment forms by their free-text box', () => {
    const doc = page(`${ARTICLE}<div class="q9"><p>Please enter your comment!</p><form><textarea></textarea><input name="n"></form></div>`);
    expect(locateComments(doc).map((el) => el.className)).toEqual(['q9']);
  });

  it('leaves the article alone even when it talks about comments', () => {
    const doc = page('<article><h1>Comments</h1><h2>Comments</h2><p>Readers left many comments on the mayor’s plan.</p></article>');
    expect(locateComments(doc)).toEqual([]);
    expect(isCommentHeadingText('Readers left many comments on the plan, which the council will read next week.')).toBe(false);
  });

  it('counts a heading and the list after it as one section', () => {
    const doc = page(`${ARTICLE}<main><p>x</p><h3>Comments</h3><ol><li>a</li></ol></main>`);
    const found = locateComments(doc);
    expect(found.map((el) => el.tagName)).toEqual(['H3', 'OL']);
    expect(countSections(found)).toBe(1);
  });

  it('does not look into a skipped subtree', () => {
    const thread = '<section><h2>Comments</h2><ol><li>a</li></ol></section>';
    const doc = page(`<div id="region"><p>Body</p><div class="in">${thread}</div></div><div class="out">${thread}</div><div class="last"><div id="disqus_thread"></div></div>`);
    const region = doc.getElementById('region')!;
    expect(locateComments(doc).map((el) => el.parentElement!.className || el.id)).toEqual(['in', 'out', 'last']);
    expect(locateComments(doc, region).map((el) => el.parentElement!.className || el.id)).toEqual(['out', 'last']);
    expect(locateComments(doc, doc.querySelector('.last')!).map((el) => el.parentElement!.className)).toEqual(['in', 'out']);
  });
});

describe('locating ads', () => {
  it('finds ad slots by ad-server markers, not by look-alike words', () => {
    const doc = page(`${ARTICLE}<ins class="adsbygoogle"></ins><div id="div-gpt-ad-123"></div><div class="shadow header"></div><div class="advertisement"><div class="ad-slot"></div></div>`);
    expect(locateAds(doc).map((el) => el.tagName + '.' + el.className)).toEqual(['INS.adsbygoogle', 'DIV.', 'DIV.advertisement']);
  });

  it('hides every ad-network slot that the reader drops from the article', () => {
    const slots = ['<ins class="adsbygoogle x"></ins>', '<div id="google_ads_iframe_1"></div>', '<div data-ad-client="ca-pub-1"></div>', '<div data-ad-slot="9"></div>', '<div class="box ad-300x250-top"></div>'];
    for (const slot of slots) {
      const doc = page(`${ARTICLE}<aside>${slot}</aside>`);
      expect(locateAds(doc), slot).toHaveLength(1);
      const inArticle = page(`<main><h1>Title</h1>${`<p>${'Body text of the article, long enough to be the article itself. '.repeat(4)}</p>`.repeat(4)}${slot.replace('></', '>Ad copy here</')}</main>`);
      const a = extractArticleUnsanitized(inArticle, 'https://example-news.test/story', { debug: true });
      expect(a.removed.map((r) => r.rule), slot).toContain('ad network markup');
    }
  });
});

describe('hiding on the live page', () => {
  it('hides by marker and one stylesheet, and restores the page exactly', () => {
    const doc = page(`${ARTICLE}<section id="comments"><h2>Comments</h2></section><ins class="adsbygoogle"></ins>`);
    const before = doc.documentElement.outerHTML;
    const hider = createHider(doc);
    expect(hider.hide('comments', locateComments(doc))).toBe(1);
    expect(hider.hide('ads', locateAds(doc))).toBe(1);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(hider.marked('comments')).toHaveLength(1);
    hider.reveal('comments');
    expect(doc.querySelectorAll('style').length).toBe(1);
    hider.reveal('ads');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('clears what a copy that could not stop left: every marker and the stylesheet, even twice over', () => {
    const doc = page(`${ARTICLE}<div id="comments"><h2>Comments</h2><ol><li>a</li></ol></div><div class="advertisement">ad</div>`);
    const before = doc.documentElement.outerHTML;
    createHider(doc).hide('comments', locateComments(doc));
    const second = createHider(doc);
    second.hide('ads', locateAds(doc));
    doc.head.append(doc.getElementById('quiet-reader-hide-style')!.cloneNode(true));
    clearHiding(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
