/**
 * The abstract restating the title: it often opens by repeating the title's first words or
 * spelling out its acronym, and repeats the title's words; a cut inside a spelled-out acronym
 * splits a name.
 */
import type { BulletReading, WordInfo } from './bullet';
import * as layout from './feature-names';

// Local copies, read ~100 times a cut: see FEATURE_INDEX in feature-names.ts.
const { FEATURE_INDEX, flag } = layout;

/** Words after the cut in which a restatement of the title is looked for. */
export const REPEAT_WINDOW = 8;

/** Writes the features of the abstract after a title of `cut` words restating that title. */
export function writeRestatement(vector: Float64Array, bullet: BulletReading, cut: number): void {
  const { words, expansions } = bullet;
  vector[FEATURE_INDEX['abstract opens with an acronym expansion']] = flag(expansions.starts.has(cut));
  vector[FEATURE_INDEX['cut inside an acronym expansion']] = flag(expansions.inside.has(cut));
  const first = words[cut];
  if (!first) return;
  const titleFirst = words[0]!;
  vector[FEATURE_INDEX['abstract starts with title first word']] = flag(first.token.key === titleFirst.token.key);
  const second = words[cut + 1];
  if (second) {
    vector[FEATURE_INDEX['abstract starts with title first two words']] = flag(cut > 1 && first.token.key === titleFirst.token.key && second.token.key === words[1]!.token.key);
  }

  let repeatedNearStart = 0;
  for (let index = cut; index < Math.min(cut + REPEAT_WINDOW, words.length); index++) {
    const word = words[index]!;
    // Count each title word once, at its first occurrence after the cut.
    if (!word.functionWord && !word.plainWord && word.firstSeen < cut && !seenBetween(words, word.token.key, cut, index)) repeatedNearStart++;
  }
  vector[FEATURE_INDEX['title words repeated near abstract start']] = Math.min(repeatedNearStart, 3) / 3;

  let repeated = 0;
  let contentWords = 0;
  for (let index = 0; index < cut; index++) {
    if (words[index]!.functionWord) continue;
    contentWords++;
    if (words[index]!.lastSeen >= cut) repeated++;
  }
  vector[FEATURE_INDEX['title words repeated in abstract']] = contentWords ? repeated / contentWords : 0;
}

/** Whether `key` occurs among the words from `from` up to, not including, `to`. */
function seenBetween(words: readonly WordInfo[], key: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (words[index]!.token.key === key) return true;
  return false;
}
