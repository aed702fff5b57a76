// An organization across all its years; an old slug of it redirects. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { OrganizationPage } from '@/components/pages/OrganizationPage';
import { organizationRouteParams, organizationRoutePath } from '@/lib/paths';
import { getOrganizationAt, listOrganizations } from '@/lib/site/catalog';
import { organizationMeta } from '@/lib/site/page-metadata';
import { redirectPathsAtDepth } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...listOrganizations().map((organization) => organization.path), ...redirectPathsAtDepth(1)].map(organizationRouteParams);
}

export const GET = documentRoute(organizationRoutePath, (path) => {
  const organization = getOrganizationAt(path);
  return organization && { meta: organizationMeta(organization), body: <OrganizationPage organization={organization} /> };
});
