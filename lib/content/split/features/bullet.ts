/**
 * A bullet as its cuts' features read it, worked out once before the cuts: each word's shape,
 * lexicon entry, standing in the organization's name and repeats, the acronyms the bullet spells
 * out, and the Title Case run it may open with.
 */
import { findAcronymExpansions, type AcronymExpansions } from '../acronyms';
import { FUNCTION_WORDS } from '../english';
import type { LexicalEntry, Lexicon } from '../lexicon';
import { shapeOf, tokenize, type Token, type TokenShape } from '../tokens';
import * as layout from './feature-names';

// A local copy, read a dozen times a word: see FEATURE_INDEX in feature-names.ts.
const { flag } = layout;

export interface BulletReading {
  /** The bullet's first words, as many as a cut or a window after one can reach. */
  words: WordInfo[];
  expansions: AcronymExpansions;
  /** The bullet opens with a Title Case run: common words capitalized, not names alone. */
  opensInTitleCase: boolean;
  /** Index of the first lowercase content word after the first word, which ends that run (`words.length` if none). */
  titleCaseRunEnd: number;
}

export interface WordInfo {
  token: Token;
  shape: TokenShape;
  lexical: LexicalEntry;
  functionWord: boolean;
  /** A lowercase word that is not a function word: absent from a Title Case title. */
  lowercaseContent: boolean;
  /** A word usually written in lowercase, capitalized here: Title Case, or a sentence start. */
  capitalizedCommon: boolean;
  /** The word follows a sentence end or a colon, where a capital says nothing. */
  afterBreak: boolean;
  /** The word follows a sentence end: ".", "!" or "?". */
  afterSentenceEnd: boolean;
  verbLike: boolean;
  /** A lowercase dictionary-looking word, as opposed to a name, an acronym or an identifier. */
  plainWord: boolean;
  organizationFirstWord: boolean;
  organizationLastWord: boolean;
  /** One of the organization's name's words other than function words. */
  organizationWord: boolean;
  /** The key and, for a compound ("Sensor-Dashboard", "GNU/Linux"), its parts. */
  parts: string[];
  /** The key's first letters, shared by its inflections ("migrat" for "Migrate", "Migrating"). */
  stem: string | undefined;
  /** Indices of this word's key's first and last occurrence in the bullet. */
  firstSeen: number;
  lastSeen: number;
  /** This word's value for each of WORD_KINDS (feature-names.ts), in that order. */
  kinds: number[];
  /** Brackets opened minus closed in this word. */
  bracketBalance: number;
  /** Double quotes opened minus closed ("…" pairs) or, for straight quotes, their count. */
  quoteMarks: number;
}

const LETTERS_ONLY = /^\p{L}+$/u;
/** Letters two forms of a word share ("Migrate", "Migrating"; "Render", "Renderer"). */
const STEM_LETTERS = 6;
/** A word capitalized less often than this inside sentences is a common word, not a name. */
const COMMON_WORD_CAPITALIZED_BELOW = 0.3;
/** A lowercase word this much likelier in abstracts than in titles reads as a verb or pronoun ("is", "will", "we"). */
const VERB_LIKE_BELOW = -2;

/** Reads the first `wordsRead` words of a bullet and what the bullet as a whole says of them. */
export function readBullet(tokens: readonly Token[], lexicon: Lexicon, organization: string | undefined, wordsRead: number): BulletReading {
  const words = describeWords(tokens, lexicon, organization, wordsRead);
  let titleCaseRunEnd = words.findIndex((word, index) => index > 0 && word.lowercaseContent);
  if (titleCaseRunEnd < 0) titleCaseRunEnd = words.length;
  // The run is Title Case only if common words in it are capitalized: names and acronyms alone
  // ("Implement Xen PVUSB support") make a sentence-case title.
  const opensInTitleCase = words.slice(1, titleCaseRunEnd).filter((word) => word.capitalizedCommon && !word.afterBreak).length >= 2;
  return { words, expansions: findAcronymExpansions(tokens, wordsRead), opensInTitleCase, titleCaseRunEnd };
}

function describeWords(tokens: readonly Token[], lexicon: Lexicon, organization: string | undefined, wordsRead: number): WordInfo[] {
  const organizationKeys = organization ? tokenize(organization).map((token) => token.key) : [];
  const organizationWords = new Set(organizationKeys.filter((key) => !FUNCTION_WORDS.has(key)));
  const firstSeen = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (!firstSeen.has(token.key)) firstSeen.set(token.key, index);
    lastSeen.set(token.key, index);
  });
  // Only the words a cut can touch need their shape and lexicon entry read.
  return tokens.slice(0, wordsRead).map((token, index) => {
    const shape = shapeOf(token);
    const previous = tokens[index - 1]?.raw.at(-1);
    const lexical = lexicon.lookup(token.key);
    const functionWord = FUNCTION_WORDS.has(token.key);
    const afterBreak = previous !== undefined && '.!?:;-–—'.includes(previous);
    const capitalizedCommon = shape.capitalized && !shape.acronym && lexical.capitalized < COMMON_WORD_CAPITALIZED_BELOW;
    const verbLike = shape.lowercase && lexical.title <= VERB_LIKE_BELOW;
    const brackets = bracketsAndQuotes(token.raw);
    const kinds = [
      flag(shape.capitalized),
      flag(shape.lowercase && !functionWord),
      flag(shape.lowercase && functionWord),
      flag(shape.capitalized && functionWord),
      flag(shape.acronym),
      flag(shape.mixedCase),
      flag(shape.codeLike),
      flag(shape.hasDigit),
      flag(shape.last === '.'),
      flag(shape.last === ','),
      flag(verbLike),
      flag(capitalizedCommon && !afterBreak),
      lexical.title,
    ];
    return {
      kinds,
      token,
      shape,
      lexical,
      functionWord,
      lowercaseContent: shape.lowercase && !functionWord,
      capitalizedCommon,
      afterBreak,
      afterSentenceEnd: previous === '.' || previous === '!' || previous === '?',
      verbLike,
      plainWord: shape.lowercase && !shape.mixedCase && !shape.codeLike && !shape.hasDigit,
      organizationFirstWord: organizationKeys.length > 0 && token.key === organizationKeys[0],
      organizationLastWord: organizationKeys.length > 0 && token.key === organizationKeys.at(-1),
      organizationWord: organizationWords.has(token.key),
      parts: partsOf(token.key),
      stem: token.key.length >= 5 && LETTERS_ONLY.test(token.key) ? token.key.slice(0, STEM_LETTERS) : undefined,
      firstSeen: firstSeen.get(token.key)!,
      lastSeen: lastSeen.get(token.key)!,
      bracketBalance: brackets.bracketBalance,
      quoteMarks: brackets.quoteMarks,
    };
  });
}

/** Index of the first verb-like word among the `within` words from `from`, or -1. */
export function firstVerbWithin(words: readonly WordInfo[], from: number, within: number): number {
  for (let index = from; index < Math.min(from + within, words.length); index++) if (words[index]!.verbLike) return index;
  return -1;
}

function partsOf(key: string): string[] {
  if (!/[-/._+]/.test(key)) return [key];
  const parts = key.split(/[-/._+]+/).filter((part) => part.length >= 2);
  return parts.length > 1 ? [key, ...parts] : [key];
}

function bracketsAndQuotes(raw: string): { bracketBalance: number; quoteMarks: number } {
  let bracketBalance = 0;
  let quoteMarks = 0;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === '(' || char === '[' || char === '{') bracketBalance++;
    else if (char === ')' || char === ']' || char === '}') bracketBalance--;
    else if (char === '"' || char === '“') quoteMarks++;
    else if (char === '”') quoteMarks--;
  }
  return { bracketBalance, quoteMarks };
}
