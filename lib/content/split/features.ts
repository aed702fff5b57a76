/**
 * Features of a candidate boundary: what the words on either side of a cut, and the title it
 * would make, say about the cut being the real one. The model scores every cut of a bullet with
 * the same features, at run time and in training, so they live here once.
 */
import { findAcronymExpansions, type AcronymExpansions } from './acronyms';
import { FUNCTION_WORDS } from './english';
import type { LexicalEntry, Lexicon } from './lexicon';
import { shapeOf, tokenize, type Token, type TokenShape } from './tokens';

/** Titles run up to ~45 words; a cut further in is never considered. */
export const MAX_TITLE_WORDS = 60;

/** Kinds of word counted over the title (see WordInfo.kinds). */
const WORD_KINDS = [
  'capitalized', 'lowercase content', 'lowercase function word', 'capitalized function word', 'acronym',
  'mixed case', 'code-like', 'digit', 'ends with period', 'ends with comma', 'verb-like', 'capitalized common',
  'lexicon title',
] as const;

/** Names of the features, in vector order; the weights file is keyed by them. */
export const FEATURE_NAMES = [
  // How long the title would be.
  'length=1', 'length=2', 'length=3', 'length=4', 'length=5-6', 'length=7-8', 'length=9-11',
  'length=12-15', 'length>=16', 'no abstract',
  // The title's last word.
  'last: lexicon end', 'last: function word', 'last: ends with colon', 'last: ends with comma',
  'last: dash or symbol', 'last: ends with period', 'last: ends with bracket', 'last: ends with ! or ?',
  'last: acronym', 'last: lowercase', 'last: repeated earlier in title', 'last: possessive',
  'last: organization first word', 'last: organization last word',
  'inside open bracket', 'inside open quote',
  // The abstract's first word.
  'first: lexicon start', 'first: lexicon opens', 'first: lexicon title', 'first: capitalized', 'first: acronym',
  'first: lowercase', 'first: lowercase plain word', 'first: lowercase name from title or organization',
  'first: digit', 'first: opens with punctuation', 'first: symbol only', 'first: closing punctuation', 'first: mixed case',
  'first: code-like', 'first: function word', 'first: capitalized function word',
  'first: ends with colon', 'first: ends with comma or !', 'first: organization first word',
  'first: repeated from title', 'first: part of a title word', 'first: shares a stem with a title word',
  'second: repeated from title, first not',
  // The words after it.
  'second: lowercase content', 'second: capitalized', 'second: lexicon title', 'second: lexicon start',
  'second: ends with colon', 'first capitalized, second lowercase content',
  'second: much stronger sentence start', 'last: much stronger sentence start',
  'abstract start: capitalized words after first', 'abstract start: title-like words',
  'verb at first', 'verb at second', 'verb at third', 'verb at fourth', 'verb at 5-7', 'no verb by 7',
  // The title as a whole.
  'title: has lowercase content, first capitalized',
  'title case, then sentence case start',
  'Title Case run: cut before its last word', 'Title Case run: cut at its end', 'Title Case run: cut past its end',
  'Title Case run: cut inside it', 'Title Case run: capitalized function word inside it',
  'title: abstract-like words', 'title: most abstract-like word', 'title: mean lexicon title',
  'title: sentence end inside', 'title: organization words',
  'title: capitalized common words', 'abstract start: capitalized common words',
  'title case title, title case abstract start',
  // Every word of the title, counted: with the bullet's words fixed, counting a kind of word in
  // the title is the same as labelling each word title or abstract by its kind.
  ...WORD_KINDS.map((kind) => `title words: ${kind}` as const),
  // The abstract restating the title.
  'abstract starts with title first word', 'abstract starts with title first two words',
  'title words repeated in abstract', 'title words repeated near abstract start',
  'abstract opens with an acronym expansion', 'cut inside an acronym expansion',
  'abstract opens with a preamble', 'preamble: lexicon title',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
const F = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as Record<FeatureName, number>;

/** One bullet read once, with the features of every cut considered. */
export interface BulletAnalysis {
  tokens: Token[];
  /** The cuts considered: a title of `k` words for each k here, ascending. */
  cuts: number[];
  /** Feature vector of each cut, in `cuts` order, values in FEATURE_NAMES order. */
  features: Float64Array[];
}

/** How many words after the cut are read as the start of the abstract. */
const ABSTRACT_WINDOW = 4;
/** Words after the cut in which a restatement of the title is looked for. */
const REPEAT_WINDOW = 8;
const LETTERS_ONLY = /^\p{L}+$/u;
/** Longest greeting or heading read as a preamble to an abstract. */
const PREAMBLE_WORDS = 3;
/** Start log-odds of a word that surely opens a sentence ("I", "Currently"). */
const STRONG_START = 2;
/** Longest subject read before an abstract's first verb. */
const SUBJECT_WORDS = 5;
/** Start log-odds by which a neighbouring word is a clearly likelier sentence start. */
const MUCH_STRONGER = 2;
/** Letters two forms of a word share ("Migrate", "Migrating"; "Render", "Renderer"). */
const STEM_LETTERS = 6;
/** Words after the abstract's first in which Title Case capitals are looked for. */
const TITLE_CASE_WINDOW = 5;
/** A word capitalized less often than this inside sentences is a common word, not a name. */
const COMMON_WORD_CAPITALIZED_BELOW = 0.3;
/** Words after the cut in which the first sentence's verb is looked for. */
const VERB_WINDOW = 7;
const VERB_AT: FeatureName[] = ['verb at first', 'verb at second', 'verb at third', 'verb at fourth', 'verb at 5-7', 'verb at 5-7', 'verb at 5-7'];
/** A lowercase word this much likelier in abstracts than in titles reads as a verb or pronoun ("is", "will", "we"). */
const VERB_LIKE_BELOW = -2;
/** Words whose shape is read: every word a cut can touch, and the windows after the last cut. */
const SHAPED_WORDS = MAX_TITLE_WORDS + REPEAT_WINDOW + 1;

interface WordInfo {
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
  verbLike: boolean;
  orgFirst: boolean;
  orgLast: boolean;
  orgWord: boolean;
  /** The key and, for a compound ("Sensor-Dashboard", "GNU/Linux"), its parts. */
  parts: string[];
  /** The key's first letters, shared by its inflections ("migrat" for "Migrate", "Migrating"). */
  stem: string | undefined;
  /** Indices of this word's key's first and last occurrence in the bullet. */
  firstSeen: number;
  lastSeen: number;
  /** This word's value for each of WORD_KINDS, in that order. */
  kinds: number[];
  /** Brackets opened minus closed in this word. */
  bracketBalance: number;
  /** Double quotes opened minus closed ("…" pairs) or, for straight quotes, their count. */
  quotes: number;
}

/** Reads a bullet and computes the features of every cut worth considering. */
export function analyzeBullet(text: string, lexicon: Lexicon, organization?: string): BulletAnalysis {
  const tokens = tokenize(text);
  const words = describeWords(tokens, lexicon, organization);
  const limit = Math.min(tokens.length, MAX_TITLE_WORDS);
  const expansions = findAcronymExpansions(tokens, SHAPED_WORDS);
  let titleCaseRunEnd = words.findIndex((word, index) => index > 0 && word.lowercaseContent);
  if (titleCaseRunEnd < 0) titleCaseRunEnd = words.length;
  // The run is Title Case only if common words in it are capitalized: names and acronyms alone
  // ("Implement Xen PVUSB support") make a sentence-case title.
  const titleCase = words.slice(1, titleCaseRunEnd).filter((word) => word.capitalizedCommon && !word.afterBreak).length >= 2;

  const cuts: number[] = [];
  const features: Float64Array[] = [];
  const d = FEATURE_NAMES.length;
  const storage = new Float64Array(limit * d);
  // Running facts about the title, advanced one word per cut.
  let lowercaseContent = 0;
  let abstractLike = 0;
  let mostAbstractLike = 0;
  let titleLexicon = 0;
  let sentenceEnds = 0;
  let brackets = 0;
  let quotes = 0;
  let orgWords = 0;
  let capitalizedCommon = 0;
  const kindSums = new Float64Array(WORD_KINDS.length);
  const firstKind = F[`title words: ${WORD_KINDS[0]}`];
  const titleParts = new Set<string>();
  const titleStems = new Set<string>();
  const titleSoFar: TitleSoFar = {
    lowercaseContent: 0,
    titleCaseWords: 0,
    pastTitleCaseRun: false,
    insideTitleCaseRun: false,
    parts: titleParts,
    stems: titleStems,
    expansions,
  };
  for (let k = 1; k <= limit; k++) {
    const last = words[k - 1]!;
    const lastShape = last.shape;
    if (k > 1) {
      const previous = words[k - 2]!.shape.last;
      if ((previous === '.' || previous === '!' || previous === '?') && lastShape.capitalized) sentenceEnds++;
      if (last.lowercaseContent) lowercaseContent++;
    }
    abstractLike += Math.min(0, last.lexical.title);
    mostAbstractLike = Math.min(mostAbstractLike, last.lexical.title);
    titleLexicon += last.lexical.title;
    brackets += last.bracketBalance;
    quotes += last.quotes;
    if (last.orgWord) orgWords++;
    if (k > 1 && last.capitalizedCommon && !last.afterBreak) capitalizedCommon++;
    for (let kind = 0; kind < WORD_KINDS.length; kind++) kindSums[kind]! += last.kinds[kind]!;
    for (const part of last.parts) titleParts.add(part);
    if (last.stem && !last.functionWord) titleStems.add(last.stem);

    const v = storage.subarray((k - 1) * d, k * d);
    v[F[lengthBucket(k)]] = 1;
    v[F['last: lexicon end']] = last.lexical.end;
    v[F['last: function word']] = flag(last.functionWord && !lastShape.capitalized);
    v[F['last: ends with colon']] = flag(lastShape.last === ':');
    v[F['last: ends with comma']] = flag(lastShape.last === ',' || lastShape.last === ';');
    v[F['last: dash or symbol']] = flag(lastShape.punctuationOnly);
    v[F['last: ends with period']] = flag(lastShape.last === '.' && !lastShape.punctuationOnly);
    v[F['last: ends with bracket']] = flag(lastShape.last === ')' || lastShape.last === ']');
    v[F['last: ends with ! or ?']] = flag(lastShape.last === '!' || lastShape.last === '?');
    v[F['last: acronym']] = flag(lastShape.acronym);
    v[F['last: lowercase']] = flag(lastShape.lowercase);
    v[F['last: repeated earlier in title']] = flag(!last.functionWord && last.firstSeen < k - 1);
    v[F['last: possessive']] = flag(/['’]s$/.test(last.token.raw));
    v[F['last: organization first word']] = flag(last.orgFirst && !last.orgLast);
    v[F['last: organization last word']] = flag(last.orgLast);
    v[F['inside open bracket']] = flag(brackets > 0);
    v[F['inside open quote']] = flag(quotes % 2 !== 0);

    v[F['title: abstract-like words']] = Math.max(abstractLike, -10) / 10;
    v[F['title: most abstract-like word']] = Math.max(mostAbstractLike, -6) / 6;
    v[F['title: mean lexicon title']] = titleLexicon / k;
    v[F['title: sentence end inside']] = Math.min(sentenceEnds, 2);
    v[F['title: organization words']] = Math.min(orgWords, 2);
    v[F['title: capitalized common words']] = Math.min(capitalizedCommon, 3) / 3;
    v.set(kindSums, firstKind);
    v[F['Title Case run: cut before its last word']] = flag(titleCase && k === titleCaseRunEnd - 1);
    v[F['Title Case run: cut at its end']] = flag(titleCase && k === titleCaseRunEnd);
    v[F['Title Case run: cut past its end']] = flag(titleCase && k > titleCaseRunEnd);
    v[F['Title Case run: cut inside it']] = flag(titleCase && k < titleCaseRunEnd - 1);

    const first = words[k];
    if (!first) v[F['no abstract']] = 1;
    else {
      // One object for every cut, updated in place: this loop runs ~60 times per bullet.
      titleSoFar.lowercaseContent = lowercaseContent;
      titleSoFar.titleCaseWords = capitalizedCommon;
      titleSoFar.pastTitleCaseRun = titleCase && k > titleCaseRunEnd;
      titleSoFar.insideTitleCaseRun = titleCase && k < titleCaseRunEnd - 1;
      readAbstractStart(v, words, k, titleSoFar);
    }
    v[F['abstract opens with an acronym expansion']] = flag(expansions.starts.has(k));
    v[F['cut inside an acronym expansion']] = flag(expansions.inside.has(k));
    cuts.push(k);
    features.push(v);
  }
  return { tokens, cuts, features };
}

/** Features of the words after cut `k`, and of how they relate to the title before it. */
/** What readAbstractStart needs to know of the title before a cut. */
interface TitleSoFar {
  lowercaseContent: number;
  titleCaseWords: number;
  pastTitleCaseRun: boolean;
  insideTitleCaseRun: boolean;
  parts: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  expansions: AcronymExpansions;
}

function readAbstractStart(v: Float64Array, words: readonly WordInfo[], k: number, title: TitleSoFar): void {
  const { lowercaseContent, titleCaseWords, expansions } = title;
  const first = words[k]!;
  const shape = first.shape;
  const repeatedFromTitle = first.firstSeen < k;
  v[F['first: lexicon start']] = first.lexical.start;
  const last = words[k - 1]!;
  v[F['last: much stronger sentence start']] = flag(k > 1 && last.shape.capitalized && last.lexical.start > first.lexical.start + MUCH_STRONGER);
  v[F['first: lexicon opens']] = first.lexical.opens;
  v[F['first: lexicon title']] = first.lexical.title;
  v[F['first: capitalized']] = flag(shape.capitalized);
  v[F['first: acronym']] = flag(shape.acronym);
  v[F['first: lowercase']] = flag(shape.lowercase);
  // A lowercase word the text has not named before is prose; "libtiles" named in the
  // title or the organization is a name that can open a sentence.
  v[F['first: lowercase plain word']] = flag(shape.lowercase && !shape.mixedCase && !shape.codeLike && !shape.hasDigit && !first.orgWord && !repeatedFromTitle);
  v[F['first: lowercase name from title or organization']] = flag(shape.lowercase && !first.functionWord && (first.orgWord || repeatedFromTitle));
  v[F['first: digit']] = flag(shape.digit);
  v[F['first: opens with punctuation']] = flag(shape.opensWithPunctuation);
  // A bullet ("*", "|", "#1") can open an abstract; what closes a phrase (":", ",", ")") cannot.
  const closing = shape.punctuationOnly && /^[:;,.)\]}!?]/.test(first.token.raw);
  v[F['first: symbol only']] = flag(shape.punctuationOnly && !closing);
  v[F['first: closing punctuation']] = flag(closing);
  v[F['first: mixed case']] = flag(shape.mixedCase);
  v[F['first: code-like']] = flag(shape.codeLike);
  v[F['first: function word']] = flag(first.functionWord);
  v[F['first: capitalized function word']] = flag(first.functionWord && shape.capitalized);
  v[F['first: ends with colon']] = flag(shape.last === ':');
  v[F['first: ends with comma or !']] = flag(shape.last === ',' || shape.last === '!');
  v[F['first: organization first word']] = flag(first.orgFirst);
  v[F['first: repeated from title']] = flag(repeatedFromTitle);
  v[F['first: part of a title word']] = flag(!repeatedFromTitle && !first.functionWord && first.parts.some((part) => title.parts.has(part)));
  v[F['first: shares a stem with a title word']] = flag(!repeatedFromTitle && first.stem !== undefined && title.stems.has(first.stem));
  // "For", "With", "And" inside a Title Case title are title words, not a sentence's start.
  v[F['Title Case run: capitalized function word inside it']] = flag(title.insideTitleCaseRun && first.functionWord && shape.capitalized);
  // A sentence-case title followed by a capital; not a Title Case title that ran into prose.
  v[F['title: has lowercase content, first capitalized']] = flag(lowercaseContent > 0 && shape.capitalized && !title.pastTitleCaseRun);
  v[F['abstract starts with title first word']] = flag(first.token.key === words[0]!.token.key);

  const second = words[k + 1];
  if (second) {
    v[F['second: lowercase content']] = flag(second.lowercaseContent);
    v[F['second: capitalized']] = flag(second.shape.capitalized);
    v[F['second: lexicon title']] = second.lexical.title;
    v[F['second: lexicon start']] = second.lexical.start;
    v[F['second: ends with colon']] = flag(second.shape.last === ':');
    // "Port Quillmark…", "Migrate Tidewater…": a verb restating the title, then its object.
    v[F['second: repeated from title, first not']] = flag(!repeatedFromTitle && !second.functionWord && second.firstSeen < k);
    v[F['second: much stronger sentence start']] = flag(second.shape.capitalized && second.lexical.start > first.lexical.start + MUCH_STRONGER);
    v[F['first capitalized, second lowercase content']] = flag(shape.capitalized && second.lowercaseContent);
    v[F['title case, then sentence case start']] = flag(lowercaseContent === 0 && shape.capitalized && second.lowercaseContent);
    v[F['abstract starts with title first two words']] = flag(k > 1 && first.token.key === words[0]!.token.key && second.token.key === words[1]!.token.key);
  }

  let capitalizedAfter = 0;
  let titleLikeAhead = 0;
  let verbAt = -1;
  let repeatedNear = 0;
  let capitalizedCommonAhead = 0;
  const subjectEnd = firstVerbWithin(words, k, SUBJECT_WORDS);
  for (let i = k; i < Math.min(k + REPEAT_WINDOW, words.length); i++) {
    const word = words[i]!;
    // A spelled-out acronym is a name, capitals and all: "Remote Sensor Protocol (RSP) is".
    const spelledOut = expansions.starts.has(i) || expansions.inside.has(i);
    // Capitals before the first verb are the sentence's subject, often a name ("Open Weather
    // Archive is"); after it they can only be Title Case running on.
    const inSubject = i < subjectEnd;
    if (i > k && i <= k + TITLE_CASE_WINDOW && word.capitalizedCommon && !word.afterBreak && !spelledOut && !inSubject) capitalizedCommonAhead++;
    if (i > k && i < k + 4 && word.shape.capitalized && !word.functionWord) capitalizedAfter++;
    if (i < k + ABSTRACT_WINDOW) titleLikeAhead += Math.max(0, word.lexical.title);
    if (verbAt < 0 && i < k + VERB_WINDOW && word.verbLike) verbAt = i - k;
    // Count each title word once, at its first occurrence after the cut.
    if (!word.functionWord && !isPlainWord(word) && word.firstSeen < k && !seenBetween(words, word.token.key, k, i)) repeatedNear++;
  }
  v[F['abstract start: capitalized words after first']] = capitalizedAfter / 3;
  v[F['abstract start: title-like words']] = titleLikeAhead / ABSTRACT_WINDOW;
  v[F[verbAt < 0 ? 'no verb by 7' : VERB_AT[verbAt]!]] = 1;
  v[F['title words repeated near abstract start']] = Math.min(repeatedNear, 3) / 3;
  v[F['abstract start: capitalized common words']] = Math.min(capitalizedCommonAhead, 2) / 2;
  v[F['title case title, title case abstract start']] = flag(titleCaseWords >= 2 && capitalizedCommonAhead > 0);
  const preamble = preambleLength(words, k);
  v[F['abstract opens with a preamble']] = flag(preamble > 0);
  let preambleTitleLike = 0;
  for (let i = k; i < k + preamble; i++) preambleTitleLike += words[i]!.lexical.title;
  v[F['preamble: lexicon title']] = preamble > 0 ? preambleTitleLike / preamble : 0;

  let repeated = 0;
  let content = 0;
  for (let i = 0; i < k; i++) {
    if (words[i]!.functionWord) continue;
    content++;
    if (words[i]!.lastSeen >= k) repeated++;
  }
  v[F['title words repeated in abstract']] = content ? repeated / content : 0;
}

function describeWords(tokens: readonly Token[], lexicon: Lexicon, organization?: string): WordInfo[] {
  const orgKeys = organization ? tokenize(organization).map((token) => token.key) : [];
  const orgKeySet = new Set(orgKeys.filter((key) => !FUNCTION_WORDS.has(key)));
  const firstSeen = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (!firstSeen.has(token.key)) firstSeen.set(token.key, index);
    lastSeen.set(token.key, index);
  });
  // Only the words a cut can touch need their shape and lexicon entry read.
  return tokens.slice(0, SHAPED_WORDS).map((token, index) => {
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
      verbLike,
      orgFirst: orgKeys.length > 0 && token.key === orgKeys[0],
      orgLast: orgKeys.length > 0 && token.key === orgKeys.at(-1),
      orgWord: orgKeySet.has(token.key),
      parts: partsOf(token.key),
      stem: token.key.length >= 5 && LETTERS_ONLY.test(token.key) ? token.key.slice(0, STEM_LETTERS) : undefined,
      firstSeen: firstSeen.get(token.key)!,
      lastSeen: lastSeen.get(token.key)!,
      bracketBalance: brackets.bracketBalance,
      quotes: brackets.quotes,
    };
  });
}

/** A lowercase dictionary-looking word, as opposed to a name, an acronym or an identifier. */
function isPlainWord(word: WordInfo): boolean {
  const { shape } = word;
  return shape.lowercase && !shape.mixedCase && !shape.codeLike && !shape.hasDigit;
}

/**
 * Words of a greeting or heading before the abstract's first sentence ("Hello!", "Summary:",
 * "Background", "In brief"): up to three verbless words, then a word that surely starts a
 * sentence ("I", "This", "The"). 0 when there is none.
 */
function preambleLength(words: readonly WordInfo[], k: number): number {
  for (let m = 1; m <= PREAMBLE_WORDS; m++) {
    const word = words[k + m - 1];
    const next = words[k + m];
    if (!word || !next || word.verbLike) return 0;
    if (next.shape.capitalized && (next.lexical.start >= STRONG_START || (next.functionWord && next.lexical.start > 0))) return m;
  }
  return 0;
}

/** Index of the first verb-like word among the `within` words from `k`, or -1. */
function firstVerbWithin(words: readonly WordInfo[], k: number, within: number): number {
  for (let i = k; i < Math.min(k + within, words.length); i++) if (words[i]!.verbLike) return i;
  return -1;
}

function partsOf(key: string): string[] {
  if (!/[-/._+]/.test(key)) return [key];
  const parts = key.split(/[-/._+]+/).filter((part) => part.length >= 2);
  return parts.length > 1 ? [key, ...parts] : [key];
}

function seenBetween(words: readonly WordInfo[], key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.token.key === key) return true;
  return false;
}

function lengthBucket(k: number): FeatureName {
  if (k <= 4) return `length=${k}` as FeatureName;
  if (k <= 6) return 'length=5-6';
  if (k <= 8) return 'length=7-8';
  if (k <= 11) return 'length=9-11';
  if (k <= 15) return 'length=12-15';
  return 'length>=16';
}

function bracketsAndQuotes(raw: string): { bracketBalance: number; quotes: number } {
  let bracketBalance = 0;
  let quotes = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '(' || char === '[' || char === '{') bracketBalance++;
    else if (char === ')' || char === ']' || char === '}') bracketBalance--;
    else if (char === '"' || char === '“') quotes++;
    else if (char === '”') quotes--;
  }
  return { bracketBalance, quotes };
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}
