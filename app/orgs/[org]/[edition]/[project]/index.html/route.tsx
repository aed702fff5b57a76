// The project permalink. A document: see lib/site/document.tsx.
import { ProjectPage } from '@/components/pages/ProjectPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { editionOf, getOrganization, getOrganizationYear, getProject, listProjects, projectsOf } from '@/lib/site/catalog';
import { documentRoute } from '@/lib/site/document';
import { projectMeta, redirectMeta } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...listProjects().map((project) => ({ org: project.organizationSlug, edition: editionOf(project), project: project.slug })),
    ...redirectParams(3).map(([org, edition, project]) => ({ org: org!, edition: edition!, project: project! })),
  ];
}

export const GET = documentRoute(({ org, edition, project }: { org: string; edition: string; project: string }) => {
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  const record = getProject(org, edition, project);
  if (organization && organizationYear && record) {
    return {
      meta: projectMeta(record),
      body: <ProjectPage organization={organization} edition={organizationYear} project={record} siblings={projectsOf(organizationYear)} />,
    };
  }
  const redirect = getRedirect(`/orgs/${org}/${edition}/${project}/`);
  return redirect && { meta: redirectMeta(redirect.to), body: <RedirectPage redirect={redirect} /> };
});
