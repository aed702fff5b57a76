import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProjectPage } from '@/components/pages/ProjectPage';
import { editionOf, getOrganization, getOrganizationYear, getProject, listProjects, projectsOf } from '@/lib/site/catalog';
import { projectMetadata } from '@/lib/site/page-metadata';

type Params = Promise<{ org: string; edition: string; project: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return listProjects().map((project) => ({ org: project.organizationSlug, edition: editionOf(project), project: project.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, edition, project } = await params;
  const record = getProject(org, edition, project);
  return record ? projectMetadata(record) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { org, edition, project } = await params;
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  const record = getProject(org, edition, project);
  if (!organization || !organizationYear || !record) notFound();
  return <ProjectPage organization={organization} edition={organizationYear} project={record} siblings={projectsOf(organizationYear)} />;
}
