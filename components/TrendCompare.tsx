/**
 * The comparison's two charts, as static HTML: the default one on /trends/. The compare script
 * (components/trends/main.ts) draws the same markup in the browser for the address's values, from
 * the same functions (lib/site/trend-compare.ts, lib/site/line-chart.ts).
 */
import { TrendFigure } from './TrendFigure';
import { compareColumns, formatPercentAxis, organizationShareSeries, projectShareSeries, type CompareData, type CompareTag } from '@/lib/site/trend-compare';

export function CompareFigures({ data, tags }: { data: CompareData; tags: readonly CompareTag[] }) {
  if (tags.length === 0) return <p className="muted">Nothing to compare yet.</p>;
  const names = tags.map((tag) => tag.name).join(', ');
  return (
    <div className="trend-grid">
      <TrendFigure
        id="compare-organizations"
        title={`Share of organizations naming ${names}`}
        note="From the first year the archive tags organizations."
        years={data.years}
        series={organizationShareSeries(data, tags)}
        formatAxis={formatPercentAxis}
        columns={compareColumns(data, tags, 'organizations')}
      />
      <TrendFigure
        id="compare-projects"
        title={`Share of projects naming ${names} in their own title or abstract`}
        years={data.years}
        series={projectShareSeries(data, tags)}
        formatAxis={formatPercentAxis}
        columns={compareColumns(data, tags, 'projects')}
      />
    </div>
  );
}
