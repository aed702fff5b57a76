import { Avatar } from '../Avatar';
import { Breadcrumbs } from '../Breadcrumbs';
import { Markup } from '../Markup';
import { OrganizationFacts } from '../OrganizationFacts';
import { ProjectList } from '../ProjectList';
import { editionName } from '@/lib/content/programs';
import type { OrganizationYear, Project } from '@/lib/content/schema';
import { plural } from '@/lib/format';
import type { Organization } from '@/lib/site/catalog';

/** One organization-year: what its archive page held, and its projects. */
export function OrganizationYearPage({ organization, edition, projects }: { organization: Organization; edition: OrganizationYear; projects: Project[] }) {
  // The organization's other editions, oldest first, for previous/next links.
  const editions = [...organization.editions].reverse();
  const index = editions.findIndex((candidate) => candidate.path === edition.path);
  const previous = editions[index - 1];
  const next = editions[index + 1];
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Organizations', href: '/orgs/' },
          { label: organization.name, href: organization.path },
        ]}
        current={String(edition.programId === 'gsoc' ? edition.year : editionName(edition))}
      />
      <div className="title-row">
        <Avatar name={edition.name} />
        <div>
          <h1>{edition.name}</h1>
          <p className="eyebrow">
            <a href={`/years/${edition.year}/`}>{editionName(edition)}</a> · {plural(projects.length, 'project')}
          </p>
        </div>
      </div>
      <Markup source={edition.description} markup={edition.markup} />
      <OrganizationFacts edition={edition} />

      <h2>Projects</h2>
      {projects.length > 0 ? <ProjectList projects={projects} /> : <p className="muted">The archive lists no projects for this organization this year.</p>}

      {(previous || next) && (
        <nav className="edition-nav" aria-label={`${organization.name} in other years`}>
          {previous ? <a href={previous.path}>← {editionName(previous)}</a> : <span />}
          {next ? <a href={next.path}>{editionName(next)} →</a> : <span />}
        </nav>
      )}
    </>
  );
}
