import { SearchForm } from '../SearchForm';
import { ProjectsPerYearChart } from '../ProjectsPerYearChart';
import { YearGrid } from '../YearGrid';
import { catalogTotals, listYears } from '@/lib/site/catalog';
import { ORGANIZATIONS_PATH, TRENDS_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

export function HomePage() {
  const totals = catalogTotals();
  const years = listYears();
  const span = totals.firstYear === totals.lastYear ? `${totals.firstYear}` : `${totals.firstYear}–${totals.lastYear}`;
  return (
    <>
      <h1>Google Summer of Code, every project</h1>
      <p className="lede">
        Browse the archive by organization and year, open any project at its own permanent link, or search project ideas by
        keyword.
      </p>
      {/* The site's search box on this page: the header has none here (documentResponse's headerSearch). */}
      <SearchForm id="site-search" name="Site search" large shortcut />
      <ul className="stats" aria-label="What the catalog holds">
        <li>
          <strong>{totals.projects.toLocaleString('en-US')}</strong> <span>projects</span>
        </li>
        <li>
          <strong>{totals.organizations.toLocaleString('en-US')}</strong> <span>organizations</span>
        </li>
        <li>
          <strong>{totals.organizationYears.toLocaleString('en-US')}</strong> <span>organization-years</span>
        </li>
        <li>
          <strong>{span}</strong> <span>{years.length === 1 ? 'year' : `${years.length} years`}</span>
        </li>
      </ul>

      <h2>Projects per year</h2>
      <ProjectsPerYearChart years={years} />
      <p>
        <a href={publicPath(TRENDS_PATH)}>Trends over the years</a>: new and returning organizations, categories, technologies and topics rising and falling.
      </p>

      <h2>Years</h2>
      <YearGrid years={years} />
      <p>
        <a href={publicPath(ORGANIZATIONS_PATH)}>All organizations, A–Z</a>
      </p>
    </>
  );
}
