import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrganizationYearPage } from '@/components/pages/OrganizationYearPage';
import { editionOf, getOrganization, getOrganizationYear, listOrganizationYears, projectsOf } from '@/lib/site/catalog';
import { organizationYearMetadata } from '@/lib/site/page-metadata';

type Params = Promise<{ org: string; edition: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return listOrganizationYears().map((edition) => ({ org: edition.slug, edition: editionOf(edition) }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, edition } = await params;
  const organizationYear = getOrganizationYear(org, edition);
  return organizationYear ? organizationYearMetadata(organizationYear) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { org, edition } = await params;
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  if (!organization || !organizationYear) notFound();
  return <OrganizationYearPage organization={organization} edition={organizationYear} projects={projectsOf(organizationYear)} />;
}
