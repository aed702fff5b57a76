// An organization-year: what its archive page held. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { OrganizationYearPage } from '@/components/pages/OrganizationYearPage';
import { organizationRouteParams, organizationRoutePath } from '@/lib/paths';
import { getOrganization, getOrganizationYear, listOrganizationYears, projectsOf } from '@/lib/site/catalog';
import { organizationYearMeta } from '@/lib/site/page-metadata';
import { redirectPathsAtDepth } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...listOrganizationYears().map((organizationYear) => organizationYear.path), ...redirectPathsAtDepth(2)].map(organizationRouteParams);
}

export const GET = documentRoute(organizationRoutePath, (path) => {
  const organizationYear = getOrganizationYear(path);
  const organization = organizationYear && getOrganization(organizationYear.slug);
  if (!organizationYear || !organization) return undefined;
  return {
    meta: organizationYearMeta(organizationYear),
    body: <OrganizationYearPage organization={organization} organizationYear={organizationYear} projects={projectsOf(organizationYear)} />,
  };
});
