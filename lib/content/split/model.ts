/**
 * The splitting model: a log-linear (softmax) choice among a bullet's candidate cuts. Each cut
 * gets a score, the weights times its features; the best cut wins, and its probability against
 * the others says how sure the model is.
 */
import { analyzeBullet, FEATURE_NAMES, type BulletAnalysis } from './features';
import { createLexicon, decodeLexicon, type Lexicon } from './lexicon';

export interface SplitModel {
  /** One weight per feature, in FEATURE_NAMES order. */
  weights: Float64Array;
  lexicon: Lexicon;
  /** A best cut whose probability is below this is reported as uncertain. */
  uncertainBelow: number;
}

/** The serialized model, as the generated weights module holds it. */
export interface SerializedSplitModel {
  weights: Record<string, number>;
  lexicon: string;
  uncertainBelow: number;
}

export interface CutChoice {
  /** Number of words in the title. */
  words: number;
  /** Offset in the text where the abstract starts (the text's length when there is none). */
  offset: number;
  probability: number;
}

/** Builds a model from its serialized form; a feature the file lacks weighs zero. */
export function loadModel(serialized: SerializedSplitModel): SplitModel {
  const known = new Set<string>(FEATURE_NAMES);
  const unknown = Object.keys(serialized.weights).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`split weights name unknown features (${unknown.join(', ')}): run npm run train:split`);
  return {
    weights: Float64Array.from(FEATURE_NAMES, (name) => serialized.weights[name] ?? 0),
    lexicon: createLexicon(decodeLexicon(serialized.lexicon)),
    uncertainBelow: serialized.uncertainBelow,
  };
}

/** Probability of each cut of an analyzed bullet, in `analysis.cuts` order. */
export function cutProbabilities(analysis: BulletAnalysis, weights: Float64Array): Float64Array {
  const scores = analysis.features.map((vector) => dot(vector, weights));
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return Float64Array.from(exps, (value) => value / total);
}

/** The model's best cut of `text`, or undefined when the text has no words. */
export function chooseCut(model: SplitModel, text: string, organization?: string): CutChoice | undefined {
  const analysis = analyzeBullet(text, model.lexicon, organization);
  if (analysis.cuts.length === 0) return undefined;
  const probabilities = cutProbabilities(analysis, model.weights);
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  const words = analysis.cuts[best]!;
  const offset = analysis.tokens[words]?.start ?? text.length;
  return { words, offset, probability: probabilities[best]! };
}

/** The title and abstract of `text` cut at `offset`: trimmed slices, never re-joined words. */
export function sliceBullet(text: string, offset: number): { title: string; abstract: string } {
  return { title: text.slice(0, offset).trim(), abstract: text.slice(offset).trim() };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
