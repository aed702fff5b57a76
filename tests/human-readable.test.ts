import { describe, expect, it } from 'vitest';
import { plural, wholeNumber } from '../lib/human-readable';

describe('counts as the site writes them', () => {
  it('groups thousands with commas, whatever the machine’s locale', () => {
    expect(wholeNumber(0)).toBe('0');
    expect(wholeNumber(999)).toBe('999');
    expect(wholeNumber(2057)).toBe('2,057');
    expect(wholeNumber(1234567)).toBe('1,234,567');
    // As toLocaleString('en-US') writes them, which it no longer calls (lib/human-readable.ts says why).
    for (const count of [0, 7, 42, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_234_567, 13_012, -1_234, Number.MAX_SAFE_INTEGER, 2.5, 1234.5678]) {
      expect(wholeNumber(count)).toBe(count.toLocaleString('en-US'));
    }
  });

  it('says one thing once and many things in the plural', () => {
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(0, 'project')).toBe('0 projects');
    expect(plural(13012, 'project')).toBe('13,012 projects');
    expect(plural(2, 'category', 'categories')).toBe('2 categories');
  });
});
