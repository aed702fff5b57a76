import type { MetadataRoute } from 'next';
import { absoluteUrl } from './config';
import { listOrganizations, listOrganizationYears, listProjects, listYears } from './catalog';
import { listTechnologies } from './technologies';

/** Every page of the site, from the same getters the pages are built from. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const paths = [
    '/',
    '/orgs/',
    '/years/',
    ...listYears().map((year) => `/years/${year.year}/`),
    ...listOrganizations().map((organization) => organization.path),
    ...listOrganizationYears().map((edition) => edition.path),
    ...listProjects().map((project) => project.path),
    '/technologies/',
    ...listTechnologies().map((technology) => technology.path),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
