import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { typoScore } from '../../lib/search/typoScore';

/** Fuse.js's Bitap score with the options the vocabulary used it with: the reference typoScore replaces. */
function fuseScores(word: string, terms: string[]): Map<string, number | undefined> {
  const fuse = new Fuse(terms, { includeScore: true, isCaseSensitive: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 1 });
  return new Map(fuse.search(word).map((result) => [result.item, result.score]));
}

describe('typo score', () => {
  it('is the fewest edits to a stretch of the term over the word length, at least 0.001', () => {
    expect(typoScore('pyhton', 'python')).toBeCloseTo(2 / 6);
    expect(typoScore('rust', 'trust')).toBe(0.001);
    expect(typoScore('compilr', 'compiler')).toBeCloseTo(1 / 7);
    expect(typoScore('news', 'news')).toBe(0);
    expect(typoScore('ab', 'xy')).toBeUndefined();
  });

  it('gives exactly the score Fuse.js gives, on short, long (over 32) and accented words', () => {
    // A fixed pseudo-random sequence: the same pairs on every run.
    let seed = 20250101;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const text = (length: number, alphabet: string) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    let pairs = 0;
    for (let round = 0; round < 3000; round++) {
      const alphabet = round % 2 ? 'ab' : 'abcéx';
      const longest = round % 10 === 0 ? 80 : 12;
      const word = text(1 + Math.floor(random() * longest), alphabet);
      const terms = [...new Set(Array.from({ length: 8 }, () => text(1 + Math.floor(random() * (longest + 2)), alphabet)))];
      const expected = fuseScores(word, terms);
      for (const term of terms) {
        expect(typoScore(word, term), `${word} → ${term}`).toBe(expected.get(term));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(20_000);
  });
});
