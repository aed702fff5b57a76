/**
 * A technology's, topic's or category's line over the years, on its page: organizations that named
 * it (from the first year of tags) and projects that name it themselves (every year), as counts
 * and as shares of the year; its first and peak years; the organizations that used it longest.
 * A category's projects are those of its organization-years (lib/site/trends.ts says why).
 */
import { TrendFigure } from './TrendFigure';
import { plural, yearRanges } from '@/lib/human-readable';
import { organizationPath, trendsPath } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';
import { catalogTrends, tagTrend } from '@/lib/site/catalog-trends';
import { TAG_KIND_WORDS, type Tag } from '@/lib/site/tag-index';
import { countAndShare, formatShare } from '@/lib/site/trend-compare';
import { summarizeSeries, type SeriesSummary, type TagTrend, type Trends } from '@/lib/site/trends';

export function TagTrendSection({ trend, trends, slug }: { trend: TagTrend; trends: Pick<Trends, 'years' | 'taggedYears'>; slug: string }) {
  const { singular } = TAG_KIND_WORDS[trend.kind];
  const isCategory = trend.kind === 'category';
  const tagged = new Set(trends.taggedYears[trend.kind]);
  // Organizations: the years with tags of the kind. Projects: every year (a category's only from its first).
  const organizationYears = trend.years.filter((figures) => tagged.has(figures.year));
  const projectYears = isCategory ? organizationYears : trend.years;
  const totals = new Map(trends.years.map((figures) => [figures.year, figures]));
  const organizationsSummary = summarizeSeries(trend, 'organizations');
  const projectsSummary = summarizeSeries(trend, 'projects');
  const named = isCategory ? `filed under ${trend.name}` : `naming ${trend.name}`;
  return (
    <section aria-labelledby="over-the-years">
      <h2 id="over-the-years">Over the years</h2>
      <ul className="plain-list trend-summary">
        <SummaryLine summary={organizationsSummary} what={`Organizations ${named}`} unit="organization" />
        <SummaryLine summary={projectsSummary} what={isCategory ? 'Their projects' : `Projects naming ${trend.name} in their own title or abstract`} unit="project" />
      </ul>
      <div className="trend-grid">
        <TrendFigure
          id="trend-tag-organizations"
          title={`Organizations ${named}, per year`}
          note={`The archive tags organizations from ${organizationYears[0]?.year ?? 2016} on; the share is of the year’s organizations.`}
          years={organizationYears.map((figures) => figures.year)}
          series={[{ label: 'Organizations', values: organizationYears.map((figures) => figures.organizations) }]}
          columns={[{ label: 'Organizations (share)', cells: organizationYears.map((figures) => countAndShare(figures.organizations, totals.get(figures.year)!.organizations)) }]}
        />
        <TrendFigure
          id="trend-tag-projects"
          title={isCategory ? `Projects of organizations ${named}, per year` : `Projects naming ${trend.name} in their own title or abstract, per year`}
          note={
            isCategory
              ? 'The projects of the organization-years filed under it; the share is of the year’s projects.'
              : `Any organization’s project whose title or abstract names ${trend.name}, by the rule of a project’s own technologies; the share is of the year’s projects.`
          }
          years={projectYears.map((figures) => figures.year)}
          series={[{ label: 'Projects', values: projectYears.map((figures) => figures.projects) }]}
          columns={[{ label: 'Projects (share)', cells: projectYears.map((figures) => countAndShare(figures.projects, totals.get(figures.year)!.projects)) }]}
        />
      </div>
      {trend.longestUsers.length > 0 && (
        <>
          <h3>Used longest</h3>
          <p className="muted">The organizations that named this {singular} in the most years.</p>
          <ul className="plain-list org-list">
            {trend.longestUsers.map((user) => (
              <li key={user.slug}>
                <a href={publicPath(organizationPath(user.slug))}>{user.name}</a>{' '}
                <span className="muted">
                  · {plural(user.years.length, 'year')}: {yearRanges(user.years)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!isCategory && (
        <p>
          <a href={publicPath(trendsPath([slug]))}>Compare {trend.name} with other technologies and topics</a>
        </p>
      )}
    </section>
  );
}

function SummaryLine({ summary, what, unit }: { summary: SeriesSummary; what: string; unit: string }) {
  if (summary.first === undefined || !summary.peak) return <li>{what}: none in any year.</li>;
  return (
    <li>
      {what}: first in {summary.first}; most in {summary.peak.year}, {plural(summary.peak.count, unit)} ({formatShare(summary.peak.share)} of that year’s).
    </li>
  );
}

/** The section for one of the catalog's tags (nothing for a tag the trends do not hold). */
export function CatalogTagTrend({ tag }: { tag: Pick<Tag, 'kind' | 'name' | 'slug'> }) {
  const trend = tagTrend(tag.kind, tag.name);
  return trend ? <TagTrendSection trend={trend} trends={catalogTrends()} slug={tag.slug} /> : null;
}
