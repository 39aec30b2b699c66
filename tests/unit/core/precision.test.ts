import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/index.ts';
import { isDateline } from '../../../src/core/extract/furniture.ts';
import { labelText } from '../../../src/core/extract/link-boxes.ts';

// Anonymized fixtures for issue 18's precision patterns: each asserts what is dropped AND that the article
// text next to it stays.
const URL_ = 'https://example-news.test/2024/05/12/cycle-network-story.html';
const PARA = 'The council voted on Tuesday to extend the cycle network across every district of the town, officials said. ';
const P = (n = 2): string => `<p>${PARA.repeat(n)}</p>`;
const page = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Cycle network grows - Example News</title></head><body>` +
  `<header><a href="/">Example News</a></header><article><h1>Cycle network grows</h1>${body}</article>` +
  `<footer><a href="/about">About us</a></footer></body></html>`;
const extract = (body: string, lang?: string): string => extractArticle(new JSDOM(page(body, lang), { url: URL_ }).window.document, URL_).text;
/** The text, and whether `rule` removed something: rules that act before Readability scores show it only in the debug log. */
const extractWithRule = (body: string, rule: string): { text: string; dropped: boolean } => {
  const a = extractArticle(new JSDOM(page(body), { url: URL_ }).window.document, URL_, { debug: true });
  return { text: a.text, dropped: (a.removed ?? []).some((r) => r.rule === rule) };
};

describe('image credits and gallery chrome', () => {
  it('keeps a figure caption, drops its credit and the gallery buttons and counters', () => {
    const gallery = '<figure><img src="/a.jpg" alt=""><figcaption>Riders on the new lane at dawn. <span class="x">Photo: Jane Roe, AP</span></figcaption></figure>' +
      '<div class="nav"><button>Close</button></div><div>1 of 5</div><p>(Image: AGENCY)</p><div>Caption</div>';
    const text = extract(`${P(3)}${gallery}${P(2)}<p>Reporting by Jane Roe; Editing by John Doe</p>`);
    expect(text).toContain('Riders on the new lane at dawn.');
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/Photo: Jane Roe|1 of 5|\(Image: AGENCY\)|^Caption$|^Close$|Editing by/m);
  });

  it('drops credit lines in other languages and agency-only credits', () => {
    const text = extract(`${P(3)}<p>Bild: Agentur Muster</p><p>Foto: unsplash/Max Muster</p>${P(2)}<p>Max Muster/Getty Images</p>${P(2)}`, 'de');
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/Agentur Muster|unsplash|Getty/);
  });

  it('keeps a sentence that mentions a photo', () => {
    const text = extract(`${P(3)}<p>Photo: the mayor said the picture of the lane was taken last spring.</p>${P(2)}`);
    // A colon-label line is a credit whatever follows; a sentence without the label stays.
    const keep = extract(`${P(3)}<p>The photo agency AP sent three pictures of the lane to the council.</p>${P(2)}`);
    expect(keep).toContain('The photo agency AP sent three pictures');
    expect(text).toContain('The council voted');
  });
});

describe('datelines', () => {
  it('drops "PUBLISHED: … | UPDATED: …" and a date opening the body, keeps the paragraphs', () => {
    const text = extract(`<div>PUBLISHED: 12:01 BST, 12 May 2024 | UPDATED: 14:30 BST, 12 May 2024</div><p>November 19, 2019 at 9:45 am</p>${P(3)}${P(2)}`);
    expect(text).not.toMatch(/PUBLISHED|November 19, 2019/);
    expect(text).toContain('The council voted');
  });

  it('keeps a date set as a subheading (a timeline)', () => {
    const text = extract(`${P(3)}<h3>March 3, 2020</h3>${P(2)}<p><strong>April 9, 2020</strong></p>${P(2)}`);
    expect(text).toContain('March 3, 2020');
    expect(text).toContain('April 9, 2020');
  });

  it('recognises datelines in several languages, not sentences or bare numbers', () => {
    for (const d of ['Wednesday, January 2, 2008', '10:02 AM CST on Friday, December 28, 2007', '23.10.2018', 'Veröffentlicht am 3. März 2021, 14:30 Uhr', 'Publié le 5 juin 2020 à 10h', '12 de mayo de 2024', 'Last updated at 7:40 AM on 30/12/07']) {
      expect(isDateline(d), d).toBe(true);
    }
    for (const s of ['2008', 'Arsenal 2-1 Chelsea', 'On May 5 the council met', '12 riders']) expect(isDateline(s), s).toBe(false);
  });
});

describe('promotions and tip lines', () => {
  it('drops a newsletter box and a tip line, keeps prose about newsletters', () => {
    const body = `${P(3)}<div><p>Sign up to our newsletter for the week's best stories</p><a href="/subscribe">Subscribe</a></div>${P(2)}` +
      '<p>The town newsletter, printed since 1952, will now report on the network every month, the clerk said.</p>' +
      `${P(2)}<p><em>Have a tip? Jane Roe may be reached at jane.roe@example-news.test.</em></p>`;
    const text = extract(body);
    expect(text).not.toMatch(/Sign up to our newsletter|^Subscribe$|Have a tip/m);
    expect(text).toContain('The town newsletter, printed since 1952');
  });
});

describe('boxes of headline links', () => {
  const links = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}">Another headline about something else entirely ${i}</a></li>`).join('');

  it('drops a labelled "DON\'T MISS" box mid-article and a "more stories" feed after the last paragraph', () => {
    const text = extract(`${P(3)}<p>DON'T MISS</p><ul>${links(4)}</ul>${P(3)}<p>The last paragraph ends here, as the mayor put it, and links to <a href="https://other.test/report">the full report</a>.</p><div><ul>${links(6)}</ul></div>`);
    expect(text).not.toMatch(/DON'T MISS|Another headline/);
    expect(text).toContain('The last paragraph ends here');
    expect(text).toContain('The council voted');
  });

  it('keeps an unlabelled list of links inside the article, and a table of contents', () => {
    const toc = '<ul><li><a href="#one">Part one of the plan</a></li><li><a href="#two">Part two of the plan</a></li><li><a href="#three">Part three</a></li></ul>';
    const text = extract(`${toc}${P(3)}<p>The lanes:</p><ul>${links(3)}</ul>${P(3)}`);
    expect(text).toContain('Part one of the plan');
    expect(text).toContain('Another headline about something else entirely 0');
  });
});

describe('class names that do not mean clutter here', () => {
  it('keeps the article inside a container named paywall', () => {
    const text = extract(`<div class="paywall">${P(3)}${P(3)}${P(3)}</div>`);
    expect(text).toContain('The council voted');
    expect(text.length).toBeGreaterThan(PARA.length * 8);
  });

  it('still drops a small paywall prompt', () => {
    const text = extract(`${P(3)}<div class="paywall"><p>Subscribers only: log in to read on.</p></div>${P(3)}`);
    expect(text).not.toContain('Subscribers only');
  });

  it('keeps an embedded post whose wrapper is named social or widget, as a quote with its link', () => {
    const embed = '<div class="social-embed widget"><blockquote class="twitter-tweet"><p>The new lane opens today, see you there!</p>' +
      '<a href="https://twitter.com/someone/status/123">May 12, 2024</a></blockquote></div>';
    const text = extract(`${P(3)}${embed}${P(3)}`);
    expect(text).toContain('The new lane opens today');
    expect(text).toContain('The council voted');
  });

  it('keeps a subheading whose class has a CMS prefix that spells a widget abbreviation', () => {
    const text = extract(`${P(3)}<h2 class="pf_subheading">What the lanes will cost</h2>${P(3)}<div class="pf-button">Print</div>`);
    expect(text).toContain('What the lanes will cost');
    expect(text).not.toMatch(/^Print$/m);
  });
});

describe('hover cards and short last paragraphs', () => {
  it('drops the hidden hover card of a linked name from the sentence, keeps the name', () => {
    for (const hide of ['class="hovercard"', 'class="author-popover"', 'style="display:none"', 'hidden', 'aria-hidden="true"']) {
      const card = `<p>The plan was drafted by <span class="name-wrap"><a href="/people/jane-roe">Jane Roe</a><span ${hide}><span>Jane Roe</span><span>Latest: Mayor quits over budget row</span></span></span>, the town engineer, last year.</p>`;
      const text = extract(`${P(3)}${card}${P(3)}`);
      expect(text, hide).toContain('The plan was drafted by Jane Roe, the town engineer, last year.');
    }
  });

  it('keeps a glossary tooltip\'s term in the sentence', () => {
    const text = extract(`${P(3)}<p>The lanes use <span class="tooltip">bollards</span> at every junction, the engineer said.</p>${P(3)}`);
    expect(text).toContain('The lanes use bollards at every junction');
  });

  it('keeps a short last paragraph beside the article block that ends in an outside link', () => {
    const html = `<div class="main"><h1>Cycle network grows</h1><div class="body">${P(3)}${P(3)}</div>` +
      '<p>Read the full plan <a href="https://council.example.org/plan.pdf">here</a>.</p></div>';
    const doc = new JSDOM(`<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${html}</body></html>`, { url: URL_ }).window.document;
    const text = extractArticle(doc, URL_).text;
    expect(text).toContain('Read the full plan here.');
    expect(text).toContain('The council voted');
  });
});

describe('labelled headline boxes before scoring', () => {
  const links = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}">Ein anderer Artikel über etwas ganz anderes ${i}</a></li>`).join('');
  it('drops a box whose label is a broader headline-list label, only with its links', () => {
    const text = extract(`${P(3)}<h3>Empfohlene Beiträge</h3><ul>${links(4)}</ul>${P(3)}<h3>More Business News</h3>${P(2)}`, 'de');
    expect(text).not.toMatch(/Empfohlene|Ein anderer Artikel/);
    // A label followed by prose is a subheading of the article: it stays.
    expect(text).toContain('More Business News');
    expect(text).toContain('The council voted');
  });
});

describe('credits inside captions, addresses, dangling labels', () => {
  it('cuts the credit off the end of a figure caption and keeps the caption', () => {
    const fig = '<figure><img src="/a.jpg" alt=""><figcaption><p>Pumps at sunset. Bild: <a href="https://stock.test/1">Max Muster/Stock</a></p></figcaption></figure>' +
      '<figure><img src="/b.jpg" alt=""><figcaption>Das Bild zeigt: die neue Spur am Morgen.</figcaption></figure>';
    const text = extract(`${P(3)}${fig}${P(3)}`);
    expect(text).toContain('Pumps at sunset.');
    expect(text).not.toContain('Max Muster');
    expect(text).toContain('Das Bild zeigt: die neue Spur am Morgen.');
  });

  it('drops a gallery\'s run of buttons, a name/site credit and a bare address line', () => {
    const text = extract(`${P(3)}<p><span>Bild anzeigen</span> <span>Bild schließen</span></p><p><span>Moa Muster/imagebank.example.se</span></p>${P(2)}<p>www.example-sponsor.co.uk</p>${P(2)}`, 'de');
    expect(text).not.toMatch(/Bild anzeigen|imagebank|example-sponsor/);
    expect(text).toContain('The council voted');
  });

  it('drops labels left at the end with nothing after them, keeps a last sentence', () => {
    const text = extract(`${P(3)}${P(3)}<p>The lanes open in May.</p><hr><h3>Empfohlene Beiträge</h3><p>Weiterführender Link:</p>`, 'de');
    expect(text).not.toMatch(/Empfohlene|Weiterführender/);
    expect(text).toContain('The lanes open in May.');
  });
});

describe('named blocks that hold the story', () => {
  it('keeps the rest of a story inside a "read more" expander and a docs section named sharing', () => {
    const text = extract(`${P(3)}<div class="read-more"><a href="#">Read more</a>${P(2)}${P(2)}</div><div id="sharing"><h2>Sharing</h2>${P(2)}${P(2)}</div>`);
    expect(text.match(/The council voted/g)!.length).toBeGreaterThanOrEqual(9);
    expect(text).toContain('Sharing');
  });
});

describe('story feeds and references at the end', () => {
  const teaser = (i: number): string => `<h4><a href="/story-${i}">Another headline number ${i}</a></h4><p>City, Jan ${i} (Agency): A teaser sentence that sums up another story in a line or two for readers. <a href="/story-${i}">Full Story</a></p>`;
  it('drops a labelled feed of teasers after the article, keeps the last paragraph', () => {
    const text = extract(`${P(3)}${P(2)}<p>The works start in May, the council said.</p><h3>Also In The News</h3>${teaser(1)}${teaser(2)}${teaser(3)}`);
    expect(text).toContain('The works start in May, the council said.');
    expect(text).not.toMatch(/Also In The News|Another headline|teaser sentence/);
  });

  it('keeps a list of references whose links show their address', () => {
    const refs = '<p>[1] <a href="https://one.example.org/a">https://one.example.org/a</a><br>[2] <a href="https://two.example.org/b">https://two.example.org/b</a><br>[3] <a href="https://three.example.org/c">https://three.example.org/c</a></p>';
    const text = extract(`${P(3)}${P(3)}${refs}`);
    expect(text).toContain('https://two.example.org/b');
  });
});

describe('story tools and post meta lines', () => {
  it('drops a row of story tools and a "Posted by" line, keeps sentences about printing', () => {
    const text = extract(`<p>Posted by Jane Roe @ 5:56 am Categories: Transport, Town</p>${P(3)}<p>Print the form and mail it to the council by Friday.</p>${P(2)}<div>Email this story to a friend | Printer friendly page | Larger text | Smaller text</div>`);
    expect(text).not.toMatch(/Posted by|Email this story|Printer friendly/);
    expect(text).toContain('Print the form and mail it to the council by Friday.');
  });
});

describe('taxonomy and counter lines', () => {
  it('drops "Kategorie: …" and "Aufrufe: …" lines, keeps a sentence about categories', () => {
    const text = extract(`<p>Kategorie: News</p>${P(3)}<p>Die Kategorie der Fahrräder wird neu geregelt, sagte der Rat.</p>${P(2)}<p>Aufrufe: 1.234</p>`, 'de');
    expect(text).not.toMatch(/Kategorie: News|Aufrufe/);
    expect(text).toContain('Die Kategorie der Fahrräder wird neu geregelt');
  });
});

describe('calls to action and reading chrome', () => {
  it('drops "Click here…" lines, "story continues below" and a lone "By", keeps prose that mentions clicking', () => {
    const text = extract(`${P(3)}<p>story continues below</p><p>By</p>${P(2)}<p>Click here for more football headlines!</p><p>Users who click here and there on the map see every lane.</p>${P(2)}`);
    expect(text).not.toMatch(/story continues|^By$|Click here for more/m);
    expect(text).toContain('Users who click here and there on the map');
  });
});

describe('menu lines', () => {
  it('drops a menu written as one line, keeps a sentence with a bar in it', () => {
    const text = extract(`${P(3)}<p>News: ePaper | Front Page | National | Business | Sport</p>${P(2)}<p>The vote was 12 | 3, the clerk said, a clear result.</p>${P(2)}`);
    expect(text).not.toContain('Front Page');
    expect(text).toContain('The vote was 12 | 3, the clerk said');
  });
});

describe('section menus before the article', () => {
  it('drops a box of links above the first paragraph, keeps the standfirst above it', () => {
    const menu = '<ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li></ul>';
    const text = extract(`<p>New lanes for every district</p>${menu}${P(3)}${P(3)}`);
    expect(text).toContain('New lanes for every district');
    expect(text).not.toMatch(/^Weather$/m);
    expect(text).toContain('The council voted');
  });
});

describe('byline role lines', () => {
  it('drops a lone "Special Correspondent" line, keeps a sentence about a correspondent', () => {
    const text = extract(`<p>Special Correspondent</p>${P(3)}<p>Our correspondent rode the new lane on Monday.</p>${P(2)}`);
    expect(text).not.toMatch(/^Special Correspondent$/m);
    expect(text).toContain('Our correspondent rode the new lane on Monday.');
  });
});

describe('a bare "More" over a feed of teasers after the story', () => {
  const teaser = (n: number): string =>
    `<tr><td><a href="/news/item-${n}">Harbour council names new ferry operator ${n}</a><br>Town, Jan 15: The council on Tuesday chose a new operator for the island ferry, ending a year of delays.</td></tr>`;
  it('drops the label and the teasers, keeps the story', () => {
    const text = extract(`${P(3)}${P(2)}<table><tr><td><a href="/news/section">More</a></td></tr>${[1, 2, 3, 4].map(teaser).join('')}</table>`);
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/new ferry operator|^More$/m);
  });
  it('keeps a "More" followed by the article\'s own prose', () => {
    const text = extract(`${P(3)}<p><b>More</b></p><p>${'The second phase adds lanes along the river and past the old mill, the engineers said in their report. '.repeat(3)}</p>`);
    expect(text).toContain('The second phase adds lanes');
  });
});

describe('a list of dated headlines', () => {
  const dated = (n: number): string =>
    `<span><a href="/news/item-${n}">Harbour council names new ferry operator ${n}</a>&nbsp;</span><font>(Monday January ${n} 2008)</font><br>`;
  const scroller = `<div class="scroller">${Array.from({ length: 12 }, (_, i) => dated(i + 1)).join('')}</div>`;
  // The rule acts before Readability scores (a long list outscores a short story there).
  const run = (body: string) => extractWithRule(body, 'dated headline list');

  it('removes the list before scoring, keeps the story', () => {
    const { text, dropped: listDropped } = run(`${P(3)}${scroller}${P(2)}`);
    expect(listDropped).toBe(true);
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/new ferry operator|January 3 2008/);
  });

  it('keeps a timeline whose dated items are sentences, and a list of links with text beside them', () => {
    const timeline = `<ul>${Array.from({ length: 10 }, (_, i) => `<li>January ${i + 1}, 2008: the council <a href="/vote-${i}">voted</a> on stage ${i + 1} of the lane network.</li>`).join('')}</ul>`;
    const kept = run(`${P(3)}${timeline}${P(2)}`);
    expect(kept.dropped).toBe(false);
    expect(kept.text).toContain('January 4, 2008: the council voted on stage 4 of the lane network.');
    const sources = `<ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/report-${i}">Council report on lane stage ${i + 1}</a> (January ${i + 1}, 2008), adopted by the members after a long debate</li>`).join('')}</ul>`;
    const reports = run(`${P(3)}${sources}${P(2)}`);
    expect(reports.dropped).toBe(false);
    expect(reports.text).toContain('Council report on lane stage 7');
  });
});

describe('labels in spaced capitals', () => {
  it('reads "R E A D E R&nbsp; C O M M E N T S" as its words', () => {
    expect(labelText('R E A D E R\u00a0 \u00a0C O M M E N T S ')).toBe('READER COMMENTS');
    expect(labelText('R E L A T E D  C O N T E N T')).toBe('RELATED CONTENT');
    // Ordinary text and short initials are only collapsed.
    expect(labelText('  Reader   comments ')).toBe('Reader comments');
    expect(labelText('A B')).toBe('A B');
    expect(labelText('J. R. R. Tolkien')).toBe('J. R. R. Tolkien');
    // Leading white space, and a first letter outside the Basic Multilingual Plane (two UTF-16 units).
    expect(labelText('\n\t  N E W S  F E E D')).toBe('NEWS FEED');
    expect(labelText('\u{1D400} B C  D E F')).toBe('\u{1D400}BC DEF');
  });

  it('drops a spaced comment label after the story, keeps a spaced heading that is no label', () => {
    const text = extract(`<h2>S U M M E R&nbsp; L A N E S</h2>${P(3)}${P(2)}<div>R E A D E R&nbsp; C O M M E N T S</div>`);
    expect(text).toContain('S U M M E R');
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/R E A D E R/);
  });
});

describe('poll forms', () => {
  const poll = '<form action="/vote"><table><tr><td colspan="2">Should the town ban cars from the old bridge after a cyclist was hurt there last week, as the mayor demands?</td></tr>' +
    ['Yes, ban them now', 'No, the lanes are enough', 'Only at weekends'].map((a, i) => `<tr><td><input type="radio" name="choice" value="${i}"></td><td>${a}</td></tr>`).join('') +
    '<tr><td colspan="2"><input type="submit" value="Vote"></td></tr></table></form>';
  const run = (body: string) => extractWithRule(body, 'poll form');

  it('removes a radio-button poll before scoring, keeps the story', () => {
    const { text, dropped: pollDropped } = run(`${P(2)}${poll}${P(2)}`);
    expect(pollDropped).toBe(true);
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/ban cars from the old bridge|Only at weekends/);
  });

  it('keeps a story about a poll, and a form with a text box', () => {
    const story = run(`${P(2)}<p>In a poll of 900 residents, most voted yes when asked whether cars should be banned from the old bridge.</p>${P(2)}`);
    expect(story.text).toContain('In a poll of 900 residents');
    const comment = '<form action="/comment"><p>Was this story useful?</p><input type="radio" name="u" value="1"> Yes <input type="radio" name="u" value="0"> No<textarea name="c"></textarea></form>';
    expect(run(`${P(2)}${comment}${P(2)}`).dropped).toBe(false);
  });
});
