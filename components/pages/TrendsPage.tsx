/**
 * /trends/: the program's history in figures. Every chart is static SVG with its numbers in a
 * table (components/TrendFigure.tsx); only the comparison has a script (components/trends/main.ts),
 * which redraws it for the address's ?compare=; without the script the page shows the default one.
 */
import { Breadcrumbs } from '../Breadcrumbs';
import { TagName } from '../TagName';
import { TrendFigure, LineChart, TrendTable, type TrendColumn } from '../TrendFigure';
import { CompareFigures } from '../TrendCompare';
import { HOME_PATH, OPEN_DATA_PATH, tagPath, TRENDS_PATH, trendsPath } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';
import { TAG_KIND_WORDS } from '@/lib/site/tag-index';
import { compareShards, formatPercentAxis, formatShare, type CompareData, type CompareTag } from '@/lib/site/trend-compare';
import { MOVEMENT_MIN_COUNT, type Movements, type TagMovement, type Trends } from '@/lib/site/trends';
import { TRENDS_COMPARE_FILES_ATTRIBUTE, TRENDS_ELEMENT_IDS } from '@/lib/site/trends-page';

const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'));
const span = (years: readonly number[]) => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? ''));

export function TrendsPage({ trends, compare, compareData, slugOf }: { trends: Trends; compare: CompareTag[]; compareData: CompareData; slugOf: (name: string) => string }) {
  const years = trends.years.map((figures) => figures.year);
  const first = years[0];
  const last = years.at(-1);
  const column = (label: string, cells: (figures: Trends['years'][number]) => string): TrendColumn => ({ label, cells: trends.years.map(cells) });
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Trends" />
      <h1>Trends</h1>
      <p className="lede">
        The archive’s history in figures, {first}–{last}: organizations and projects each year, how many organizations came back, which categories they
        filed under, and which technologies and topics rose and fell. Each chart has its numbers in a table beside it; the same series are in the{' '}
        <a href={publicPath(OPEN_DATA_PATH)}>open data</a>. <a href="#how">How each figure is counted</a>.
      </p>

      <h2 id="years">Organizations and projects per year</h2>
      <p className="muted">A year is every program of that calendar year together, as on the year pages; the archive lacks some years (those not drawn have no page in it).</p>
      <div className="trend-grid">
        <TrendFigure
          id="trend-organizations"
          title="Organizations per year: all, new and returning"
          years={years}
          series={[
            { label: 'Organizations', values: trends.years.map((figures) => figures.organizations) },
            { label: 'New', values: trends.years.map((figures) => figures.newOrganizations) },
            { label: 'Returning', values: trends.years.map((figures) => figures.returningOrganizations) },
          ]}
          columns={[column('Organizations', (figures) => count(figures.organizations)), column('New', (figures) => count(figures.newOrganizations)), column('Returning', (figures) => count(figures.returningOrganizations))]}
        />
        <TrendFigure
          id="trend-projects"
          title="Projects per year"
          years={years}
          series={[{ label: 'Projects', values: trends.years.map((figures) => figures.projects) }]}
          columns={[column('Projects', (figures) => count(figures.projects))]}
        />
        <TrendFigure
          id="trend-median"
          title="Projects per organization (median)"
          years={years}
          series={[{ label: 'Median projects per organization', values: trends.years.map((figures) => figures.medianProjects) }]}
          columns={[column('Median projects per organization', (figures) => count(figures.medianProjects))]}
        />
        <TrendFigure
          id="trend-back"
          title="Organizations back the next year"
          note="Of a year’s organizations, the share that took part the next calendar year too; “—” where the archive lacks that year."
          years={years}
          series={[{ label: 'Back the next year', values: trends.years.map((figures) => (figures.backNextYearShare === null ? null : figures.backNextYearShare * 100)) }]}
          formatAxis={formatPercentAxis}
          columns={[column('Back the next year', (figures) => count(figures.backNextYear)), column('Share', (figures) => formatShare(figures.backNextYearShare))]}
        />
      </div>

      <CategoryShares trends={trends} slugOf={slugOf} />

      <h2 id="rising">Rising and falling</h2>
      <p className="muted">
        The share of organizations naming a technology or topic in the last three years of tags against the three before, in percentage points. Only those
        named by at least {MOVEMENT_MIN_COUNT} organization-years in one of the two windows count, so that a handful of organizations does not lead.
      </p>
      {(['technology', 'topic'] as const).map((kind) => (
        <MovementTables key={kind} kind={kind} movements={trends.movements[kind]} slugOf={slugOf} />
      ))}

      <section aria-labelledby="compare-heading" className="trend-compare" id={TRENDS_ELEMENT_IDS.section} {...{ [TRENDS_COMPARE_FILES_ATTRIBUTE]: [...compareShards(compareData).keys()].join(' ') }}>
        <h2 id="compare-heading">Compare</h2>
        <p>
          Put a few technologies or topics side by side: their slugs, separated by commas (as in <a href={publicPath(trendsPath(['rust', 'go']))}>{trendsPath(['rust', 'go'])}</a>). The
          address keeps the comparison, to share. Values that name nothing are ignored.
        </p>
        <form className="trend-compare__form" method="get" action={publicPath(TRENDS_PATH)} id={TRENDS_ELEMENT_IDS.form}>
          <label htmlFor={TRENDS_ELEMENT_IDS.input}>Technologies or topics</label>
          <input id={TRENDS_ELEMENT_IDS.input} name="compare" type="text" defaultValue={compare.map((tag) => tag.slug).join(',')} autoComplete="off" spellCheck={false} />
          <button type="submit">Compare</button>
        </form>
        <noscript>
          <p className="muted">Without JavaScript, the comparison below stays the default one; each technology’s and topic’s own page has its line.</p>
        </noscript>
        <p className="muted" id={TRENDS_ELEMENT_IDS.status} aria-live="polite"></p>
        <div id={TRENDS_ELEMENT_IDS.figures}>
          <CompareFigures data={compareData} tags={compare} />
        </div>
      </section>

      <HowCounted />
    </>
  );
}

/** Each category's share of organizations per year: one small chart per category, the numbers in one table. */
function CategoryShares({ trends, slugOf }: { trends: Trends; slugOf: (name: string) => string }) {
  const years = trends.taggedYears.category;
  if (years.length === 0) return null;
  const categories = [...trends.tags.category.values()]
    .map((trend) => ({ trend, figures: trend.years.filter((figures) => years.includes(figures.year)) }))
    .sort((a, b) => (b.figures.at(-1)?.organizations ?? 0) - (a.figures.at(-1)?.organizations ?? 0) || a.trend.name.localeCompare(b.trend.name));
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Categories</h2>
      <p className="muted">
        Each category’s share of the year’s organizations, {span(years)} (the archive files organizations under a category from {years[0]} on), most organizations in{' '}
        {years.at(-1)} first.
      </p>
      <figure className="trend" aria-labelledby="trend-categories-title">
        <figcaption id="trend-categories-title" className="trend__title">
          Share of organizations per category
        </figcaption>
        <ul className="small-multiples">
          {categories.map(({ trend, figures }) => (
            <li key={trend.name}>
              <a href={publicPath(tagPath('category', slugOf(trend.name)))}>
                <TagName kind="category" name={trend.name} />
              </a>{' '}
              <span className="muted">{formatShare(figures.at(-1)?.organizationShare ?? null)}</span>
              <LineChart years={years} series={[{ label: trend.name, values: figures.map((one) => (one.organizationShare === null ? null : one.organizationShare * 100)) }]} formatAxis={formatPercentAxis} />
            </li>
          ))}
        </ul>
        <TrendTable id="trend-categories" years={years} columns={categories.map(({ trend, figures }) => ({ label: trend.name, cells: figures.map((one) => formatShare(one.organizationShare)) }))} />
      </figure>
    </section>
  );
}

function MovementTables({ kind, movements, slugOf }: { kind: 'technology' | 'topic'; movements: Movements | undefined; slugOf: (name: string) => string }) {
  const { plural: kinds, title } = TAG_KIND_WORDS[kind];
  if (!movements) return <p className="muted">Too few years of {kinds} to compare two windows of three.</p>;
  return (
    <div className="trend-grid">
      {(['rising', 'falling'] as const).map((direction) => (
        <div key={direction}>
          <h3 id={`${kind}-${direction}`}>
            {title}, {direction}
          </h3>
          {movements[direction].length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <div className="trend__table" role="region" aria-labelledby={`${kind}-${direction}`} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{TAG_KIND_WORDS[kind].label}</th>
                    <th scope="col">{span(movements.before)} (organization-years)</th>
                    <th scope="col">{span(movements.after)} (organization-years)</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {movements[direction].map((movement) => (
                    <MovementRow key={movement.name} movement={movement} slugOf={slugOf} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

function MovementRow({ movement, slugOf }: { movement: TagMovement; slugOf: (name: string) => string }) {
  const points = movement.change * 100;
  return (
    <tr>
      <th scope="row">
        <a href={publicPath(tagPath(movement.kind, slugOf(movement.name)))}>
          <TagName kind={movement.kind} name={movement.name} />
        </a>
      </th>
      <td>
        {formatShare(movement.before.share)} <span className="muted">({movement.before.count.toLocaleString('en-US')})</span>
      </td>
      <td>
        {formatShare(movement.after.share)} <span className="muted">({movement.after.count.toLocaleString('en-US')})</span>
      </td>
      <td>
        {points > 0 ? '+' : '−'}
        {Math.abs(points).toFixed(1)} pts
      </td>
    </tr>
  );
}

/** The definitions, as README gives them. */
function HowCounted() {
  return (
    <section aria-labelledby="how" className="prose">
      <h2 id="how">How each figure is counted</h2>
      <dl>
        <dt>Organizations, projects</dt>
        <dd>Per calendar year, every program of it together: an organization counts once a year. The median is of each organization’s projects that year.</dd>
        <dt>New, returning</dt>
        <dd>
          An organization is new in its first year in the archive and returning in any later year it takes part in, whatever the gap. The archive’s first year has
          neither. Back the next year: it also took part in the next calendar year.
        </dd>
        <dt>An organization names a technology or topic</dt>
        <dd>One of its organization-years that year is tagged with it, as the archive tags them from 2016 on (canonical spellings: “golang” is go).</dd>
        <dt>A project names a technology or topic</dt>
        <dd>
          Its own title or abstract has the name as a word or phrase, by the rule its own technologies follow (“C”, “R”, “D” and “Go” only capitalized, never inside
          “C++” or “R&amp;D”), whatever its organization’s tags: so every year from 2009 counts.
        </dd>
        <dt>A category’s projects</dt>
        <dd>The projects of the organization-years filed under it that year.</dd>
        <dt>Share</dt>
        <dd>Of that year’s organizations, or of its projects.</dd>
      </dl>
    </section>
  );
}
