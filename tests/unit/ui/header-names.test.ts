import { describe, expect, it } from 'vitest';
import { headerNames } from '../../../src/ui/header-names.ts';

describe('headerNames: each fact once in the meta line', () => {
  it('shows the site once when the byline is the site, whatever its case, spacing or punctuation', () => {
    for (const byline of ['CBS Detroit', 'cbs detroit', '  CBS   Detroit ', 'CBS-Detroit', 'CBSDetroit', 'CBS Detroit.']) {
      expect(headerNames(byline, 'CBS Detroit')).toEqual({ byline: null, siteName: 'CBS Detroit' });
    }
    expect(headerNames('الجزيرة', 'الجزيرة.')).toEqual({ byline: null, siteName: 'الجزيرة.' });
  });

  it('keeps only the byline when it names the site and more', () => {
    expect(headerNames('By CBS Detroit', 'CBS Detroit')).toEqual({ byline: 'By CBS Detroit', siteName: null });
    expect(headerNames('Jane Doe, CBS Detroit', 'CBS Detroit')).toEqual({ byline: 'Jane Doe, CBS Detroit', siteName: null });
  });

  it('keeps only the site when the byline is part of its name', () => {
    expect(headerNames('CBS', 'CBS Detroit')).toEqual({ byline: null, siteName: 'CBS Detroit' });
  });

  it('keeps both when they are different names, even when the letters of one occur inside the other', () => {
    expect(headerNames('Jane Doe', 'CBS Detroit')).toEqual({ byline: 'Jane Doe', siteName: 'CBS Detroit' });
    expect(headerNames('Annabel Smith', 'Bel')).toEqual({ byline: 'Annabel Smith', siteName: 'Bel' });
    expect(headerNames('CBS News Detroit', 'CBS Detroit')).toEqual({ byline: 'CBS News Detroit', siteName: 'CBS Detroit' });
  });

  it('passes missing or wordless names through', () => {
    expect(headerNames(null, 'CBS Detroit')).toEqual({ byline: null, siteName: 'CBS Detroit' });
    expect(headerNames('Jane Doe', null)).toEqual({ byline: 'Jane Doe', siteName: null });
    expect(headerNames('—', '—')).toEqual({ byline: '—', siteName: '—' });
  });
});
