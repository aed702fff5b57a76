import { Avatar } from '../Avatar';
import { Breadcrumbs } from '../Breadcrumbs';
import { OrganizationFacts } from '../OrganizationFacts';
import { Markup } from '../Markup';
import { YearChart } from '../YearChart';
import { editionName } from '@/lib/programs';
import { plural, yearRanges } from '@/lib/human-readable';
import { projectsOf, type Organization } from '@/lib/site/catalog';
import { yearBars } from '../year-bars';
import { takingPartOf, type TakingPart } from '@/lib/site/organization-facts';
import { similarOrganizations, type SimilarOrganization } from '@/lib/site/similar-organizations';
import { HOME_PATH, ORGANIZATIONS_PATH } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** One organization across all its years: what it is, its links, and its projects by year. */
export function OrganizationPage({ organization }: { organization: Organization }) {
  const { latest } = organization;
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
              Formerly{' '}
              {organization.formerNames.map((former, index) => (
                <span key={former.name}>
                  {index > 0 && ', '}
                  <bdi>{former.name}</bdi> ({yearRanges(former.years)})
                </span>
              ))}
            </p>
          )}
        </div>
      </div>
      <Markup source={latest.description} markup={latest.markup} />
      <OrganizationFacts organizationYear={latest} caption={`As of ${editionName(latest)}`} />

      <h2>In the archive</h2>
      <TakingPartFacts organization={organization} facts={takingPartOf(organization)} />

      {organization.years.length > 1 && (
        <>
          <h2>Projects per year</h2>
          <YearChart
            title={`${organization.name}: projects per year`}
            bars={yearBars(organization.projectsByYear.map(({ year, count }) => ({ year, count, href: organization.organizationYears.find((organizationYear) => organizationYear.year === year)!.path })))}
          />
        </>
      )}

      <SimilarOrganizations similar={similarOrganizations(organization)} />

      {organization.organizationYears.map((organizationYear) => {
        const projects = projectsOf(organizationYear);
        const headingId = `edition-${organizationYear.programId}-${organizationYear.year}`;
        return (
          <section key={organizationYear.path} aria-labelledby={headingId}>
            <div className="section-heading">
              <h2 id={headingId}>
                <a href={publicPath(organizationYear.path)}>{editionName(organizationYear)}</a>
              </h2>
              <span className="muted">{plural(projects.length, 'project')}</span>
            </div>
            {projects.length > 0 ? (
              <ul className="compact-list">
                {projects.map((project) => (
                  <li key={project.path}>
                    <a href={publicPath(project.path)}>{project.title}</a>
                    {project.contributor && <span className="muted"> · <bdi>{project.contributor}</bdi></span>}
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

/** Its first and latest year, how often and how long in a row it took part, its projects. */
function TakingPartFacts({ organization, facts }: { organization: Organization; facts: TakingPart }) {
  const { firstYear, latestYear, yearCount, archiveYearCount, longestRun, projectCount, bestYear } = facts;
  // A year links to its organization-year (Summer of Code before Code-in, as the organization lists them).
  const yearLink = (year: number) => <a href={publicPath(organization.organizationYears.find((organizationYear) => organizationYear.year === year)!.path)}>{year}</a>;
  return (
    <dl className="facts taking-part">
      <dt>First year</dt>
      <dd>{yearLink(firstYear)}</dd>
      {latestYear !== firstYear && (
        <>
          <dt>Latest year</dt>
          <dd>{yearLink(latestYear)}</dd>
        </>
      )}
      <dt>Years taken part</dt>
      <dd>
        {yearCount} of the {plural(archiveYearCount, 'year')} in the archive since {firstYear}
      </dd>
      <dt>Longest run</dt>
      <dd>
        {plural(longestRun.length, 'year')}
        {longestRun.length > 1 && ` in a row, ${longestRun.from}–${longestRun.to}`}
      </dd>
      <dt>Projects</dt>
      <dd>
        {projectCount.toLocaleString('en-US')} in total
        {bestYear && yearCount > 1 && (
          <>
            ; {bestYear.projectCount.toLocaleString('en-US')} in its best year, {yearLink(bestYear.year)}
          </>
        )}
      </dd>
    </dl>
  );
}

/** Up to five organizations that share its technologies and topics; nothing when none is alike enough. */
function SimilarOrganizations({ similar }: { similar: SimilarOrganization[] }) {
  if (similar.length === 0) return null;
  return (
    <section aria-labelledby="similar-organizations">
      <h2 id="similar-organizations">Similar organizations</h2>
      <p className="muted">By the technologies and topics they share, those active most recently first.</p>
      <ul className="plain-list">
        {similar.map(({ organization, shared }) => (
          <li key={organization.slug}>
            <a href={publicPath(organization.path)}>{organization.name}</a>{' '}
            <span className="muted">
              · {yearRanges(organization.years)} · shares {shared.slice(0, 4).join(', ')}
              {shared.length > 4 && ` and ${shared.length - 4} more`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
