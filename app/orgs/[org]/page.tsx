import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrganizationPage } from '@/components/pages/OrganizationPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { getOrganization, listOrganizations } from '@/lib/site/catalog';
import { redirectMetadata } from '@/lib/site/metadata';
import { organizationMetadata } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

type Params = Promise<{ org: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return [...listOrganizations().map((organization) => organization.slug), ...redirectParams(1).map(([org]) => org!)].map((org) => ({ org }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org } = await params;
  const organization = getOrganization(org);
  if (organization) return organizationMetadata(organization);
  const redirect = getRedirect(`/orgs/${org}/`);
  return redirect ? redirectMetadata(redirect.to) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { org } = await params;
  const organization = getOrganization(org);
  if (organization) return <OrganizationPage organization={organization} />;
  const redirect = getRedirect(`/orgs/${org}/`);
  if (redirect) return <RedirectPage redirect={redirect} />;
  notFound();
}
