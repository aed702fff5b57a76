/**
 * Running totals over the title, advanced one word per cut: the title of the cut after k words is
 * the previous cut's title and one more word, so each total costs one step a cut, not k.
 */
import type { WordInfo } from './bullet';
import { WORD_KINDS } from './feature-names';

export class TitleSoFar {
  wordCount = 0;
  /** Lowercase content words after the first: a Title Case title has none. */
  lowercaseContentWords = 0;
  /** Capitalized common words after the first, not after a break: a Title Case title's capitals. */
  capitalizedCommonWords = 0;
  /** Sum of the words' title log-odds where negative: how much of the title reads like an abstract. */
  abstractLikeSum = 0;
  /** The lowest title log-odds of a word, or 0. */
  mostAbstractLike = 0;
  /** Sum of the words' title log-odds. */
  titleLogOddsSum = 0;
  /** Capitalized words after a sentence end. */
  sentenceEnds = 0;
  /** Brackets opened minus closed: positive while one is open. */
  openBrackets = 0;
  /** Quote marks, as WordInfo.quoteMarks counts them: odd while a quote is open. */
  quoteMarks = 0;
  /** Words of the organization's name (other than function words). */
  organizationWords = 0;
  /** Sums of the words' WordInfo.kinds, in WORD_KINDS order. */
  readonly kindTotals = new Float64Array(WORD_KINDS.length);
  /** Keys of the title's words and of their parts. */
  readonly parts = new Set<string>();
  /** Stems of the title's words other than function words. */
  readonly stems = new Set<string>();

  /** Adds the title's next word. */
  add(word: WordInfo): void {
    const { lexical } = word;
    if (this.wordCount > 0) {
      if (word.lowercaseContent) this.lowercaseContentWords++;
      if (word.capitalizedCommon && !word.afterBreak) this.capitalizedCommonWords++;
    }
    this.wordCount++;
    if (word.afterSentenceEnd && word.shape.capitalized) this.sentenceEnds++;
    this.abstractLikeSum += Math.min(0, lexical.title);
    this.mostAbstractLike = Math.min(this.mostAbstractLike, lexical.title);
    this.titleLogOddsSum += lexical.title;
    this.openBrackets += word.bracketBalance;
    this.quoteMarks += word.quoteMarks;
    if (word.organizationWord) this.organizationWords++;
    const totals = this.kindTotals;
    for (let kind = 0; kind < totals.length; kind++) totals[kind]! += word.kinds[kind]!;
    for (const part of word.parts) this.parts.add(part);
    if (word.stem && !word.functionWord) this.stems.add(word.stem);
  }
}
