/**
 * The whole of `train:split` short of writing the file: lexicon from the archive JSON, weights
 * from every labelled page, uncertainty threshold from cross-year held-out predictions, and the
 * generated module's source. Tests run it too, to check that the committed weights are what
 * training gives.
 */
import { readApiCorpus } from './api-corpus';
import { buildLexicon } from './build-lexicon';
import { crossYearFolds, yearsOf, type Fold } from './cross-year';
import { readLabelledCorpus } from './dev-corpus';
import { emitModelModule } from './emit';
import type { CorpusOptions } from './options';
import { chooseUncertaintyThreshold, trainModel } from './train';

/** Splits left unwarned should be right this often, judged on held-out years. */
export const UNWARNED_ACCURACY_TARGET = 0.99;

export interface TrainingRun {
  /** Source of weights.generated.ts. */
  source: string;
  folds: Fold[];
  uncertainBelow: number;
  bulletCount: number;
  /** Labelled bullets left out, with why. */
  problems: string[];
}

/** Trains the shipped model from a corpus; the same corpus always gives the same source. */
export function trainFromCorpus(corpus: CorpusOptions): TrainingRun {
  const api = readApiCorpus(corpus.api);
  const lexicon = buildLexicon(api);
  const { bullets, problems } = readLabelledCorpus(corpus.content, corpus.labels);
  if (bullets.length === 0) throw new Error(`no labelled bullets in ${corpus.content}`);

  const folds = crossYearFolds(bullets, lexicon);
  const heldOut = folds.flatMap((fold) => fold.predictions);
  // With a single year there is nothing held out to calibrate on: warn below even odds.
  const uncertainBelow = heldOut.length ? chooseUncertaintyThreshold(heldOut, UNWARNED_ACCURACY_TARGET) : 0.5;
  const model = trainModel(bullets, lexicon);

  const apiYears = [...new Set(api.map((item) => item.year))].sort();
  const source = emitModelModule({
    weights: model.weights,
    lexicon,
    uncertainBelow,
    provenance: [
      `Lexicon: ${lexicon.size - 1} words (and one entry for the rest) from ${api.length} titled projects of the archive JSON, ${apiYears[0]}–${apiYears.at(-1)}.`,
      `Weights: fitted on ${bullets.length} labelled bullets of the text pages of ${yearsOf(bullets).join(', ')}.`,
      `Uncertain below p = ${uncertainBelow.toFixed(4)}: held-out splits at or above it were right ${(100 * UNWARNED_ACCURACY_TARGET).toFixed(0)}% of the time or more.`,
    ],
  });
  return { source, folds, uncertainBelow, bulletCount: bullets.length, problems };
}
