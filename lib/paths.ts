/**
 * The site's URL map: every address a page lives at is built here, and read back here where the
 * code needs the parts of one (the search index, redirects). A new kind of page adds its builder
 * below; nothing else in the code writes "/orgs/…" by hand. Browser-safe (the search page's script uses it).
 *
 * A page's path starts and ends with "/": a static host serves it as the folder's index.html
 * (lib/site/page-files.ts); a data file's path is the file's.
 */
import type { TagKind } from './content/tag-vocabulary';
import type { FinderSort } from './site/finder-page';
import { editionSegment, parseEditionSegment, type Edition } from './programs';

export const HOME_PATH = '/';
export const ORGANIZATIONS_PATH = '/orgs/';
export const YEARS_PATH = '/years/';
export const TECHNOLOGIES_PATH = '/technologies/';
export const TOPICS_PATH = '/topics/';
export const CATEGORIES_PATH = '/categories/';
export const SEARCH_PATH = '/search/';
/** The program's history in figures (lib/site/trends.ts). */
export const TRENDS_PATH = '/trends/';
/**
 * Every technology's and topic's series, for the comparison on /trends/, in one file per first
 * character of their slugs ("r" holds rust's): lib/site/trend-compare.ts, compareShardOf.
 */
export function trendsCompareDataPath(shard: string): string {
  return `/trends/compare/${shard}.json`;
}
export const SITEMAP_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';
/** The organization finder's data: facet tables and each organization's values (lib/site/finder.ts). */
export const ORGANIZATION_FINDER_DATA_PATH = '/orgs/finder.json';
/** The open data page, and the folder of the files it describes (lib/site/open-data.ts). */
export const OPEN_DATA_PATH = '/data/';
/** Every open data file with its format, version, schema, record count and size. */
export const OPEN_DATA_MANIFEST_PATH = `${OPEN_DATA_PATH}index.json`;

/** What an open data file holds: one record per organization, organization-year or project; or the trends' series (lib/site/trends.ts). */
export type OpenDataKind = 'organizations' | 'organization-years' | 'projects' | 'year-trends' | 'tag-trends';
export type OpenDataFormat = 'json' | 'csv';

/** "/orgs/xen-project/": one organization across its years. */
export function organizationPath(organizationSlug: string): string {
  return `${ORGANIZATIONS_PATH}${organizationSlug}/`;
}

/**
 * "/orgs/xen-project/2014/" (or ".../code-in-2014/"): one organization-year. The edition is a
 * program and year, or its URL segment as a route receives it.
 */
export function organizationYearPath(organizationSlug: string, edition: Edition | string): string {
  const segment = typeof edition === 'string' ? edition : editionSegment(edition);
  return `${organizationPath(organizationSlug)}${segment}/`;
}

/** "/orgs/xen-project/2014/lazy-restore-using-memory-paging/": a project's permalink. */
export function projectPath(organizationSlug: string, edition: Edition | string, projectSlug: string): string {
  return `${organizationYearPath(organizationSlug, edition)}${projectSlug}/`;
}

/** "/years/2014/". */
export function yearPath(year: number | string): string {
  return `${YEARS_PATH}${year}/`;
}

/** "/technologies/python/". */
export function technologyPath(technologySlug: string): string {
  return `${TECHNOLOGIES_PATH}${technologySlug}/`;
}

/** "/topics/machine-learning/". */
export function topicPath(topicSlug: string): string {
  return `${TOPICS_PATH}${topicSlug}/`;
}

/** "/categories/programming-languages/". */
export function categoryPath(categorySlug: string): string {
  return `${CATEGORIES_PATH}${categorySlug}/`;
}

/** "/data/projects.csv" (the whole archive), or "/data/2014/projects.csv" (one year, every program). */
export function openDataFilePath(kind: OpenDataKind, format: OpenDataFormat, year?: number): string {
  return `${OPEN_DATA_PATH}${year === undefined ? '' : `${year}/`}${kind}.${format}`;
}

/** "/data/schemas/projects.v1.json": the JSON Schema of one kind's files at one version. */
export function openDataSchemaPath(kind: OpenDataKind, version: number): string {
  return `${OPEN_DATA_PATH}schemas/${kind}.v${version}.json`;
}

/** Where each kind of tag lists its values, A–Z: "/topics/". */
export const TAG_INDEX_PATHS: Readonly<Record<TagKind, string>> = { technology: TECHNOLOGIES_PATH, topic: TOPICS_PATH, category: CATEGORIES_PATH };

/** The page of one technology, topic or category, by its slug (tagSlug). */
export function tagPath(kind: TagKind, slug: string): string {
  return `${TAG_INDEX_PATHS[kind]}${slug}/`;
}

/** "/trends/?compare=rust,go#compare": technologies or topics (slugs) side by side; "/trends/" for none. */
export function trendsPath(compare: readonly string[] = []): string {
  return compare.length === 0 ? TRENDS_PATH : `${TRENDS_PATH}?compare=${compare.map(encodeURIComponent).join(',')}#compare`;
}

/** What the search page reads from its address: the query and its filters. */
export interface SearchParams {
  q?: string;
  year?: number | string;
  organization?: string;
  technology?: string;
}

/** "/search/?q=rust&technology=python": a search, as a link to share. Empty values are left out. */
export function searchPath(params: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH;
}

/**
 * What the organization finder (/orgs/) reads from its address. Slugs are the site's own (tagSlug,
 * organization slugs); facets that take several values repeat their parameter.
 */
export interface OrganizationFinderParams {
  q?: string;
  year?: (number | string)[];
  program?: string[];
  category?: string[];
  technology?: string[];
  topic?: string[];
  /** Organizations whose first year is this one. */
  first?: number | string;
  /** Organizations that took part in at least this many years. */
  min_years?: number | string;
  sort?: FinderSort;
}

/** The finder's parameters, in the order its address writes them (the finder's script writes its address here). */
export const ORGANIZATION_FINDER_PARAMS = ['q', 'year', 'program', 'category', 'technology', 'topic', 'first', 'min_years', 'sort'] as const;

/** "/orgs/?year=2025&technology=rust&sort=projects": a view of the organization finder, as a link. */
export function organizationsPath(params: OrganizationFinderParams = {}): string {
  const query = new URLSearchParams();
  for (const key of ORGANIZATION_FINDER_PARAMS) {
    const value = params[key];
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined && one !== '' && !(key === 'sort' && one === 'name')) query.append(key, String(one));
  }
  const text = query.toString();
  return text ? `${ORGANIZATIONS_PATH}?${text}` : ORGANIZATIONS_PATH;
}

/** The parts of an organization's address, read back from any path under it. */
export interface OrganizationPathParts {
  organizationSlug: string;
  /** Present for an organization-year or project path. */
  edition?: Edition;
  /** Present for a project path. */
  projectSlug?: string;
}

/**
 * Reads "/orgs/SLUG/[EDITION/[PROJECT/]]" back into its parts; undefined for any other path (or
 * an edition segment that names no program and year).
 */
export function parseOrganizationPath(path: string): OrganizationPathParts | undefined {
  if (!path.startsWith(ORGANIZATIONS_PATH)) return undefined;
  const segments = path.slice(ORGANIZATIONS_PATH.length).split('/').filter(Boolean);
  if (segments.length < 1 || segments.length > 3) return undefined;
  const [organizationSlug, segment, projectSlug] = segments as [string, string | undefined, string | undefined];
  if (segment === undefined) return { organizationSlug };
  const edition = parseEditionSegment(segment);
  if (!edition) return undefined;
  return projectSlug === undefined ? { organizationSlug, edition } : { organizationSlug, edition, projectSlug };
}
