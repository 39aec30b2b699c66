import { describe, expect, it } from 'vitest';
import * as constants from '../../../src/core/constants.ts';
import { COMMENT_HEADING, COMMENT_PROMPT, JUNK_LINE, READ_ALSO_LEAD, RELATED_HEADING, REPLY_WORDS } from '../../../src/core/constants.ts';

const lowerCaseTests = Object.entries(constants).filter(
  (entry): entry is [string, constants.LowerCaseTest] => typeof entry[1] === 'object' && entry[1] !== null && 'pattern' in entry[1],
);

describe('word lists matched on lower-cased text', () => {
  it('are written in lower case and without the i flag (escapes such as \\S and \\p{Lu} apart)', () => {
    expect(lowerCaseTests.map(([name]) => name).sort()).toEqual(
      [
        'ADDRESS_CREDIT_LINE', 'AGENCY_CREDIT_LINE', 'COMMENT_HEADING', 'COMMENT_PROMPT', 'COPYRIGHT_LINE', 'CREDIT_LINE', 'DATELINE_LABEL', 'FEED_ONLY_LABEL',
        'GALLERY_CHROME_LINE', 'JUNK_LINE', 'LINK_BOX_LABEL', 'POST_META_LINE', 'PROMO_LINE', 'READ_ALSO_LEAD', 'RELATED_HEADING', 'REPLY_WORDS', 'REPLY_WORD_IN_TEXT',
        'SOURCE_LINE', 'TAXONOMY_LINE', 'TIP_LINE',
      ],
    );
    for (const [name, { pattern }] of lowerCaseTests) {
      const literal = pattern.source.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\./g, '');
      expect(literal, name).toBe(literal.toLowerCase());
      expect(pattern.flags, name).not.toContain('i');
    }
  });

  it('still match whatever the case of the page’s text', () => {
    expect(COMMENT_HEADING.test('3 COMMENTS')).toBe(true);
    expect(COMMENT_HEADING.test('Leave a Reply')).toBe(true);
    expect(COMMENT_HEADING.test('КОММЕНТАРИИ')).toBe(true);
    expect(COMMENT_HEADING.test('Yorumlar (4)')).toBe(true);
    expect(COMMENT_HEADING.test('Readers left many comments on the plan')).toBe(false);
    expect(JUNK_LINE.test('ADVERTISEMENT')).toBe(true);
    expect(JUNK_LINE.test('Print Friendly, PDF & Email')).toBe(true);
    expect(RELATED_HEADING.test('Related Stories')).toBe(true);
    expect(READ_ALSO_LEAD.exec('READ ALSO: the next story')?.[0]).toBe('read also:');
    expect(COMMENT_PROMPT.test('To have your say on this issue, visit our forum')).toBe(true);
    expect(REPLY_WORDS.test('REPLY')).toBe(true);
  });
});

describe('gates in front of long patterns', () => {
  // Lines that each gated pattern matches, lines that only look close, and ordinary prose.
  const lines = [
    'Have a tip? Jane Roe may be reached at jane.roe@example.com', 'Got a news tip?', 'SEND US YOUR TIPS', 'Contact the reporter at x@y.example',
    'The tipping point came on Tuesday.', 'Write to me @home', 'Tips for a better garden',
    'www.example.co.uk', 'EXAMPLE.COM', 'Moa Karlberg/imagebank.example.se', '(photo: example.org)', 'example.com/ ', 'The site went live at example.com today, officials said.',
    'Example.C0m', 'www.example.verylongtld',
    'To have your say on this issue, visit our forum', 'You must be logged in to post a comment.', 'tell us what you think', 'Join the discussion',
    'Tomorrow we discuss this story', 'Discuss this article', 'Your views on this story?',
    'The minister said on Tuesday that the talks would resume.', '', '   ', '© 2020 Example Media', 'Photo: Jane Roe/AP',
    'Pin / Download', 'Caption Close', '(1 of 5)', 'Larger text | Smaller text', 'Print this story', 'By', 'Close the door behind you.',
    'Next week the council votes again.', 'Bild vergrößern',
  ];

  it('never change a pattern’s answer: each gated test says what its pattern says of the lower-cased line', () => {
    for (const [name, lowerCase] of lowerCaseTests) {
      for (const line of lines) expect(lowerCase.test(line), `${name}: ${line}`).toBe(lowerCase.pattern.test(line.toLowerCase()));
    }
  });

  it('let through the lines their patterns are for', () => {
    expect(constants.TIP_LINE.test('Have a tip? Jane Roe may be reached at jane.roe@example.com')).toBe(true);
    expect(constants.TIP_LINE.test('Contact the reporter at x@y.example')).toBe(true);
    expect(constants.ADDRESS_CREDIT_LINE.test('Moa Karlberg/imagebank.example.se')).toBe(true);
    expect(constants.ADDRESS_CREDIT_LINE.test('(www.example.co.uk)')).toBe(true);
    expect(COMMENT_PROMPT.test('You must be logged in to post a comment.')).toBe(true);
    expect(COMMENT_PROMPT.test('Tomorrow we discuss this story')).toBe(false);
    expect(constants.GALLERY_CHROME_LINE.test('Pin / Download')).toBe(true);
    expect(constants.GALLERY_CHROME_LINE.test('(1 of 5)')).toBe(true);
    expect(constants.GALLERY_CHROME_LINE.test('Close the door behind you.')).toBe(false);
  });
});
