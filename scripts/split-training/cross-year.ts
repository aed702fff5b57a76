/**
 * Honest measurement: every year of the labelled pages is split by a model trained on the other
 * years only, so no page is ever judged by weights fitted on it. The same held-out predictions
 * choose the shipped model's uncertainty threshold.
 */
import type { LexicalEntry } from '../../lib/content/split/lexicon';
import type { LabelledBullet } from './dev-corpus';
import { predict, trainModel, type Prediction } from './train';

export interface Fold {
  /** The held-out year. */
  year: string;
  trainedOn: string[];
  predictions: Prediction[];
}

/** The distinct years of the bullets, ascending. */
export function yearsOf(bullets: readonly LabelledBullet[]): string[] {
  return [...new Set(bullets.map((bullet) => bullet.year))].sort();
}

/** One fold per year: train on the other years, predict the held-out one. Needs two years or more. */
export function crossYearFolds(bullets: readonly LabelledBullet[], lexicon: ReadonlyMap<string, LexicalEntry>): Fold[] {
  const years = yearsOf(bullets);
  if (years.length < 2) return [];
  return years.map((year) => {
    const model = trainModel(
      bullets.filter((bullet) => bullet.year !== year),
      lexicon,
    );
    return {
      year,
      trainedOn: years.filter((other) => other !== year),
      predictions: predict(
        model,
        bullets.filter((bullet) => bullet.year === year),
      ),
    };
  });
}

/** Share of predictions that are right, 0 when there are none. */
export function accuracy(predictions: readonly { correct: boolean }[]): number {
  return predictions.length ? predictions.filter((prediction) => prediction.correct).length / predictions.length : 0;
}
