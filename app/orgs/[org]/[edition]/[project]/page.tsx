import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProjectPage } from '@/components/pages/ProjectPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { editionOf, getOrganization, getOrganizationYear, getProject, listProjects, projectsOf } from '@/lib/site/catalog';
import { redirectMetadata } from '@/lib/site/metadata';
import { projectMetadata } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

type Params = Promise<{ org: string; edition: string; project: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...listProjects().map((project) => ({ org: project.organizationSlug, edition: editionOf(project), project: project.slug })),
    ...redirectParams(3).map(([org, edition, project]) => ({ org: org!, edition: edition!, project: project! })),
  ];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, edition, project } = await params;
  const record = getProject(org, edition, project);
  if (record) return projectMetadata(record);
  const redirect = getRedirect(`/orgs/${org}/${edition}/${project}/`);
  return redirect ? redirectMetadata(redirect.to) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { org, edition, project } = await params;
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  const record = getProject(org, edition, project);
  if (organization && organizationYear && record) {
    return <ProjectPage organization={organization} edition={organizationYear} project={record} siblings={projectsOf(organizationYear)} />;
  }
  const redirect = getRedirect(`/orgs/${org}/${edition}/${project}/`);
  if (redirect) return <RedirectPage redirect={redirect} />;
  notFound();
}
