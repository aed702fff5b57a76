import { describe, expect, it } from 'vitest';
import { decodeSortedTerms, encodeSortedTerms } from '../../lib/search/front-coding';

describe('front-coded term lists', () => {
  it('writes each term as the prefix it shares with the one before and the rest', () => {
    expect(encodeSortedTerms(['python', 'pythonic', 'pythons', 'qt'])).toBe('0python\n6ic\n6s\n0qt');
  });

  it('reads back what it wrote: empty lists, long shared prefixes, accents and astral characters', () => {
    const long = 'a'.repeat(60);
    for (const terms of [[], [''], ['c', 'c#', 'c++'], [long, `${long}b`, `${long}c`], ['café', 'cafés', 'naïve'], ['😀a', '😀b', '😁']]) {
      expect(decodeSortedTerms(encodeSortedTerms(terms))).toEqual(terms);
    }
  });

  it('rejects a term with a line break and a corrupt list', () => {
    expect(() => encodeSortedTerms(['a\nb'])).toThrow(/line break/);
    expect(() => decodeSortedTerms('0ab\n9c')).toThrow(/corrupt/);
  });
});
