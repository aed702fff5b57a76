/** The benches' median and percentile, against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../scripts/support/statistics';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    // sorted: 1 2 | 4 10 → (2 + 4) / 2
    expect(median([10, 2, 1, 4])).toBe(3);
  });

  it('leaves its input as it was', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('refuses an empty list and NaN rather than printing a made-up figure', () => {
    expect(() => median([])).toThrow('median of no values');
    expect(() => median([1, Number.NaN])).toThrow('NaN');
  });
});

describe('percentile (nearest rank)', () => {
  // 1..20: p95 is the 19th smallest (ceil(0.95 × 20) = 19), p50 the 10th, p5 the 1st.
  const oneToTwenty = Array.from({ length: 20 }, (_, index) => 20 - index);

  it('is the smallest value with p% of the values at or below it', () => {
    expect(percentile(oneToTwenty, 95)).toBe(19);
    expect(percentile(oneToTwenty, 50)).toBe(10);
    expect(percentile(oneToTwenty, 5)).toBe(1);
    expect(percentile(oneToTwenty, 100)).toBe(20);
  });

  it('is always a measured value, never one between two', () => {
    // ceil(0.9 × 4) = 4th of 0.2, 0.4, 0.8, 3.0 (interpolation would give 2.34)
    expect(percentile([0.4, 3.0, 0.2, 0.8], 90)).toBe(3.0);
    // ceil(0.5 × 4) = 2nd: the lower middle, where median() takes the mean
    expect(percentile([0.4, 3.0, 0.2, 0.8], 50)).toBe(0.4);
  });

  it('refuses a p outside (0, 100] and an empty list', () => {
    expect(() => percentile([1, 2], 0)).toThrow(RangeError);
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
    expect(() => percentile([], 95)).toThrow('p95 of no values');
  });
});
