/** The lists a tag's page is made of: the organizations that gave it, and projects. */
import { plural, yearRanges } from '@/lib/human-readable';
import type { Project } from '@/lib/content/schema';
import type { TagUse } from '@/lib/site/tag-index';
import { publicPath } from '@/lib/site/publishing';

/** Each organization with the years it gave the tag and their projects. */
export function TagUseList({ uses }: { uses: readonly TagUse[] }) {
  return (
    <ul className="plain-list org-list">
      {uses.map((use) => (
        <li key={use.organization.slug}>
          <a href={publicPath(use.organization.path)}>{use.organization.name}</a>{' '}
          <span className="muted">
            · {yearRanges([...new Set(use.organizationYears.map((organizationYear) => organizationYear.year))].reverse())}, {plural(use.projectCount, 'project')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Projects as links, each with its organization and year. */
export function ProjectLinks({ projects }: { projects: readonly Project[] }) {
  return (
    <ul className="compact-list">
      {projects.map((project) => (
        <li key={project.path}>
          <a href={publicPath(project.path)}>{project.title}</a>{' '}
          <span className="muted">
            · <bdi>{project.organization}</bdi>, {project.year}
          </span>
        </li>
      ))}
    </ul>
  );
}
