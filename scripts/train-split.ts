/**
 * `npm run train:split [-- --content DIR --labels FILE --api DIR --out FILE]`
 *
 * Regenerates lib/content/split/weights.generated.ts: learns the lexicon from the archive JSON
 * (other years than the text pages), fits the weights on every labelled text page, and sets the
 * uncertainty threshold from held-out (cross-year) predictions. Deterministic: the same corpus
 * gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readApiCorpus } from '../lib/content/split/training/api-corpus';
import { buildLexicon } from '../lib/content/split/training/build-lexicon';
import { accuracy, crossYearFolds, yearsOf } from '../lib/content/split/training/cross-year';
import { readLabelledCorpus } from '../lib/content/split/training/dev-corpus';
import { emitModelModule } from '../lib/content/split/training/emit';
import { corpusOptions, readOptions } from '../lib/content/split/training/options';
import { chooseUncertaintyThreshold, trainModel } from '../lib/content/split/training/train';

/** Splits left unwarned should be right this often, judged on held-out years. */
const UNWARNED_ACCURACY_TARGET = 0.99;
const DEFAULT_OUT = 'lib/content/split/weights.generated.ts';

function main(argv: string[]): void {
  const options = readOptions(argv, ['content', 'labels', 'api', 'out']);
  const corpus = corpusOptions(options);
  const out = path.resolve(options.get('out') ?? DEFAULT_OUT);

  const api = readApiCorpus(corpus.api);
  const lexicon = buildLexicon(api);
  const { bullets, problems } = readLabelledCorpus(corpus.content, corpus.labels);
  for (const problem of problems) process.stderr.write(`train:split: ${problem}\n`);
  if (bullets.length === 0) throw new Error(`no labelled bullets in ${corpus.content}`);

  const folds = crossYearFolds(bullets, lexicon);
  const heldOut = folds.flatMap((fold) => fold.predictions);
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
  const previous = safeRead(out);
  writeFileSync(out, source);

  for (const fold of folds) {
    process.stdout.write(`held-out ${fold.year} (trained on ${fold.trainedOn.join('+')}): ${(100 * accuracy(fold.predictions)).toFixed(1)}% of ${fold.predictions.length}\n`);
  }
  process.stdout.write(`uncertain below p = ${uncertainBelow.toFixed(4)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KiB, ${previous === source ? 'unchanged' : 'changed'})\n`);
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`train:split: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
