/**
 * Counts where words stand in separately labelled titles and descriptions, and turns the counts
 * into the lexicon's log-odds. Only the most frequent words get an entry of their own (common
 * English and common software words, which carry over from year to year); the rest are pooled
 * into the unknown-word entry.
 */
import { quantize, type LexicalEntry } from '../../lib/content/split/lexicon';
import { tokenize } from '../../lib/content/split/tokens';
import type { TitledText } from './api-corpus';

export interface LexiconOptions {
  /** Words kept, most frequent first. */
  maxEntries: number;
  /** A word seen fewer times than this is pooled with the unknown words. */
  minCount: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { maxEntries: 1500, minCount: 20 };

/** Words of a description read as its abstract's opening: where a title/abstract cut can fall. */
const DESCRIPTION_WORDS = 150;
const SENTENCE_END = /[.!?]$/;
/** After a colon or a dash a capital is as likely as at a sentence start: such words say nothing. */
const CLAUSE_END = /[:;–—-]$/;
const CAPITALIZED = /^\p{Lu}/u;

interface Counts {
  title: number;
  titleFirst: number;
  titleLast: number;
  abstract: number;
  sentenceStart: number;
  /** Occurrences as a description's very first word. */
  opening: number;
  /** Occurrences inside a description's sentence (not at its start), and how many of them capitalized. */
  midSentence: number;
  midSentenceCapitalized: number;
}

/** Learns lexicon entries from titled texts; deterministic for the same input. */
export function buildLexicon(examples: readonly TitledText[], options: LexiconOptions = DEFAULT_LEXICON_OPTIONS): Map<string, LexicalEntry> {
  const counts = new Map<string, Counts>();
  const count = (key: string) => {
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = emptyCounts()));
    return entry;
  };
  for (const example of examples) {
    const title = tokenize(example.title);
    title.forEach((token, index) => {
      const entry = count(token.key);
      entry.title++;
      if (index === 0) entry.titleFirst++;
      if (index === title.length - 1) entry.titleLast++;
    });
    const description = tokenize(example.description).slice(0, DESCRIPTION_WORDS);
    description.forEach((token, index) => {
      const entry = count(token.key);
      entry.abstract++;
      if (index === 0) entry.opening++;
      if (index === 0 || SENTENCE_END.test(description[index - 1]!.raw)) entry.sentenceStart++;
      else if (!CLAUSE_END.test(description[index - 1]!.raw)) {
        entry.midSentence++;
        if (CAPITALIZED.test(token.core)) entry.midSentenceCapitalized++;
      }
    });
  }

  const total = (entry: Counts) => entry.title + entry.abstract;
  const ranked = [...counts.entries()]
    .filter(([, entry]) => total(entry) >= options.minCount)
    .sort(([keyA, a], [keyB, b]) => total(b) - total(a) || (keyA < keyB ? -1 : 1))
    .slice(0, options.maxEntries);
  const kept = new Set(ranked.map(([key]) => key));

  const sums = sumCounts(counts.values());
  const pooled = sumCounts([...counts.entries()].filter(([key]) => !kept.has(key)).map(([, entry]) => entry));
  const vocabulary = counts.size;
  const entries = new Map<string, LexicalEntry>();
  for (const [key, entry] of ranked) entries.set(key, logOdds(entry, sums, 1, vocabulary));
  // The unknown entry: the pooled rare words, as one type among as many as were pooled.
  const pooledTypes = Math.max(1, vocabulary - kept.size);
  entries.set('', logOdds(pooled, sums, pooledTypes, vocabulary));
  return entries;
}

/** Log-odds of a word (or of `types` pooled words) with add-one smoothing over the vocabulary. */
function logOdds(entry: Counts, sums: Counts, types: number, vocabulary: number): LexicalEntry {
  const p = (count: number, sum: number) => (count / types + 1) / (sum + vocabulary);
  // A wrong cut is as often too early as too late: the word beside it is then a title word or
  // an abstract word, so the alternative is an even mixture of the two.
  const either = (titleCount: number, titleSum: number, abstractCount: number, abstractSum: number) =>
    0.5 * p(titleCount, titleSum) + 0.5 * p(abstractCount, abstractSum);
  const inTitleNotFirst = either(entry.title - entry.titleFirst, sums.title - sums.titleFirst, entry.abstract - entry.sentenceStart, sums.abstract - sums.sentenceStart);
  const inTitleNotLast = either(entry.title - entry.titleLast, sums.title - sums.titleLast, entry.abstract, sums.abstract);
  return {
    // Smoothed toward even odds: a word seen a few times mid-sentence is not known to be a name.
    capitalized: quantize((entry.midSentenceCapitalized / types + 1) / (entry.midSentence / types + 2)),
    title: quantize(Math.log(p(entry.title, sums.title) / p(entry.abstract, sums.abstract))),
    start: quantize(Math.log(p(entry.sentenceStart, sums.sentenceStart) / inTitleNotFirst)),
    opens: quantize(Math.log(p(entry.opening, sums.opening) / inTitleNotFirst)),
    end: quantize(Math.log(p(entry.titleLast, sums.titleLast) / inTitleNotLast)),
  };
}

function emptyCounts(): Counts {
  return { title: 0, titleFirst: 0, titleLast: 0, abstract: 0, sentenceStart: 0, opening: 0, midSentence: 0, midSentenceCapitalized: 0 };
}

function sumCounts(entries: Iterable<Counts>): Counts {
  const sum = emptyCounts();
  for (const entry of entries) for (const field of Object.keys(sum) as (keyof Counts)[]) sum[field] += entry[field];
  return sum;
}
