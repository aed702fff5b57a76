/**
 * How the abstract would start: its first word (its shape, what the lexicon says of it, whether
 * the title or the organization named it), the words around it (a verb within a few words,
 * capitals, a likelier sentence start next to it), and a greeting or heading before its first
 * sentence. A cut that leaves no abstract has none of these.
 */
import { firstVerbWithin, type BulletReading, type WordInfo } from './bullet';
import * as layout from './feature-names';
import type { TitleSoFar } from './title-so-far';

// Local copies, read ~100 times a cut: see FEATURE_INDEX in feature-names.ts.
const { FEATURE_INDEX, flag } = layout;

/** How many words after the cut are read as the start of the abstract. */
const ABSTRACT_WINDOW = 4;
/** Start log-odds by which a neighbouring word is a clearly likelier sentence start. */
const MUCH_STRONGER = 2;
/** Words after the cut in which the first sentence's verb is looked for. */
const VERB_WINDOW = 7;
const VERB_AT: layout.FeatureName[] = ['verb at first', 'verb at second', 'verb at third', 'verb at fourth', 'verb at 5-7', 'verb at 5-7', 'verb at 5-7'];
/** Longest greeting or heading read as a preamble to an abstract. */
const PREAMBLE_WORDS = 3;
/** Start log-odds of a word that surely opens a sentence ("I", "Currently"). */
const STRONG_START = 2;

/** Writes the features of the words after a title of `cut` words, and of how they relate to it. */
export function writeAbstractStart(vector: Float64Array, bullet: BulletReading, cut: number, title: TitleSoFar): void {
  const { words } = bullet;
  const first = words[cut];
  if (!first) return;
  writeFirstWord(vector, first, cut, title);
  writeWordsAround(vector, words, cut, first);
  writePreamble(vector, words, cut);
}

function writeFirstWord(vector: Float64Array, first: WordInfo, cut: number, title: TitleSoFar): void {
  const { shape } = first;
  const repeatedFromTitle = first.firstSeen < cut;
  vector[FEATURE_INDEX['first: lexicon start']] = first.lexical.start;
  vector[FEATURE_INDEX['first: lexicon opens']] = first.lexical.opens;
  vector[FEATURE_INDEX['first: lexicon title']] = first.lexical.title;
  vector[FEATURE_INDEX['first: capitalized']] = flag(shape.capitalized);
  vector[FEATURE_INDEX['first: acronym']] = flag(shape.acronym);
  vector[FEATURE_INDEX['first: lowercase']] = flag(shape.lowercase);
  // A lowercase word the text has not named before is prose; "libtiles" named in the
  // title or the organization is a name that can open a sentence.
  vector[FEATURE_INDEX['first: lowercase plain word']] = flag(first.plainWord && !first.organizationWord && !repeatedFromTitle);
  vector[FEATURE_INDEX['first: lowercase name from title or organization']] = flag(shape.lowercase && !first.functionWord && (first.organizationWord || repeatedFromTitle));
  vector[FEATURE_INDEX['first: digit']] = flag(shape.digit);
  vector[FEATURE_INDEX['first: opens with punctuation']] = flag(shape.opensWithPunctuation);
  // A bullet ("*", "|", "#1") can open an abstract; what closes a phrase (":", ",", ")") cannot.
  const closing = shape.punctuationOnly && /^[:;,.)\]}!?]/.test(first.token.raw);
  vector[FEATURE_INDEX['first: symbol only']] = flag(shape.punctuationOnly && !closing);
  vector[FEATURE_INDEX['first: closing punctuation']] = flag(closing);
  vector[FEATURE_INDEX['first: mixed case']] = flag(shape.mixedCase);
  vector[FEATURE_INDEX['first: code-like']] = flag(shape.codeLike);
  vector[FEATURE_INDEX['first: function word']] = flag(first.functionWord);
  vector[FEATURE_INDEX['first: capitalized function word']] = flag(first.functionWord && shape.capitalized);
  vector[FEATURE_INDEX['first: ends with colon']] = flag(shape.last === ':');
  vector[FEATURE_INDEX['first: ends with comma or !']] = flag(shape.last === ',' || shape.last === '!');
  vector[FEATURE_INDEX['first: organization first word']] = flag(first.organizationFirstWord);
  vector[FEATURE_INDEX['first: repeated from title']] = flag(repeatedFromTitle);
  vector[FEATURE_INDEX['first: part of a title word']] = flag(!repeatedFromTitle && !first.functionWord && sharesAny(first.parts, title.parts));
  vector[FEATURE_INDEX['first: shares a stem with a title word']] = flag(!repeatedFromTitle && first.stem !== undefined && title.stems.has(first.stem));
}

function writeWordsAround(vector: Float64Array, words: readonly WordInfo[], cut: number, first: WordInfo): void {
  const last = words[cut - 1]!;
  const firstFromTitle = first.firstSeen < cut;
  vector[FEATURE_INDEX['last: much stronger sentence start']] = flag(cut > 1 && last.shape.capitalized && last.lexical.start > first.lexical.start + MUCH_STRONGER);
  const second = words[cut + 1];
  if (second) {
    vector[FEATURE_INDEX['second: lowercase content']] = flag(second.lowercaseContent);
    vector[FEATURE_INDEX['second: capitalized']] = flag(second.shape.capitalized);
    vector[FEATURE_INDEX['second: lexicon title']] = second.lexical.title;
    vector[FEATURE_INDEX['second: lexicon start']] = second.lexical.start;
    vector[FEATURE_INDEX['second: ends with colon']] = flag(second.shape.last === ':');
    // "Port Quillmark…", "Migrate Tidewater…": a verb restating the title, then its object.
    vector[FEATURE_INDEX['second: repeated from title, first not']] = flag(!firstFromTitle && !second.functionWord && second.firstSeen < cut);
    vector[FEATURE_INDEX['second: much stronger sentence start']] = flag(second.shape.capitalized && second.lexical.start > first.lexical.start + MUCH_STRONGER);
    vector[FEATURE_INDEX['first capitalized, second lowercase content']] = flag(first.shape.capitalized && second.lowercaseContent);
  }

  const windowEnd = Math.min(cut + ABSTRACT_WINDOW, words.length);
  let capitalizedAfterFirst = 0;
  for (let index = cut + 1; index < windowEnd; index++) if (words[index]!.shape.capitalized && !words[index]!.functionWord) capitalizedAfterFirst++;
  let titleLike = 0;
  for (let index = cut; index < windowEnd; index++) titleLike += Math.max(0, words[index]!.lexical.title);
  vector[FEATURE_INDEX['abstract start: capitalized words after first']] = capitalizedAfterFirst / 3;
  vector[FEATURE_INDEX['abstract start: title-like words']] = titleLike / ABSTRACT_WINDOW;

  const verb = firstVerbWithin(words, cut, VERB_WINDOW);
  vector[FEATURE_INDEX[verb < 0 ? 'no verb by 7' : VERB_AT[verb - cut]!]] = 1;
}

/**
 * Writes the features of a greeting or heading before the abstract's first sentence ("Hello!",
 * "Summary:", "Background", "In brief").
 */
function writePreamble(vector: Float64Array, words: readonly WordInfo[], cut: number): void {
  const preamble = preambleLength(words, cut);
  vector[FEATURE_INDEX['abstract opens with a preamble']] = flag(preamble > 0);
  let titleLogOdds = 0;
  for (let index = cut; index < cut + preamble; index++) titleLogOdds += words[index]!.lexical.title;
  vector[FEATURE_INDEX['preamble: lexicon title']] = preamble > 0 ? titleLogOdds / preamble : 0;
}

/**
 * Words of a preamble at `from`: up to three verbless words, then a word that surely starts a
 * sentence ("I", "This", "The"). 0 when there is none.
 */
function preambleLength(words: readonly WordInfo[], from: number): number {
  for (let length = 1; length <= PREAMBLE_WORDS; length++) {
    const word = words[from + length - 1];
    const next = words[from + length];
    if (!word || !next || word.verbLike) return 0;
    if (next.shape.capitalized && (next.lexical.start >= STRONG_START || (next.functionWord && next.lexical.start > 0))) return length;
  }
  return 0;
}

function sharesAny(parts: readonly string[], titleParts: ReadonlySet<string>): boolean {
  for (const part of parts) if (titleParts.has(part)) return true;
  return false;
}
