/** Hand-computed cases for the bench metrics of /work/shared/datasets/README.md. */
import { describe, expect, it } from 'vitest';
import {
  aggregateLeak,
  aggregatePages,
  aggregateSnippets,
  median,
  normWs,
  percentile,
  scorePage,
  shingleLeak,
  shingles,
  snippetCounts,
  snippetLeak,
  tokenize,
} from '../../../scripts/bench/metrics.ts';

describe('tokenize (Python \\w+ on str)', () => {
  it('keeps letters, numbers and _; splits on punctuation and symbols', () => {
    expect(tokenize('Hello, world! foo_bar 42 ½ Ⅻ café')).toEqual(['Hello', 'world', 'foo_bar', '42', '½', 'Ⅻ', 'café']);
  });
  it('splits on combining marks (checked against Python re)', () => {
    expect(tokenize('नमस्ते')).toEqual(['नमस', 'त']);
    expect(tokenize('كَتَبَ')).toEqual(['ك', 'ت', 'ب']);
  });
  it('gives nothing for text without tokens', () => {
    expect(tokenize(' — !? ')).toEqual([]);
  });
});

describe('shingles', () => {
  const asObject = (text: string) => Object.fromEntries(shingles(text));
  it('makes n − 3 windows of 4 tokens', () => {
    expect(asObject('a b c d e')).toEqual({ 'a b c d': 1, 'b c d e': 1 });
  });
  it('makes one shingle of all tokens for 1–3 tokens', () => {
    expect(asObject('a')).toEqual({ a: 1 });
    expect(asObject('a, b; c')).toEqual({ 'a b c': 1 });
  });
  it('makes none for no tokens', () => {
    expect(asObject('')).toEqual({});
    expect(asObject('!!!')).toEqual({});
  });
  it('counts repeats (a multiset)', () => {
    expect(asObject('a a a a a')).toEqual({ 'a a a a': 2 });
  });
  it('is case-sensitive', () => {
    expect(asObject('A b c d')).not.toEqual(asObject('a b c d'));
  });
});

describe('scorePage (metric a)', () => {
  it('partial output: tp=1 fp=0 fn=1', () => {
    expect(scorePage('a b c d e', 'a b c d')).toEqual({ p: 1, r: 0.5, exact: false });
  });
  it('extra output: tp=2 fp=1 fn=0', () => {
    const s = scorePage('a b c d e', 'a b c d e f');
    expect(s.p).toBeCloseTo(2 / 3);
    expect(s.r).toBe(1);
  });
  it('empty output: p undefined (left out of P), r = 0', () => {
    expect(scorePage('a b c d e', '')).toEqual({ p: undefined, r: 0, exact: false });
  });
  it('short texts are one shingle: equal or not at all', () => {
    expect(scorePage('Hello world', 'Hello, world.')).toEqual({ p: 1, r: 1, exact: true });
    expect(scorePage('Hello world', 'Hello world again')).toEqual({ p: 0, r: 0, exact: false });
  });
  it('uses multiset counts', () => {
    // Truth shingles: xyzw ×2, yzwx, zwxy, wxyz (5); output: xyzw once.
    expect(scorePage('x y z w x y z w', 'x y z w').r).toBeCloseTo(1 / 5);
    // Output twice the truth: xyzw ×2 + 3 joining shingles → tp=1, fp=4.
    const s = scorePage('x y z w', 'x y z w x y z w');
    expect(s.p).toBeCloseTo(1 / 5);
    expect(s.r).toBe(1);
  });
  it('leaves r undefined when the truth has no token', () => {
    expect(scorePage('', 'a b').r).toBeUndefined();
  });
});

describe('aggregatePages', () => {
  it('averages p and r where defined and takes F1 from the means', () => {
    const d = aggregatePages([
      { p: 1, r: 0.5, exact: false },
      { p: undefined, r: 0, exact: false },
      { p: 0.5, r: 1, exact: true },
    ]);
    expect(d.P).toBeCloseTo(0.75);
    expect(d.R).toBeCloseTo(0.5);
    expect(d.F1).toBeCloseTo(0.6); // 2 · 0.75 · 0.5 / 1.25, not the mean of page F1s
    expect([d.nP, d.nR]).toEqual([2, 3]);
    expect(d.accuracy).toBeCloseTo(1 / 3);
  });
  it('is all zero without pages', () => {
    expect(aggregatePages([])).toMatchObject({ P: 0, R: 0, F1: 0, nP: 0, nR: 0 });
  });
});

describe('snippets (metric b)', () => {
  it('normalises every Unicode whitespace run to one space', () => {
    expect(normWs('  a\u00a0\u00a0b\n\tc ')).toBe('a b c');
  });
  it('counts found with/without snippets, exact and case-sensitive', () => {
    const out = 'Foo\u00a0bar\n baz';
    expect(snippetCounts(['Foo bar', 'bar  baz', 'foo bar'], ['baz', 'nope'], out)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });
  it('finds nothing in an empty output', () => {
    expect(snippetCounts(['a'], ['b'], '')).toEqual({ tp: 0, fp: 0, fn: 1, tn: 1 });
  });
  it('micro-averages over pages', () => {
    const s = aggregateSnippets([
      { tp: 2, fp: 1, fn: 1, tn: 1 },
      { tp: 0, fp: 0, fn: 3, tn: 2 },
    ]);
    expect(s.P).toBeCloseTo(2 / 3);
    expect(s.R).toBeCloseTo(2 / 6);
    expect(s.F1).toBeCloseTo(4 / 9);
    expect(s.accuracy).toBeCloseTo(5 / 10);
  });
  it('scores 0 where a denominator is 0', () => {
    expect(aggregateSnippets([{ tp: 0, fp: 0, fn: 0, tn: 0 }])).toMatchObject({ P: 0, R: 0, F1: 0, accuracy: 0 });
  });
});

describe('comment leakage (metric c)', () => {
  it('l3s: comment shingles the article contains are not forbidden', () => {
    // Comments joined: "the article text here great post thanks a lot" → 6 shingles; the first is
    // also in the body (C=1, T=1 → f=0), so 5 are forbidden. The output repeats the body and the
    // last two comment shingles.
    const leak = shingleLeak(
      'the article text here today',
      ['the article text here', 'great post thanks a lot'],
      'the article text here today great post thanks a lot',
    );
    expect(leak).toEqual({ forbidden: 5, leaked: 2 });
  });
  it('l3s: only copies beyond the body count as leaked', () => {
    // C: abcd ×2, bcda, cdab, dabc; T: abcd ×1 → forbidden 1 + 1 + 1 + 1 = 4.
    const comments = ['a b c d', 'a b c d'];
    expect(shingleLeak('a b c d', comments, 'a b c d')).toEqual({ forbidden: 4, leaked: 0 });
    expect(shingleLeak('a b c d', comments, 'a b c d a b c d')).toEqual({ forbidden: 4, leaked: 4 });
    expect(shingleLeak('a b c d', comments, 'a b c d a b c d a b c d')).toEqual({ forbidden: 4, leaked: 4 });
  });
  it('trafilatura: comment snippets found as in metric b', () => {
    expect(snippetLeak(['nice post', 'first!'], 'Article.\nnice  post')).toEqual({ forbidden: 2, leaked: 1 });
  });
  it('summarises mean, pooled and pages strictly over 10 %', () => {
    const s = aggregateLeak([
      { id: 'a', forbidden: 10, leaked: 1 },
      { id: 'b', forbidden: 10, leaked: 2 },
      { id: 'c', forbidden: 0, leaked: 0 },
    ]);
    expect(s.pages).toBe(2);
    expect(s.meanRate).toBeCloseTo(0.15);
    expect(s.pooledRate).toBeCloseTo(3 / 20);
    expect(s.over10).toEqual(['b']);
  });
});

describe('timing summaries', () => {
  it('median and nearest-rank p90', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.9)).toBe(0);
  });
});
