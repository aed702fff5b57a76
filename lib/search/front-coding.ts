/**
 * Sorted term lists written front-coded: each term as how many leading characters it shares with
 * the one before (one character, "0" + n) and the rest, one term a line. Sorted vocabularies share
 * long prefixes ("python", "pythonic", "pythons"), which gzip alone matches at a cost of a few bytes
 * each: front coding makes a term shard ~20% smaller on the wire. Terms never hold a line break
 * (text.ts splits words on white space).
 */

/** Longest prefix one entry reuses: its length stays one plain ASCII character ("0"…"Z"). */
const MAX_SHARED = 42;
const ZERO = 48;

export function encodeSortedTerms(terms: readonly string[]): string {
  let previous = '';
  return terms
    .map((term) => {
      if (term.includes('\n')) throw new Error(`search index: term ${JSON.stringify(term)} holds a line break`);
      let shared = 0;
      const most = Math.min(previous.length, term.length, MAX_SHARED);
      while (shared < most && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
      previous = term;
      return String.fromCharCode(ZERO + shared) + term.slice(shared);
    })
    .join('\n');
}

export function decodeSortedTerms(text: string): string[] {
  if (text === '') return [];
  let previous = '';
  return text.split('\n').map((line) => {
    const shared = line.charCodeAt(0) - ZERO;
    if (!(shared >= 0 && shared <= Math.min(MAX_SHARED, previous.length))) throw new Error('search index: a front-coded term list is corrupt');
    previous = previous.slice(0, shared) + line.slice(1);
    return previous;
  });
}
