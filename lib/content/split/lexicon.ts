/**
 * What a word says about where it stands: log-odds learned from the archive JSON's separate
 * titles and descriptions (other years than the text pages). Words outside the lexicon share
 * one entry, learned from the rare words the lexicon leaves out.
 */

export interface LexicalEntry {
  /** log P(word | title) − log P(word | abstract): positive for title-like words. */
  title: number;
  /** log P(word starts a sentence) − log P(word elsewhere: inside a title, or inside an abstract). */
  start: number;
  /** log P(word ends a title) − log P(word elsewhere: earlier in a title, or in an abstract). */
  end: number;
  /** log P(word opens an abstract) − log P(word elsewhere), like `start` but for the first word only. */
  opens: number;
  /** Share of the word's occurrences inside a sentence that are capitalized: near 1 for names. */
  capitalized: number;
}

export interface Lexicon {
  lookup(key: string): LexicalEntry;
}

/** Fixed-point scale of the encoded entries: tenths of a nat are precise enough, and small. */
const SCALE = 10;
const UNKNOWN_KEY = '';

/** Builds a lexicon from entries; the entry under the empty key stands for unknown words. */
export function createLexicon(entries: ReadonlyMap<string, LexicalEntry>): Lexicon {
  const unknown = entries.get(UNKNOWN_KEY) ?? { title: 0, start: 0, end: 0, opens: 0, capitalized: 0.5 };
  return { lookup: (key) => entries.get(key) ?? unknown };
}

/** Encodes entries as compact text, one `key<TAB>title<TAB>start<TAB>end<TAB>opens<TAB>capitalized` line each, sorted by key. */
export function encodeLexicon(entries: ReadonlyMap<string, LexicalEntry>): string {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys
    .map((key) => {
      const entry = entries.get(key)!;
      return [key, fixed(entry.title), fixed(entry.start), fixed(entry.end), fixed(entry.opens), fixed(entry.capitalized)].join('\t');
    })
    .join('\n');
}

/** Reverses `encodeLexicon`. */
export function decodeLexicon(encoded: string): Map<string, LexicalEntry> {
  const entries = new Map<string, LexicalEntry>();
  for (const line of encoded.split('\n')) {
    const [key, title, start, end, opens, capitalized] = line.split('\t');
    if (key === undefined || capitalized === undefined) continue;
    entries.set(key, { title: Number(title) / SCALE, start: Number(start) / SCALE, end: Number(end) / SCALE, opens: Number(opens) / SCALE, capitalized: Number(capitalized) / SCALE });
  }
  return entries;
}

/** Rounds a value to the encoding's precision, as `decodeLexicon` will read it back. */
export function quantize(value: number): number {
  return Number(fixed(value)) / SCALE;
}

function fixed(value: number): string {
  const scaled = Math.round(value * SCALE);
  return String(scaled === 0 ? 0 : scaled);
}
