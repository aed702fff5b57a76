/**
 * How far a term is from a mistyped word, as a score from 0 (the same) to 1: the fewest edits
 * (insert, delete, substitute) that turn the word into some stretch of the term, over the word's
 * length, at least 0.001. It is the score Fuse.js 7's Bitap search gives with the options we
 * used (case-sensitive, location and field length ignored), computed by dynamic programming over
 * the few terms already within reach, so the search page's worker needs no 20 KB library for it
 * (tests/search/typoScore.test.ts checks both agree). Words over 32 characters are scored as
 * Bitap does: in 32-character pieces (the last one ending the word), averaged.
 */
const PIECE = 32;

/** The score of `term` for `word`, or undefined where Bitap finds no match at all. */
export function typoScore(word: string, term: string): number | undefined {
  if (word === term) return 0;
  if (word.length === 0) return undefined;
  if (word.length <= PIECE) {
    const errors = fewestEdits(word, term);
    return errors < word.length ? Math.max(0.001, errors / word.length) : undefined;
  }
  const pieces: string[] = [];
  const whole = word.length - (word.length % PIECE);
  for (let start = 0; start < whole; start += PIECE) pieces.push(word.slice(start, start + PIECE));
  if (word.length % PIECE) pieces.push(word.slice(word.length - PIECE));
  let total = 0;
  let matched = false;
  for (const piece of pieces) {
    const errors = fewestEdits(piece, term);
    if (errors < piece.length) matched = true;
    total += errors < piece.length ? Math.max(0.001, errors / piece.length) : 1;
  }
  return matched ? total / pieces.length : undefined;
}

/** The fewest edits from `pattern` to any substring of `text` (semi-global edit distance). */
function fewestEdits(pattern: string, text: string): number {
  // One row per pattern character; the column is where the substring of text ends (it may start anywhere: row 0 costs nothing).
  let previous = new Uint32Array(text.length + 1);
  let current = new Uint32Array(text.length + 1);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const code = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitute = previous[j - 1]! + (text.charCodeAt(j - 1) === code ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let fewest = pattern.length;
  for (const cost of previous) if (cost < fewest) fewest = cost;
  return fewest;
}
