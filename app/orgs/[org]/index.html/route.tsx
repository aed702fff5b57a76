// An organization across all its years; an old slug of it redirects. A document: see lib/site/document.tsx.
import { OrganizationPage } from '@/components/pages/OrganizationPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { getOrganization, listOrganizations } from '@/lib/site/catalog';
import { documentRoute } from '@/lib/site/document';
import { organizationMeta, redirectMeta } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...listOrganizations().map((organization) => organization.slug), ...redirectParams(1).map(([org]) => org!)].map((org) => ({ org }));
}

export const GET = documentRoute(({ org }: { org: string }) => {
  const organization = getOrganization(org);
  if (organization) return { meta: organizationMeta(organization), body: <OrganizationPage organization={organization} /> };
  const redirect = getRedirect(`/orgs/${org}/`);
  return redirect && { meta: redirectMeta(redirect.to), body: <RedirectPage redirect={redirect} /> };
});
