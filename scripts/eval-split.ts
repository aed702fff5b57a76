/**
 * `npm run eval:split [-- --content DIR --labels FILE --api DIR --show N]`
 *
 * Measures the title/abstract splitter on labelled text pages (default ../shared/corpus/melange):
 *  - held-out accuracy per year: for each year, a model trained here on the other years only;
 *  - the shipped model (weights.generated.ts), run through the text parser as the loader runs it;
 *  - how many splits `check` would warn about, and how often the unwarned ones are right;
 *  - the median time per bullet;
 *  - the first wrong held-out splits beside the truth.
 */
import { readApiCorpus } from './split-training/api-corpus';
import { buildLexicon } from './split-training/build-lexicon';
import { accuracy, crossYearFolds, yearsOf } from './split-training/cross-year';
import { readLabelledCorpus, type LabelledBullet } from './split-training/dev-corpus';
import { CORPUS_FLAGS, corpusOptions } from './split-training/options';
import { judgeShippedSplitter } from './split-training/shipped';
import { getShippedModel, splitBullet } from '../lib/content/split';
import { readCommandLine } from './support/command-line';
import { median, percentile } from './support/statistics';

const TIMING_ROUNDS = 5;

function main(): void {
  const { values } = readCommandLine({
    usage: 'npm run eval:split --',
    summary: 'The title/abstract splitter on labelled text pages: held-out accuracy per year, the shipped model, its warnings, its speed.',
    flags: { ...CORPUS_FLAGS, show: { type: 'integer', min: 0, default: 15, description: 'wrong splits shown beside the truth' } },
  });
  const corpus = corpusOptions(values);
  const show = values.show;
  const out = (line = '') => process.stdout.write(`${line}\n`);

  const { bullets, problems } = readLabelledCorpus(corpus.content, corpus.labels);
  for (const problem of problems) process.stderr.write(`eval:split: ${problem}\n`);
  const years = yearsOf(bullets);
  out(`Title/abstract split on ${bullets.length} labelled bullets of ${years.join(', ')} (${corpus.content})`);

  out();
  out('Held-out accuracy: each year split by a model trained in this run on the other years only');
  const lexicon = buildLexicon(readApiCorpus(corpus.api));
  const folds = crossYearFolds(bullets, lexicon);
  if (folds.length === 0) out('  (one year only: no fold to hold out)');
  for (const fold of folds) {
    out(`  ${`${fold.trainedOn.join('+')} → ${fold.year}`.padEnd(22)} ${percent(accuracy(fold.predictions))}  ${count(fold.predictions)}`);
  }
  const heldOut = folds.flatMap((fold) => fold.predictions);
  if (folds.length) out(`  ${'all folds'.padEnd(22)} ${percent(accuracy(heldOut))}  ${count(heldOut)}`);

  out();
  out('Shipped model (weights.generated.ts) through the text parser; trained on these pages if they are the dev corpus,');
  out('so this is the optimistic figure, the held-out one above is the honest one');
  const shipped = judgeShippedSplitter(corpus.content, bullets);
  for (const year of years) {
    const ofYear = shipped.filter((outcome) => outcome.bullet.year === year);
    out(`  ${year.padEnd(22)} ${percent(accuracy(ofYear))}  ${count(ofYear)}`);
  }
  out(`  ${'all'.padEnd(22)} ${percent(accuracy(shipped))}  ${count(shipped)}`);

  out();
  const threshold = getShippedModel().uncertainBelow;
  out(`Warnings ("uncertain title split", below p = ${threshold.toFixed(4)})`);
  const warned = shipped.filter((outcome) => outcome.warned);
  const unwarned = shipped.filter((outcome) => !outcome.warned);
  out(`  shipped model: warns on ${share(warned.length, shipped.length)}; unwarned splits right ${percent(accuracy(unwarned))} ${count(unwarned)}`);
  if (heldOut.length) {
    const heldOutUnwarned = heldOut.filter((prediction) => prediction.probability >= threshold);
    out(
      `  held-out models, same threshold: would warn on ${share(heldOut.length - heldOutUnwarned.length, heldOut.length)}; unwarned splits right ${percent(accuracy(heldOutUnwarned))} ${count(heldOutUnwarned)}`,
    );
  }

  out();
  const { median, p99 } = timeSplitter(bullets);
  out(`Speed: median ${median.toFixed(0)} µs per bullet (99th percentile ${p99.toFixed(0)} µs), shipped splitBullet, ${TIMING_ROUNDS} rounds`);

  const wrong = (heldOut.length ? heldOut : shipped).filter((outcome) => !outcome.correct);
  out();
  out(`First ${Math.min(show, wrong.length)} of ${wrong.length} wrong ${heldOut.length ? 'held-out' : 'shipped'} splits (got, then the truth):`);
  for (const outcome of wrong.slice(0, show)) {
    out(`  ${outcome.bullet.file} #${outcome.bullet.index + 1}`);
    out(`    got   ${JSON.stringify(outcome.title)} | ${JSON.stringify(clip(outcome.abstract))}`);
    out(`    truth ${JSON.stringify(outcome.bullet.title)} | ${JSON.stringify(clip(outcome.bullet.abstract))}`);
  }
}

/** Median and 99th percentile of the shipped splitter's time per bullet, after a warm-up round. */
function timeSplitter(bullets: readonly LabelledBullet[]): { median: number; p99: number } {
  for (const bullet of bullets) splitBullet(bullet.text, bullet.context);
  const times: number[] = [];
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const bullet of bullets) {
      const start = performance.now();
      splitBullet(bullet.text, bullet.context);
      times.push((performance.now() - start) * 1000);
    }
  }
  return times.length ? { median: median(times), p99: percentile(times, 99) } : { median: 0, p99: 0 };
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`.padStart(6);
}

function count(items: readonly { correct: boolean }[]): string {
  return `(${items.filter((item) => item.correct).length}/${items.length})`;
}

function share(part: number, whole: number): string {
  return `${part} of ${whole} (${whole ? ((100 * part) / whole).toFixed(1) : '0.0'}%)`;
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval:split: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
