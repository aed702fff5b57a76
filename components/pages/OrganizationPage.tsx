import { Avatar } from '../Avatar';
import { Breadcrumbs } from '../Breadcrumbs';
import { OrganizationFacts } from '../OrganizationFacts';
import { Markup } from '../Markup';
import { YearChart } from '../YearChart';
import { editionName } from '@/lib/programs';
import { plural, yearRanges } from '@/lib/format';
import { projectsOf, type Organization } from '@/lib/site/catalog';
import { yearBars } from '@/lib/site/charts';
import { HOME_PATH, ORGANIZATIONS_PATH } from '@/lib/paths';

/** One organization across all its years: what it is, its links, and its projects by year. */
export function OrganizationPage({ organization }: { organization: Organization }) {
  const { latest } = organization;
  const countsByYear = new Map<number, number>();
  for (const organizationYear of organization.organizationYears) countsByYear.set(organizationYear.year, (countsByYear.get(organizationYear.year) ?? 0) + organizationYear.projectCount);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: 'Organizations', href: ORGANIZATIONS_PATH }]} current={organization.name} />
      <div className="title-row">
        <Avatar name={organization.name} />
        <div>
          <h1>{organization.name}</h1>
          <p className="eyebrow">
            {plural(organization.projectCount, 'project')} · {yearRanges(organization.years)}
          </p>
          {organization.formerNames.length > 0 && (
            <p className="muted">
              Formerly {organization.formerNames.map((former) => `${former.name} (${yearRanges(former.years)})`).join(', ')}
            </p>
          )}
        </div>
      </div>
      <Markup source={latest.description} markup={latest.markup} />
      <OrganizationFacts organizationYear={latest} caption={`As of ${editionName(latest)}`} />

      {organization.years.length > 1 && (
        <>
          <h2>Projects per year</h2>
          <YearChart
            title={`${organization.name}: projects per year`}
            bars={yearBars([...countsByYear].map(([year, count]) => ({ year, count, href: organization.organizationYears.find((organizationYear) => organizationYear.year === year)!.path })))}
          />
        </>
      )}

      {organization.organizationYears.map((organizationYear) => {
        const projects = projectsOf(organizationYear);
        const headingId = `edition-${organizationYear.programId}-${organizationYear.year}`;
        return (
          <section key={organizationYear.path} aria-labelledby={headingId}>
            <div className="section-heading">
              <h2 id={headingId}>
                <a href={organizationYear.path}>{editionName(organizationYear)}</a>
              </h2>
              <span className="muted">{plural(projects.length, 'project')}</span>
            </div>
            {projects.length > 0 ? (
              <ul className="compact-list">
                {projects.map((project) => (
                  <li key={project.path}>
                    <a href={project.path}>{project.title}</a>
                    {project.contributor && <span className="muted"> · {project.contributor}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No projects listed for this year.</p>
            )}
          </section>
        );
      })}
    </>
  );
}
