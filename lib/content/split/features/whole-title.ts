/**
 * The title as a whole: how much of it reads like an abstract, a sentence ending inside it, the
 * organization's name in it, every kind of word in it counted, and its case: a Title Case title
 * running on into sentence-case prose ends where the prose begins, and an abstract rarely
 * carries on in Title Case.
 */
import { firstVerbWithin, type BulletReading } from './bullet';
import * as layout from './feature-names';
import type { TitleSoFar } from './title-so-far';

// Local copies, read ~100 times a cut: see FEATURE_INDEX in feature-names.ts.
const { FEATURE_INDEX, flag } = layout;

/** Words after the abstract's first in which Title Case capitals are looked for. */
const TITLE_CASE_WINDOW = 5;
/** Longest subject read before an abstract's first verb. */
const SUBJECT_WORDS = 5;
const FIRST_WORD_KIND = FEATURE_INDEX[`title words: ${layout.WORD_KINDS[0]}`];

/** Writes the features of a title of `cut` words as a whole. */
export function writeWholeTitle(vector: Float64Array, bullet: BulletReading, cut: number, title: TitleSoFar): void {
  vector[FEATURE_INDEX['title: abstract-like words']] = Math.max(title.abstractLikeSum, -10) / 10;
  vector[FEATURE_INDEX['title: most abstract-like word']] = Math.max(title.mostAbstractLike, -6) / 6;
  vector[FEATURE_INDEX['title: mean lexicon title']] = title.titleLogOddsSum / cut;
  vector[FEATURE_INDEX['title: sentence end inside']] = Math.min(title.sentenceEnds, 2);
  vector[FEATURE_INDEX['title: organization words']] = Math.min(title.organizationWords, 2);
  // Every word of the title, counted by kind.
  vector.set(title.kindTotals, FIRST_WORD_KIND);
  writeTitleCase(vector, bullet, cut, title);
}

/**
 * Title Case against sentence case: where the Title Case run the bullet may open with ends, and
 * whether the abstract would carry Title Case on.
 */
function writeTitleCase(vector: Float64Array, bullet: BulletReading, cut: number, title: TitleSoFar): void {
  const { words, opensInTitleCase, titleCaseRunEnd } = bullet;
  const insideTitleCaseRun = opensInTitleCase && cut < titleCaseRunEnd - 1;
  const pastTitleCaseRun = opensInTitleCase && cut > titleCaseRunEnd;
  vector[FEATURE_INDEX['title: capitalized common words']] = Math.min(title.capitalizedCommonWords, 3) / 3;
  vector[FEATURE_INDEX['Title Case run: cut before its last word']] = flag(opensInTitleCase && cut === titleCaseRunEnd - 1);
  vector[FEATURE_INDEX['Title Case run: cut at its end']] = flag(opensInTitleCase && cut === titleCaseRunEnd);
  vector[FEATURE_INDEX['Title Case run: cut past its end']] = flag(pastTitleCaseRun);
  vector[FEATURE_INDEX['Title Case run: cut inside it']] = flag(insideTitleCaseRun);

  const first = words[cut];
  if (!first) return;
  const capitalized = first.shape.capitalized;
  // "For", "With", "And" inside a Title Case title are title words, not a sentence's start.
  vector[FEATURE_INDEX['Title Case run: capitalized function word inside it']] = flag(insideTitleCaseRun && first.functionWord && capitalized);
  // A sentence-case title followed by a capital; not a Title Case title that ran into prose.
  vector[FEATURE_INDEX['title: has lowercase content, first capitalized']] = flag(title.lowercaseContentWords > 0 && capitalized && !pastTitleCaseRun);
  const second = words[cut + 1];
  if (second) vector[FEATURE_INDEX['title case, then sentence case start']] = flag(title.lowercaseContentWords === 0 && capitalized && second.lowercaseContent);

  const { expansions } = bullet;
  // Capitals before the first verb are the sentence's subject, often a name ("Open Weather
  // Archive is"); after it they can only be Title Case running on.
  const subjectEnd = firstVerbWithin(words, cut, SUBJECT_WORDS);
  let capitalizedCommonAfterFirst = 0;
  for (let index = cut + 1; index < Math.min(cut + TITLE_CASE_WINDOW + 1, words.length); index++) {
    const word = words[index]!;
    // A spelled-out acronym is a name, capitals and all: "Remote Sensor Protocol (RSP) is".
    const spelledOut = expansions.starts.has(index) || expansions.inside.has(index);
    const inSubject = index < subjectEnd;
    if (word.capitalizedCommon && !word.afterBreak && !spelledOut && !inSubject) capitalizedCommonAfterFirst++;
  }
  vector[FEATURE_INDEX['abstract start: capitalized common words']] = Math.min(capitalizedCommonAfterFirst, 2) / 2;
  vector[FEATURE_INDEX['title case title, title case abstract start']] = flag(title.capitalizedCommonWords >= 2 && capitalizedCommonAfterFirst > 0);
}
