import type { Project } from '@/lib/content/schema';
import { abstractExcerpt } from '@/lib/render';
import { publicPath } from '@/lib/site/publishing';

/** Projects with the start of each abstract, as an organization-year page lists them. */
export function ProjectList({ projects, headingLevel = 3 }: { projects: Project[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="project-list">
      {projects.map((project) => (
        <li key={project.path}>
          <Heading>
            <a href={publicPath(project.path)}>{project.title}</a>
          </Heading>
          {project.contributor && <p className="muted">by <bdi>{project.contributor}</bdi></p>}
          {project.abstract && <p>{abstractExcerpt(project)}</p>}
        </li>
      ))}
    </ul>
  );
}
