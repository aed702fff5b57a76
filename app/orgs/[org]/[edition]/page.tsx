import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrganizationYearPage } from '@/components/pages/OrganizationYearPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { editionOf, getOrganization, getOrganizationYear, listOrganizationYears, projectsOf } from '@/lib/site/catalog';
import { redirectMetadata } from '@/lib/site/metadata';
import { organizationYearMetadata } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

type Params = Promise<{ org: string; edition: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...listOrganizationYears().map((edition) => ({ org: edition.slug, edition: editionOf(edition) })),
    ...redirectParams(2).map(([org, edition]) => ({ org: org!, edition: edition! })),
  ];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, edition } = await params;
  const organizationYear = getOrganizationYear(org, edition);
  if (organizationYear) return organizationYearMetadata(organizationYear);
  const redirect = getRedirect(`/orgs/${org}/${edition}/`);
  return redirect ? redirectMetadata(redirect.to) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { org, edition } = await params;
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  if (organization && organizationYear) return <OrganizationYearPage organization={organization} edition={organizationYear} projects={projectsOf(organizationYear)} />;
  const redirect = getRedirect(`/orgs/${org}/${edition}/`);
  if (redirect) return <RedirectPage redirect={redirect} />;
  notFound();
}
