import { describe, expect, it } from 'vitest';
import { plural, wholeNumber } from '../lib/human-readable';

describe('counts as the site writes them', () => {
  it('groups thousands with commas, whatever the machine’s locale', () => {
    expect(wholeNumber(0)).toBe('0');
    expect(wholeNumber(999)).toBe('999');
    expect(wholeNumber(2057)).toBe('2,057');
    expect(wholeNumber(1234567)).toBe('1,234,567');
  });

  it('says one thing once and many things in the plural', () => {
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(0, 'project')).toBe('0 projects');
    expect(plural(13012, 'project')).toBe('13,012 projects');
    expect(plural(2, 'category', 'categories')).toBe('2 categories');
  });
});
