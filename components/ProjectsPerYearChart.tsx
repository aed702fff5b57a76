import { YearChart } from './YearChart';
import type { Year } from '@/lib/site/catalog';
import { yearBars } from './year-bars';
import { yearPath } from '@/lib/paths';

/** The whole catalog's projects per year, each bar leading to its year page. */
export function ProjectsPerYearChart({ years }: { years: Year[] }) {
  return <YearChart title="Projects per year" bars={yearBars(years.map((year) => ({ year: year.year, count: year.projectCount, href: yearPath(year.year) })))} />;
}
