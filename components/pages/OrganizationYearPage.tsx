import { Avatar } from '../Avatar';
import { Breadcrumbs } from '../Breadcrumbs';
import { Markup } from '../Markup';
import { OrganizationFacts } from '../OrganizationFacts';
import { ProjectList } from '../ProjectList';
import { editionName } from '@/lib/programs';
import type { OrganizationYear, Project } from '@/lib/content/schema';
import { plural } from '@/lib/human-readable';
import type { Organization } from '@/lib/site/catalog';
import { HOME_PATH, ORGANIZATIONS_PATH, yearPath } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** One organization-year: what its archive page held, and its projects. */
export function OrganizationYearPage({ organization, organizationYear, projects }: { organization: Organization; organizationYear: OrganizationYear; projects: Project[] }) {
  // The organization's other organization-years, oldest first, for previous/next links.
  const organizationYears = [...organization.organizationYears].reverse();
  const index = organizationYears.findIndex((candidate) => candidate.path === organizationYear.path);
  const previous = organizationYears[index - 1];
  const next = organizationYears[index + 1];
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: HOME_PATH },
          { label: 'Organizations', href: ORGANIZATIONS_PATH },
          { label: organization.name, href: organization.path },
        ]}
        current={String(organizationYear.programId === 'gsoc' ? organizationYear.year : editionName(organizationYear))}
      />
      <div className="title-row">
        <Avatar name={organizationYear.name} />
        <div>
          <h1>{organizationYear.name}</h1>
          <p className="eyebrow">
            <a href={publicPath(yearPath(organizationYear.year))}>{editionName(organizationYear)}</a> · {plural(projects.length, 'project')}
          </p>
        </div>
      </div>
      <Markup source={organizationYear.description} markup={organizationYear.markup} />
      <OrganizationFacts organizationYear={organizationYear} />

      <h2>Projects</h2>
      {projects.length > 0 ? <ProjectList projects={projects} /> : <p className="muted">The archive lists no projects for this organization this year.</p>}

      {(previous || next) && (
        <nav className="edition-nav" aria-label={`${organization.name} in other years`}>
          {previous ? <a href={publicPath(previous.path)}>← {editionName(previous)}</a> : <span />}
          {next ? <a href={publicPath(next.path)}>{editionName(next)} →</a> : <span />}
        </nav>
      )}
    </>
  );
}
