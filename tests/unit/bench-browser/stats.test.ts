import { describe, expect, it } from 'vitest';
import { spread } from '../../../scripts/bench-browser/pages.ts';
import { median, percentile, summarize } from '../../../scripts/bench-browser/stats.ts';

describe('bench:browser percentiles (nearest rank)', () => {
  it('takes the nearest rank of the sorted values', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no values and summarizes n, median, p95, max', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, max: 3 });
  });

  it('spreads a sample evenly and keeps every item when asked for more', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7], 4)).toEqual([0, 2, 4, 6]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
  });
});
