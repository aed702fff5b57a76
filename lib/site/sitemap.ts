import type { MetadataRoute } from 'next';
import { HOME_PATH, OPEN_DATA_PATH, ORGANIZATIONS_PATH, TAG_INDEX_PATHS, TRENDS_PATH, YEARS_PATH, yearPath } from '../paths';
import { absoluteUrl, SITE_URL } from './config';
import { listOrganizations, listOrganizationYears, listProjects, listYears } from './catalog';
import { TAG_INDEXES, TAG_KINDS } from './tags';

/**
 * Every page of the site, from the same getters the pages are built from; none without SITE_URL
 * (a sitemap's URLs must be absolute, and the build then leaves sitemap.xml out: lib/site/export.ts).
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  if (SITE_URL === undefined) return [];
  const paths = [
    HOME_PATH,
    ORGANIZATIONS_PATH,
    YEARS_PATH,
    ...listYears().map((year) => yearPath(year.year)),
    ...listOrganizations().map((organization) => organization.path),
    ...listOrganizationYears().map((organizationYear) => organizationYear.path),
    ...listProjects().map((project) => project.path),
    ...TAG_KINDS.flatMap((kind) => [TAG_INDEX_PATHS[kind], ...TAG_INDEXES[kind].list().map((tag) => tag.path)]),
    OPEN_DATA_PATH,
    TRENDS_PATH,
  ];
  return paths.map((path) => ({ url: absoluteUrl(path)! }));
}
