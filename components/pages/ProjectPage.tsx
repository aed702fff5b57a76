import { Breadcrumbs } from '../Breadcrumbs';
import { FieldValue } from '../ExternalLink';
import { Markup } from '../Markup';
import { TagLinks } from '../TagLinks';
import { editionName } from '@/lib/programs';
import type { OrganizationYear, Project } from '@/lib/content/schema';
import { absoluteUrl, publicPath } from '@/lib/site/publishing';
import type { Organization } from '@/lib/site/catalog';
import { HOME_PATH, ORGANIZATIONS_PATH, searchPath } from '@/lib/paths';

/** The project permalink: everything the archive knows about one project. */
export function ProjectPage({ organization, organizationYear, project, siblings }: { organization: Organization; organizationYear: OrganizationYear; project: Project; siblings: Project[] }) {
  const { shown: others, total } = neighbours(siblings, project);
  // The address this page is published at; site.js replaces it with the one it was opened at
  // (location), which is right on any host, and copies that.
  const permalink = absoluteUrl(project.path) ?? publicPath(project.path);
  return (
    <article>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: HOME_PATH },
          { label: 'Organizations', href: ORGANIZATIONS_PATH },
          { label: organization.name, href: organization.path },
          { label: organizationYear.programId === 'gsoc' ? String(organizationYear.year) : editionName(organizationYear), href: organizationYear.path },
        ]}
        current={project.title}
      />
      <p className="eyebrow">
        <a href={publicPath(organization.path)}>{project.organization}</a> · <a href={publicPath(organizationYear.path)}>{editionName(organizationYear)}</a>
      </p>
      <h1>{project.title}</h1>

      <dl className="facts">
        {project.contributor && (
          <>
            <dt>Contributor</dt>
            <dd>
              <PersonSearchLink name={project.contributor} />
            </dd>
          </>
        )}
        {project.mentors && (
          <>
            <dt>Mentors</dt>
            <dd>
              {project.mentors.map((mentor, index) => (
                <span key={index}>
                  {index > 0 && ', '}
                  <PersonSearchLink name={mentor} />
                </span>
              ))}
            </dd>
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
            <dt>Technologies it names</dt>
            <dd>
              <TagLinks kind="technology" names={project.technologies} />
            </dd>
          </>
        )}
        {project.organizationTechnologies.length > 0 && (
          <>
            {/* The archive tags the organization-year, not the project: say whose they are. */}
            <dt><bdi>{project.organization}</bdi>&apos;s technologies in {project.year}</dt>
            <dd>
              <TagLinks kind="technology" names={project.organizationTechnologies} />
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
        <span>Permalink:</span> <code data-permalink>{permalink}</code> <button type="button" className="button button--quiet" data-copy-permalink hidden>
          Copy link
        </button>
      </div>

      {others.length > 0 && (
        <section aria-labelledby="other-projects">
          <h2 id="other-projects">
            Other projects of <bdi>{project.organization}</bdi> in {editionName(organizationYear)}
          </h2>
          <ul className="compact-list">
            {others.map((sibling) => (
              <li key={sibling.path}>
                <a href={publicPath(sibling.path)}>{sibling.title}</a>
              </li>
            ))}
          </ul>
          {total > others.length && (
            <p>
              <a href={publicPath(organizationYear.path)}>All {total.toLocaleString('en-US')} other projects of {editionName(organizationYear)}</a>
            </p>
          )}
        </section>
      )}
    </article>
  );
}

/**
 * A contributor's or mentor's name, linking to the search for it: their other projects. A name is
 * not an identity, so the search shows every project of anyone so named, and the link says "named".
 */
function PersonSearchLink({ name }: { name: string }) {
  return (
    <a href={publicPath(searchPath({ q: name }))} title={`Projects of anyone named ${name}`}>
      {name}
    </a>
  );
}

/**
 * Projects beside this one on its organization-year's page, at most NEIGHBOURS_SHOWN: a page of
 * thousands of projects would otherwise make every project page list all the others, and the
 * export grow with the square of the page (100,000 bullets: 14 MB a page).
 */
export const NEIGHBOURS_SHOWN = 20;

function neighbours(siblings: Project[], project: Project): { shown: Project[]; total: number } {
  const index = siblings.findIndex((sibling) => sibling.path === project.path);
  const others = siblings.filter((sibling) => sibling.path !== project.path);
  if (others.length <= NEIGHBOURS_SHOWN) return { shown: others, total: others.length };
  const start = Math.min(Math.max(0, index - NEIGHBOURS_SHOWN / 2), others.length - NEIGHBOURS_SHOWN);
  return { shown: others.slice(start, start + NEIGHBOURS_SHOWN), total: others.length };
}
