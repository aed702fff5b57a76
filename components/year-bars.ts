/** One bar of a projects-per-year chart. */
export interface YearBar {
  year: number;
  count: number;
  /** Where the bar leads; a bar without a link is a year with nothing to show. */
  href?: string;
}

/** Bars for every year from the first to the last given, so a year with nothing shows as a gap. */
export function yearBars(bars: YearBar[]): YearBar[] {
  if (bars.length === 0) return [];
  const byYear = new Map(bars.map((bar) => [bar.year, bar]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  return Array.from({ length: last - first + 1 }, (_, index) => byYear.get(first + index) ?? { year: first + index, count: 0 });
}
