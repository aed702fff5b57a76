/**
 * Features of a candidate boundary: what the words on either side of a cut, and the title it
 * would make, say about the cut being the real one. The model scores every cut of a bullet with
 * the same features, at run time and in training, so they live here once.
 *
 * A cut is named by the number of words before it: the title of cut k is the bullet's first k
 * words, and word k (from 0) opens the abstract. A bullet is read once (bullet.ts); then its cuts
 * are walked in order, the title growing by a word each cut (title-so-far.ts), and each cut's
 * vector is written group by group, in the groups of FEATURE_NAMES (feature-names.ts): where the title
 * ends, how the abstract starts, the title as a whole, and the abstract restating it.
 */
import type { Lexicon } from '../lexicon';
import { tokenize, type Token } from '../tokens';
import { writeAbstractStart } from './abstract-start';
import { readBullet } from './bullet';
import { FEATURE_COUNT } from './feature-names';
import { REPEAT_WINDOW, writeRestatement } from './restatement';
import { writeTitleEnd } from './title-end';
import { TitleSoFar } from './title-so-far';
import { writeWholeTitle } from './whole-title';

export { FEATURE_NAMES, type FeatureName } from './feature-names';

/** Titles run up to ~45 words; a cut further in is never considered. */
export const MAX_TITLE_WORDS = 60;
/** Words read: every word a cut can touch, and the widest window after the last cut. */
const WORDS_READ = MAX_TITLE_WORDS + REPEAT_WINDOW + 1;

/** One bullet read once, with the features of every cut considered. */
export interface BulletAnalysis {
  tokens: Token[];
  /** The cuts considered: a title of `k` words for each k here, ascending. */
  cuts: number[];
  /** Feature vector of each cut, in `cuts` order, values in FEATURE_NAMES order. */
  features: Float64Array[];
}

/** Reads a bullet and computes the features of every cut worth considering. */
export function analyzeBullet(text: string, lexicon: Lexicon, organization?: string): BulletAnalysis {
  const tokens = tokenize(text);
  const bullet = readBullet(tokens, lexicon, organization, WORDS_READ);
  const lastCut = Math.min(tokens.length, MAX_TITLE_WORDS);
  const cuts: number[] = [];
  const features: Float64Array[] = [];
  // One buffer for every cut's vector and one running title, updated in place: this loop runs
  // ~60 times per bullet.
  const vectorLength = FEATURE_COUNT;
  const storage = new Float64Array(lastCut * vectorLength);
  const title = new TitleSoFar();
  for (let cut = 1; cut <= lastCut; cut++) {
    title.add(bullet.words[cut - 1]!);
    const vector = storage.subarray((cut - 1) * vectorLength, cut * vectorLength);
    writeTitleEnd(vector, bullet, cut, title);
    writeAbstractStart(vector, bullet, cut, title);
    writeWholeTitle(vector, bullet, cut, title);
    writeRestatement(vector, bullet, cut);
    cuts.push(cut);
    features.push(vector);
  }
  return { tokens, cuts, features };
}
