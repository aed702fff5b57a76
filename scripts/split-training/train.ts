/**
 * Training steps shared by `train:split` and `eval:split`: labelled bullets → examples →
 * weights → a model, and the choice of the uncertainty threshold from held-out predictions.
 */
import { analyzeBullet, FEATURE_NAMES } from '../../lib/content/split/features';
import { createLexicon, type LexicalEntry } from '../../lib/content/split/lexicon';
import { chooseCut, sliceBullet, type SplitModel } from '../../lib/content/split/model';
import type { LabelledBullet } from './dev-corpus';
import { DEFAULT_FIT_OPTIONS, fitWeights, type FitOptions, type TrainingExample } from './fit';

/** Fits a model on labelled bullets, with a lexicon learned elsewhere. */
export function trainModel(
  bullets: readonly LabelledBullet[],
  entries: ReadonlyMap<string, LexicalEntry>,
  fitOptions: FitOptions = DEFAULT_FIT_OPTIONS,
): SplitModel {
  const lexicon = createLexicon(entries);
  const examples: TrainingExample[] = [];
  for (const bullet of bullets) {
    const analysis = analyzeBullet(bullet.text, lexicon, bullet.context.organization);
    const gold = analysis.cuts.indexOf(bullet.cut);
    // A title longer than any cut considered cannot be learned from; it only adds noise.
    if (gold >= 0) examples.push({ features: analysis.features, gold });
  }
  return { weights: fitWeights(examples, FEATURE_NAMES.length, fitOptions), lexicon, uncertainBelow: 0 };
}

export interface Prediction {
  bullet: LabelledBullet;
  title: string;
  abstract: string;
  probability: number;
  correct: boolean;
}

/** The model's split of each bullet, compared with the truth. */
export function predict(model: SplitModel, bullets: readonly LabelledBullet[]): Prediction[] {
  return bullets.map((bullet) => {
    const choice = chooseCut(model, bullet.text, bullet.context.organization);
    const { title, abstract } = sliceBullet(bullet.text, choice?.offset ?? bullet.text.length);
    return { bullet, title, abstract, probability: choice?.probability ?? 1, correct: title === bullet.title.trim() };
  });
}

/**
 * The lowest probability threshold under which the splits left unwarned are right at least
 * `targetAccuracy` of the time, judged on held-out predictions.
 */
export function chooseUncertaintyThreshold(predictions: readonly Prediction[], targetAccuracy: number): number {
  const sorted = [...predictions].sort((a, b) => b.probability - a.probability);
  let right = 0;
  let best = 1;
  // Walk from the surest down; the threshold can sit just below any prefix that still meets the target.
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.correct) right++;
    const next = sorted[i + 1];
    if (next && next.probability === sorted[i]!.probability) continue;
    if (right / (i + 1) >= targetAccuracy) best = next ? (sorted[i]!.probability + next.probability) / 2 : 0;
  }
  return best;
}
