import type { MetadataRoute } from 'next';
import { HOME_PATH, ORGANIZATIONS_PATH, TECHNOLOGIES_PATH, YEARS_PATH, yearPath } from '../paths';
import { absoluteUrl } from './config';
import { listOrganizations, listOrganizationYears, listProjects, listYears } from './catalog';
import { listTechnologies } from './technologies';

/** Every page of the site, from the same getters the pages are built from. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const paths = [
    HOME_PATH,
    ORGANIZATIONS_PATH,
    YEARS_PATH,
    ...listYears().map((year) => yearPath(year.year)),
    ...listOrganizations().map((organization) => organization.path),
    ...listOrganizationYears().map((organizationYear) => organizationYear.path),
    ...listProjects().map((project) => project.path),
    TECHNOLOGIES_PATH,
    ...listTechnologies().map((technology) => technology.path),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
