// An organization-year: what its archive page held. A document: see lib/site/document.tsx.
import { OrganizationYearPage } from '@/components/pages/OrganizationYearPage';
import { RedirectPage } from '@/components/pages/RedirectPage';
import { editionOf, getOrganization, getOrganizationYear, listOrganizationYears, projectsOf } from '@/lib/site/catalog';
import { documentRoute } from '@/lib/site/document';
import { organizationYearMeta, redirectMeta } from '@/lib/site/page-metadata';
import { getRedirect, redirectParams } from '@/lib/site/redirects';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...listOrganizationYears().map((edition) => ({ org: edition.slug, edition: editionOf(edition) })),
    ...redirectParams(2).map(([org, edition]) => ({ org: org!, edition: edition! })),
  ];
}

export const GET = documentRoute(({ org, edition }: { org: string; edition: string }) => {
  const organization = getOrganization(org);
  const organizationYear = getOrganizationYear(org, edition);
  if (organization && organizationYear) {
    return {
      meta: organizationYearMeta(organizationYear),
      body: <OrganizationYearPage organization={organization} edition={organizationYear} projects={projectsOf(organizationYear)} />,
    };
  }
  const redirect = getRedirect(`/orgs/${org}/${edition}/`);
  return redirect && { meta: redirectMeta(redirect.to), body: <RedirectPage redirect={redirect} /> };
});
