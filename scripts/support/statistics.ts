/**
 * The benchmarks' one median and one percentile, so that "median" means the same in every table of
 * docs/measurements.md. Both leave their input unsorted and refuse an empty list: a figure made of
 * no measurement is a bug in the bench, not a zero.
 */

/** The middle value of the sorted list; the mean of the two middle values when the count is even. */
export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values, 'median');
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest measured value with at least `p`% of the values at or
 * below it (p95 of 20 values is the 19th smallest). Always a value that was measured, never one
 * interpolated between two: a p95 of latencies is a real query's time.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  const sorted = sortedCopy(values, `p${p}`);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

function sortedCopy(values: readonly number[], what: string): number[] {
  if (values.length === 0) throw new RangeError(`${what} of no values`);
  if (values.some((value) => Number.isNaN(value))) throw new RangeError(`${what} of a list holding NaN`);
  return [...values].sort((a, b) => a - b);
}
