import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrganizationPage } from '@/components/pages/OrganizationPage';
import { getOrganization, listOrganizations } from '@/lib/site/catalog';
import { organizationMetadata } from '@/lib/site/page-metadata';

type Params = Promise<{ org: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return listOrganizations().map((organization) => ({ org: organization.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const organization = getOrganization((await params).org);
  return organization ? organizationMetadata(organization) : {};
}

export default async function Page({ params }: { params: Params }) {
  const organization = getOrganization((await params).org);
  if (!organization) notFound();
  return <OrganizationPage organization={organization} />;
}
