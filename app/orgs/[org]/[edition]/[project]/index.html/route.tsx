// The project permalink. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { ProjectPage } from '@/components/pages/ProjectPage';
import { organizationRouteParams, organizationRoutePath, organizationYearPath } from '@/lib/paths';
import { getOrganization, getOrganizationYear, getProject, listProjects, projectsOf } from '@/lib/site/catalog';
import { projectMeta } from '@/lib/site/page-metadata';
import { redirectPathsAtDepth } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...listProjects().map((project) => project.path), ...redirectPathsAtDepth(3)].map(organizationRouteParams);
}

export const GET = documentRoute(organizationRoutePath, (path) => {
  const project = getProject(path);
  const organizationYear = project && getOrganizationYear(organizationYearPath(project.organizationSlug, project));
  const organization = project && getOrganization(project.organizationSlug);
  if (!project || !organizationYear || !organization) return undefined;
  return {
    meta: projectMeta(project),
    body: <ProjectPage organization={organization} organizationYear={organizationYear} project={project} siblings={projectsOf(organizationYear)} />,
  };
});
