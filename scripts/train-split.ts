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
import { accuracy } from './split-training/cross-year';
import { CORPUS_FLAGS, corpusOptions } from './split-training/options';
import { trainFromCorpus } from './split-training/pipeline';
import { readCommandLine } from './support/command-line';

const DEFAULT_OUT = 'lib/content/split/weights.generated.ts';

function main(): void {
  const { values } = readCommandLine({
    usage: 'npm run train:split --',
    summary: `Regenerates the splitter's weights from the labelled text pages and the archive JSON, deterministically.`,
    flags: { ...CORPUS_FLAGS, out: { type: 'string', placeholder: 'FILE', default: DEFAULT_OUT, description: 'the weights file written' } },
  });
  const corpus = corpusOptions(values);
  const out = path.resolve(values.out);

  const run = trainFromCorpus(corpus);
  for (const problem of run.problems) process.stderr.write(`train:split: ${problem}\n`);
  const previous = safeRead(out);
  writeFileSync(out, run.source);

  for (const fold of run.folds) {
    process.stdout.write(`held-out ${fold.year} (trained on ${fold.trainedOn.join('+')}): ${(100 * accuracy(fold.predictions)).toFixed(1)}% of ${fold.predictions.length}\n`);
  }
  process.stdout.write(`uncertain below p = ${run.uncertainBelow.toFixed(4)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(run.source) / 1024).toFixed(1)} KiB, ${previous === run.source ? 'unchanged' : 'changed'})\n`);
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`train:split: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
