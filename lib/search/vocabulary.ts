/**
 * The index's vocabulary, for the two ways a typed word reaches terms it is not equal to: as the
 * beginning of a longer term (the word being typed) and as a typo (fuzzy). Fuse is the fuzzy
 * matcher; a bigram filter first narrows 30,000 terms to the few hundred that could be one or two
 * edits away, so Fuse scores hundreds of strings, not the whole vocabulary, on every keystroke.
 */
import Fuse from 'fuse.js/basic';
import { editDistanceWithin } from './edit-distance';

export interface SimilarTerm {
  term: string;
  /** Fuse's score: 0 is a perfect match, 1 no match at all. */
  score: number;
}

export class Vocabulary {
  private bigrams: Map<number, number[]> | undefined;
  private sharedCounts: Uint8Array | undefined;

  /** `sortedTerms` in code-point order, without duplicates; `documentsOf` ranks prefix expansions. */
  constructor(
    private readonly sortedTerms: readonly string[],
    private readonly documentsOf: (term: string) => number,
  ) {}

  get size(): number {
    return this.sortedTerms.length;
  }

  /** Builds the typo index now rather than on the first typo (call when the page is idle). */
  warm(): void {
    this.bigramIndex();
  }

  /** Terms that start with `prefix` (itself excluded), the `max` found in the most documents. */
  startingWith(prefix: string, max: number): string[] {
    const found: string[] = [];
    for (let index = lowerBound(this.sortedTerms, prefix); index < this.sortedTerms.length; index++) {
      const term = this.sortedTerms[index]!;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    if (found.length <= max) return found;
    return found
      .map((term) => ({ term, documents: this.documentsOf(term) }))
      .sort((a, b) => b.documents - a.documents || (a.term < b.term ? -1 : 1))
      .slice(0, max)
      .map(({ term }) => term);
  }

  /**
   * Terms at most `maxEdits` edits from `word` (itself excluded), best Fuse score first. Bigrams
   * and an edit-distance check find the terms within reach; Fuse ranks them. Fuse alone would
   * accept any term that merely contains the word ("trust" for "rust", "frustrating" too) and,
   * over 30,000 terms, take longer than a frame.
   */
  similarTo(word: string, maxEdits: number, max: number): SimilarTerm[] {
    const within = this.candidates(word, maxEdits).filter((term) => editDistanceWithin(word, term, maxEdits) <= maxEdits);
    if (within.length === 0) return [];
    const fuse = new Fuse(within, {
      includeScore: true,
      isCaseSensitive: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      // Every term here is within reach already; Bitap counts a transposition as two errors.
      threshold: 1,
    });
    // Among equally close variants, the one in more documents is more likely the word meant:
    // "ness" is a typo of "news" more often than of "nss".
    return fuse
      .search(word)
      .map((result) => ({ term: result.item, score: result.score ?? 1, documents: this.documentsOf(result.item) }))
      .sort((a, b) => a.score - b.score || b.documents - a.documents || (a.term < b.term ? -1 : 1))
      .slice(0, max)
      .map(({ term, score }) => ({ term, score }));
  }

  // Each edit destroys at most two of a word's bigrams (a transposition three), so a term within
  // `maxEdits` shares at least `bigrams - 3 * maxEdits` of them: count shared bigrams per term.
  private candidates(word: string, maxEdits: number): string[] {
    const wanted = [...new Set(bigramsOf(word))];
    const needed = Math.max(1, wanted.length - 3 * maxEdits);
    const index = this.bigramIndex();
    const shared = (this.sharedCounts ??= new Uint8Array(this.sortedTerms.length));
    const seen: number[] = [];
    for (const bigram of wanted) {
      for (const termId of index.get(bigram) ?? []) {
        if (shared[termId] === 0) seen.push(termId);
        if (shared[termId]! < 255) shared[termId]!++;
      }
    }
    const found: string[] = [];
    for (const termId of seen) {
      const term = this.sortedTerms[termId]!;
      if (shared[termId]! >= needed && term !== word && Math.abs(term.length - word.length) <= maxEdits) found.push(term);
      shared[termId] = 0;
    }
    return found;
  }

  // Built on the first fuzzy query, not at load: a visitor who never mistypes never pays for it.
  private bigramIndex(): Map<number, number[]> {
    if (this.bigrams) return this.bigrams;
    const index = new Map<number, number[]>();
    this.sortedTerms.forEach((term, termId) => {
      for (const bigram of new Set(bigramsOf(term))) {
        const termIds = index.get(bigram);
        if (termIds) termIds.push(termId);
        else index.set(bigram, [termId]);
      }
    });
    this.bigrams = index;
    return index;
  }
}

/**
 * "rust" → the pairs ^r, ru, us, st, t$ (as numbers): the ends count, so first and last letters
 * matter. Code units, not characters: a surrogate pair only adds a bigram that never misleads.
 */
function bigramsOf(word: string): number[] {
  const bigrams: number[] = [];
  let previous = 0; // the start mark; 0 is no character a term holds
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    bigrams.push(previous * 65536 + code);
    previous = code;
  }
  bigrams.push(previous * 65536 + 1); // the end mark
  return bigrams;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
