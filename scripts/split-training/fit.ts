/**
 * Fits the softmax-over-cuts weights: minimizes the negative log-likelihood of the true cut plus
 * an L2 penalty, by Newton's method. There are few features, so the exact Hessian is cheap, and
 * with no random start or sampling the result is the same on every run.
 */

export interface TrainingExample {
  /** Feature vectors of the candidate cuts. */
  features: Float64Array[];
  /** Index into `features` of the true cut. */
  gold: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (the bias included: keeps every weight finite). */
  l2: number;
  iterations: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { l2: 1, iterations: 30 };

/** A feature vector kept as its non-zero entries: most features of a cut are zero. */
interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

interface SparseExample {
  candidates: SparseVector[];
  gold: number;
}

/** Returns weights that maximize the penalized likelihood of the true cuts. */
export function fitWeights(examples: readonly TrainingExample[], dimension: number, options: FitOptions = DEFAULT_FIT_OPTIONS): Float64Array {
  const sparse = examples.map((example) => ({ candidates: example.features.map(toSparse), gold: example.gold }));
  let weights = new Float64Array(dimension);
  let loss = objective(sparse, weights, options.l2);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const { gradient, hessian } = derivatives(sparse, weights, options.l2);
    const step = solve(hessian, gradient, dimension);
    // Damped Newton: halve the step until the objective goes down.
    let scale = 1;
    let improved = false;
    for (let tries = 0; tries < 30; tries++, scale /= 2) {
      const candidate = Float64Array.from(weights, (w, i) => w - scale * step[i]!);
      const candidateLoss = objective(sparse, candidate, options.l2);
      if (candidateLoss < loss) {
        improved = loss - candidateLoss > 1e-9 * Math.max(1, loss);
        weights = candidate;
        loss = candidateLoss;
        break;
      }
    }
    if (!improved) break;
  }
  return weights;
}

function toSparse(vector: Float64Array): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  vector.forEach((value, index) => {
    if (value !== 0) {
      indices.push(index);
      values.push(value);
    }
  });
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

function scoresOf(example: SparseExample, weights: Float64Array): number[] {
  return example.candidates.map((vector) => {
    let sum = 0;
    for (let n = 0; n < vector.indices.length; n++) sum += vector.values[n]! * weights[vector.indices[n]!]!;
    return sum;
  });
}

function objective(examples: readonly SparseExample[], weights: Float64Array, l2: number): number {
  let loss = 0;
  for (const example of examples) {
    const scores = scoresOf(example, weights);
    const max = Math.max(...scores);
    let total = 0;
    for (const score of scores) total += Math.exp(score - max);
    loss += max + Math.log(total) - scores[example.gold]!;
  }
  for (const w of weights) loss += (l2 / 2) * w * w;
  return loss;
}

function derivatives(examples: readonly SparseExample[], weights: Float64Array, l2: number) {
  const d = weights.length;
  const gradient = Float64Array.from(weights, (w) => l2 * w);
  const hessian = new Float64Array(d * d);
  for (let i = 0; i < d; i++) hessian[i * d + i] = l2;
  const mean = new Float64Array(d);
  for (const example of examples) {
    const scores = scoresOf(example, weights);
    const max = Math.max(...scores);
    const exps = scores.map((score) => Math.exp(score - max));
    const total = exps.reduce((sum, value) => sum + value, 0);
    mean.fill(0);
    example.candidates.forEach(({ indices, values }, c) => {
      const p = exps[c]! / total;
      if (p < 1e-12) return;
      for (let m = 0; m < indices.length; m++) {
        const i = indices[m]!;
        const pi = p * values[m]!;
        mean[i]! += pi;
        for (let n = 0; n < indices.length; n++) hessian[i * d + indices[n]!]! += pi * values[n]!;
      }
    });
    const gold = example.candidates[example.gold]!;
    for (let n = 0; n < gold.indices.length; n++) gradient[gold.indices[n]!]! -= gold.values[n]!;
    const active: number[] = [];
    for (let i = 0; i < d; i++) if (mean[i] !== 0) active.push(i);
    for (const i of active) {
      gradient[i]! += mean[i]!;
      for (const j of active) hessian[i * d + j]! -= mean[i]! * mean[j]!;
    }
  }
  return { gradient, hessian };
}

/** Solves H x = g for a symmetric positive definite H by Cholesky decomposition. */
function solve(hessian: Float64Array, gradient: Float64Array, d: number): Float64Array {
  const lower = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = hessian[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * d + k]! * lower[j * d + k]!;
      lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = gradient[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * d + k]! * y[k]!;
    y[i] = sum / lower[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= lower[k * d + i]! * x[k]!;
    x[i] = sum / lower[i * d + i]!;
  }
  return x;
}
