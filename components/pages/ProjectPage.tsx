import { Breadcrumbs } from '../Breadcrumbs';
import { FieldValue } from '../ExternalLink';
import { Markup } from '../Markup';
import { TechnologyTags } from '../OrganizationFacts';
import { editionName } from '@/lib/content/programs';
import type { OrganizationYear, Project } from '@/lib/content/schema';
import { absoluteUrl } from '@/lib/site/config';
import type { Organization } from '@/lib/site/catalog';

/** The project permalink: everything the archive knows about one project. */
export function ProjectPage({ organization, edition, project, siblings }: { organization: Organization; edition: OrganizationYear; project: Project; siblings: Project[] }) {
  const others = siblings.filter((sibling) => sibling.path !== project.path);
  const permalink = absoluteUrl(project.path);
  return (
    <article>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Organizations', href: '/orgs/' },
          { label: organization.name, href: organization.path },
          { label: edition.programId === 'gsoc' ? String(edition.year) : editionName(edition), href: edition.path },
        ]}
        current={project.title}
      />
      <p className="eyebrow">
        <a href={organization.path}>{project.organization}</a> · <a href={edition.path}>{editionName(edition)}</a>
      </p>
      <h1>{project.title}</h1>

      <dl className="facts">
        {project.contributor && (
          <>
            <dt>Contributor</dt>
            <dd>{project.contributor}</dd>
          </>
        )}
        {project.mentors && (
          <>
            <dt>Mentors</dt>
            <dd>{project.mentors.join(', ')}</dd>
          </>
        )}
        {project.codeUrl && (
          <>
            <dt>Code</dt>
            <dd>
              <FieldValue value={project.codeUrl} />
            </dd>
          </>
        )}
        {project.technologies.length > 0 && (
          <>
            <dt>Technologies</dt>
            <dd>
              <TechnologyTags technologies={project.technologies} />
            </dd>
          </>
        )}
        {project.projectUrl && (
          <>
            <dt>Archive page</dt>
            <dd>
              <FieldValue value={project.projectUrl} />
            </dd>
          </>
        )}
      </dl>

      <h2>Abstract</h2>
      {project.abstract ? <Markup source={project.abstract} markup={project.markup} /> : <p className="muted">The archive has no abstract for this project.</p>}

      <div className="permalink">
        <span>Permalink:</span> <code>{permalink}</code> <button type="button" className="button button--quiet" data-copy={permalink} hidden>
          Copy link
        </button>
      </div>

      {others.length > 0 && (
        <section aria-labelledby="other-projects">
          <h2 id="other-projects">
            Other projects of {project.organization} in {editionName(edition)}
          </h2>
          <ul className="compact-list">
            {others.map((sibling) => (
              <li key={sibling.path}>
                <a href={sibling.path}>{sibling.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
