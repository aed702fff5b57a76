/**
 * The feature vector's layout: every feature's name, in vector order, grouped as the modules that
 * write them. The weights file is keyed by these names, in this order.
 */

/** Kinds of word counted over the title; each word's values are WordInfo.kinds (bullet.ts), in this order. */
export const WORD_KINDS = [
  'capitalized', 'lowercase content', 'lowercase function word', 'capitalized function word', 'acronym',
  'mixed case', 'code-like', 'digit', 'ends with period', 'ends with comma', 'verb-like', 'capitalized common',
  'lexicon title',
] as const;

export const FEATURE_NAMES = [
  // How long the title would be (title-end.ts).
  'length=1', 'length=2', 'length=3', 'length=4', 'length=5-6', 'length=7-8', 'length=9-11',
  'length=12-15', 'length>=16', 'no abstract',
  // The title's last word (title-end.ts).
  'last: lexicon end', 'last: function word', 'last: ends with colon', 'last: ends with comma',
  'last: dash or symbol', 'last: ends with period', 'last: ends with bracket', 'last: ends with ! or ?',
  'last: acronym', 'last: lowercase', 'last: repeated earlier in title', 'last: possessive',
  'last: organization first word', 'last: organization last word',
  'inside open bracket', 'inside open quote',
  // The abstract's first word (abstract-start.ts).
  'first: lexicon start', 'first: lexicon opens', 'first: lexicon title', 'first: capitalized', 'first: acronym',
  'first: lowercase', 'first: lowercase plain word', 'first: lowercase name from title or organization',
  'first: digit', 'first: opens with punctuation', 'first: symbol only', 'first: closing punctuation', 'first: mixed case',
  'first: code-like', 'first: function word', 'first: capitalized function word',
  'first: ends with colon', 'first: ends with comma or !', 'first: organization first word',
  'first: repeated from title', 'first: part of a title word', 'first: shares a stem with a title word',
  // The words around it: those after it, and the title's last (abstract-start.ts).
  'second: repeated from title, first not',
  'second: lowercase content', 'second: capitalized', 'second: lexicon title', 'second: lexicon start',
  'second: ends with colon', 'first capitalized, second lowercase content',
  'second: much stronger sentence start', 'last: much stronger sentence start',
  'abstract start: capitalized words after first', 'abstract start: title-like words',
  'verb at first', 'verb at second', 'verb at third', 'verb at fourth', 'verb at 5-7', 'no verb by 7',
  // The title as a whole, and whether its case carries on into the abstract (whole-title.ts).
  'title: has lowercase content, first capitalized',
  'title case, then sentence case start',
  'Title Case run: cut before its last word', 'Title Case run: cut at its end', 'Title Case run: cut past its end',
  'Title Case run: cut inside it', 'Title Case run: capitalized function word inside it',
  'title: abstract-like words', 'title: most abstract-like word', 'title: mean lexicon title',
  'title: sentence end inside', 'title: organization words',
  'title: capitalized common words', 'abstract start: capitalized common words',
  'title case title, title case abstract start',
  // Every word of the title, counted (whole-title.ts): with the bullet's words fixed, counting a
  // kind of word in the title is the same as labelling each word title or abstract by its kind.
  ...WORD_KINDS.map((kind) => `title words: ${kind}` as const),
  // The abstract restating the title (restatement.ts).
  'abstract starts with title first word', 'abstract starts with title first two words',
  'title words repeated in abstract', 'title words repeated near abstract start',
  'abstract opens with an acronym expansion', 'cut inside an acronym expansion',
  // A greeting or heading before the abstract's first sentence (abstract-start.ts).
  'abstract opens with a preamble', 'preamble: lexicon title',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Each feature's position in the vector.
 *
 * The code that writes a cut's vector reads this and `flag` ~100 times a cut, so each module
 * keeps local copies (`const { FEATURE_INDEX, flag } = layout`) instead of reading the imports:
 * where modules are compiled to CommonJS or by Vite (tsx called from a CommonJS file, vitest),
 * every read of an import is a getter call, and reading them directly made analyzeBullet about
 * 1.7 times as slow there. (Native ES modules, as `npm run eval:split` runs, showed no difference.)
 */
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as Record<FeatureName, number>;

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** A yes-or-no feature's value. */
export function flag(value: boolean): number {
  return value ? 1 : 0;
}
