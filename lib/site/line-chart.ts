/**
 * A line chart's geometry: the paths of some series over the years, in a box of fixed units that
 * the page stretches to its width (the SVG is drawn with preserveAspectRatio="none" and strokes
 * that do not scale, so a line is as thin on a phone as on a desktop). Text is never inside the
 * SVG: labels are HTML around it, at full size at 375 px (an SVG scaled down drew 11 px text 5 px
 * tall, components/YearChart.tsx). Browser-safe: components/LineChart.tsx and the compare script
 * (components/trends/main.ts) both draw from it.
 */

/** The viewBox: wide and low, as the chart is drawn. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 200;

/** How many colour-and-dash styles public/site.css defines for series (line-chart__line--0…); more series reuse them. */
export const SERIES_STYLES = 5;

export interface ChartSeries {
  label: string;
  /** One value per year of the chart; null where the series has no figure (a gap in the line). */
  values: readonly (number | null)[];
}

export interface ChartGeometry {
  /** The top of the value axis: the largest value rounded up to a round number. */
  max: number;
  /** One SVG path per series ("M x y L x y …"; a gap starts a new "M"); a single point is a short stub. */
  paths: string[];
  /** The y of each grid line (0, half, max), top down. */
  gridLines: number[];
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `value`: an axis top a reader can take in. */
export function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-12) return step * power;
  return 10 * power;
}

/** Where a year lies across the chart, 0 to 1: by calendar year, so that years the archive lacks leave their room. */
export function yearPosition(years: readonly number[], year: number): number {
  const first = years[0]!;
  const last = years.at(-1)!;
  return last === first ? 0.5 : (year - first) / (last - first);
}

/** Labels closer than this share of the chart's width would run into each other at 375 px. */
const LABEL_SPACING = 0.2;

/**
 * The years that get a label under the chart: the first, the last, and each that follows a gap
 * (2016 after 2011), but for one too close to a label already kept or to the last.
 */
export function labelledYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const last = years.at(-1)!;
  const kept = [years[0]!];
  for (const [index, year] of years.entries()) {
    if (index === 0 || year === last || year === years[index - 1]! + 1) continue;
    const position = yearPosition(years, year);
    if (position - yearPosition(years, kept.at(-1)!) >= LABEL_SPACING && yearPosition(years, last) - position >= LABEL_SPACING) kept.push(year);
  }
  if (last !== years[0]) kept.push(last);
  return kept;
}

/**
 * The paths of the series over `years` (oldest first, each series' values aligned with them),
 * scaled to a common maximum. A line never crosses a year the archive lacks: 2011 and 2016 are
 * not joined, as nothing is known between.
 */
export function chartGeometry(years: readonly number[], series: readonly ChartSeries[]): ChartGeometry {
  const largest = Math.max(0, ...series.flatMap((one) => one.values.filter((value): value is number => value !== null)));
  const max = roundUp(largest);
  const x = (index: number) => yearPosition(years, years[index]!) * CHART_WIDTH;
  const y = (value: number) => CHART_HEIGHT - (value / max) * CHART_HEIGHT;
  const joined = (index: number) => index > 0 && years[index] === years[index - 1]! + 1;
  const paths = series.map((one) => {
    let path = '';
    one.values.forEach((value, index) => {
      if (value === null) return;
      const point = `${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
      const continues = joined(index) && (one.values[index - 1] ?? null) !== null;
      const continued = index + 1 < years.length && joined(index + 1) && (one.values[index + 1] ?? null) !== null;
      // A point with no neighbour is drawn as a short level stub, so that it shows at all.
      path += continues ? ` L ${point}` : `${path ? ' ' : ''}M ${point}${continued ? '' : ' h 4'}`;
    });
    return path;
  });
  return { max, paths, gridLines: [0, CHART_HEIGHT / 2, CHART_HEIGHT] };
}
