/**
 * Where the title would end: how long it would be, what its last word looks like and what the
 * lexicon says of it (a title rarely ends with "for" or a comma), and whether it would leave a
 * bracket or a quote open.
 */
import type { BulletReading } from './bullet';
import * as layout from './feature-names';
import type { TitleSoFar } from './title-so-far';

// Local copies, read ~100 times a cut: see FEATURE_INDEX in feature-names.ts.
const { FEATURE_INDEX, flag } = layout;

/** Writes the features of the length and the last word of a title of `cut` words. */
export function writeTitleEnd(vector: Float64Array, bullet: BulletReading, cut: number, title: TitleSoFar): void {
  vector[FEATURE_INDEX[lengthBucket(cut)]] = 1;
  if (cut >= bullet.words.length) vector[FEATURE_INDEX['no abstract']] = 1;

  const last = bullet.words[cut - 1]!;
  const { shape } = last;
  vector[FEATURE_INDEX['last: lexicon end']] = last.lexical.end;
  vector[FEATURE_INDEX['last: function word']] = flag(last.functionWord && !shape.capitalized);
  vector[FEATURE_INDEX['last: ends with colon']] = flag(shape.last === ':');
  vector[FEATURE_INDEX['last: ends with comma']] = flag(shape.last === ',' || shape.last === ';');
  vector[FEATURE_INDEX['last: dash or symbol']] = flag(shape.punctuationOnly);
  vector[FEATURE_INDEX['last: ends with period']] = flag(shape.last === '.' && !shape.punctuationOnly);
  vector[FEATURE_INDEX['last: ends with bracket']] = flag(shape.last === ')' || shape.last === ']');
  vector[FEATURE_INDEX['last: ends with ! or ?']] = flag(shape.last === '!' || shape.last === '?');
  vector[FEATURE_INDEX['last: acronym']] = flag(shape.acronym);
  vector[FEATURE_INDEX['last: lowercase']] = flag(shape.lowercase);
  vector[FEATURE_INDEX['last: repeated earlier in title']] = flag(!last.functionWord && last.firstSeen < cut - 1);
  vector[FEATURE_INDEX['last: possessive']] = flag(/['’]s$/.test(last.token.raw));
  vector[FEATURE_INDEX['last: organization first word']] = flag(last.organizationFirstWord && !last.organizationLastWord);
  vector[FEATURE_INDEX['last: organization last word']] = flag(last.organizationLastWord);
  vector[FEATURE_INDEX['inside open bracket']] = flag(title.openBrackets > 0);
  vector[FEATURE_INDEX['inside open quote']] = flag(title.quoteMarks % 2 !== 0);
}

function lengthBucket(words: number): layout.FeatureName {
  if (words <= 4) return `length=${words}` as layout.FeatureName;
  if (words <= 6) return 'length=5-6';
  if (words <= 8) return 'length=7-8';
  if (words <= 11) return 'length=9-11';
  if (words <= 15) return 'length=12-15';
  return 'length>=16';
}
