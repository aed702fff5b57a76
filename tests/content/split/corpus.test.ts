/**
 * The splitter measured on the real archive pages in ../shared/corpus (never copied into the
 * repository). Skipped, saying so, where that corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy } from '../../../scripts/split-training/cross-year';
import { readLabelledCorpus, type LabelledBullet } from '../../../scripts/split-training/dev-corpus';
import { corpusOptions, DEFAULT_API, DEFAULT_CONTENT } from '../../../scripts/split-training/options';
import { trainFromCorpus, type TrainingRun } from '../../../scripts/split-training/pipeline';
import { judgeShippedSplitter, type ShippedOutcome } from '../../../scripts/split-training/shipped';

const corpusPresent = existsSync(`${DEFAULT_CONTENT}/labels.json`) && existsSync(DEFAULT_API);
if (!corpusPresent) console.warn(`splitter corpus tests skipped: no labelled pages at ${DEFAULT_CONTENT} or no archive JSON at ${DEFAULT_API} (they are not part of the repository)`);
// Reading 426 pages and training four models take seconds, more on a busy machine.
const READING_TIMEOUT = 60_000;
const TRAINING_TIMEOUT = 300_000;

describe.skipIf(!corpusPresent)('splitter on the archive corpus', () => {
  let bullets: LabelledBullet[];
  let shipped: ShippedOutcome[];
  beforeAll(() => {
    bullets = readLabelledCorpus(DEFAULT_CONTENT, `${DEFAULT_CONTENT}/labels.json`).bullets;
    shipped = judgeShippedSplitter(DEFAULT_CONTENT, bullets);
  }, READING_TIMEOUT);

  it('reads every labelled bullet through the text parser', () => {
    expect(bullets.length).toBe(2057);
  });

  it('splits at least 95% of the dev corpus exactly with the shipped model', () => {
    expect(accuracy(shipped)).toBeGreaterThanOrEqual(0.95);
  });

  it('is right on at least 99% of the splits it does not warn about, warning on under a quarter', () => {
    const unwarned = shipped.filter((outcome) => !outcome.warned);
    expect(accuracy(unwarned)).toBeGreaterThanOrEqual(0.99);
    expect(unwarned.length / shipped.length).toBeGreaterThan(0.75);
  });

  describe('training', () => {
    let run: TrainingRun;
    beforeAll(() => {
      run = trainFromCorpus(corpusOptions({}));
    }, TRAINING_TIMEOUT);

    it('reproduces the committed weights byte for byte (else run npm run train:split)', () => {
      expect(run.source).toBe(readFileSync('lib/content/split/weights.generated.ts', 'utf8'));
    });

    it('splits every held-out year at least 95% right when trained on the other years', () => {
      expect(run.folds.map((fold) => fold.year)).toEqual(['2009', '2010', '2011']);
      for (const fold of run.folds) expect(accuracy(fold.predictions), fold.year).toBeGreaterThanOrEqual(0.95);
    });
  });
});
