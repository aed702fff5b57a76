/**
 * The page registry: every file of the site, listed once from the catalog. A page is a document
 * (an HTML page drawn by one view of components/page-views.tsx, with its metadata), a redirect (an
 * old address, lib/site/redirects.ts) or a data file. The one route (app/[...file]/route.tsx) builds
 * what is listed here and nothing else, and the sitemap, robots.txt and the link checker
 * (scripts/check-links.ts) read the same list, so no page can be built and forgotten by one of them.
 *
 * A new page type is one entry below (its path from lib/paths.ts, its metadata, the props of its
 * view) and its view in components/page-views.tsx; the type below makes the view required.
 */
import { HOME_PATH, OPEN_DATA_PATH, ORGANIZATION_FINDER_DATA_PATH, ORGANIZATIONS_PATH, ROBOTS_PATH, SEARCH_PATH, SITEMAP_PATH, TAG_INDEX_PATHS, TRENDS_PATH, trendsCompareDataPath, YEARS_PATH, organizationYearPath, yearPath } from '../paths';
import type { OrganizationYear, Project } from '../content/schema';
import { getOrganization, getOrganizationYear, listOrganizations, listOrganizationYears, listProjects, listYears, projectsOf, type Organization, type Year } from './catalog';
import { catalogCompareData } from './catalog-trends';
import { compareShards } from './trend-compare';
import { SITE_DESCRIPTION, SITE_NAME } from './publishing';
import { finderDataFile } from './finder';
import type { PageMeta } from './metadata';
import { organizationMeta, organizationYearMeta, projectMeta, tagMeta, technologyMeta, yearMeta } from './page-metadata';
import { exportFile, NOT_FOUND_FILE } from './page-files';
import { absoluteUrlAt, type PublicAddress } from './public-address';
import { listRedirects } from './redirects';
import { robotsText, sitemapXml } from './sitemap';
import type { Tag } from './tag-index';
import { TAG_INDEXES } from './tag-indexes';
import type { Technology } from './technologies';

/** Each view of a document, with the props it is drawn from (components/page-views.tsx draws them). */
export interface DocumentViewProps {
  home: object;
  organizations: object;
  years: object;
  year: { year: Year; previous?: number; next?: number };
  organization: { organization: Organization };
  'organization-year': { organization: Organization; organizationYear: OrganizationYear; projects: Project[] };
  project: { organization: Organization; organizationYear: OrganizationYear; project: Project; siblings: Project[] };
  technologies: object;
  technology: { technology: Technology };
  /** The topics or the categories, A–Z. */
  tags: { kind: 'topic' | 'category' };
  /** One topic or category. */
  tag: { tag: Tag };
  search: object;
  'open-data': object;
  trends: object;
  'not-found': object;
}

export type DocumentView = keyof DocumentViewProps;

interface PageBase {
  /** The address, as lib/paths.ts builds it ("/orgs/kde/"), and the routing key. */
  path: string;
  /** Where the export writes it, from the site's root ("orgs/kde/index.html"). */
  file: string;
}

/** An HTML page: which view draws it, and what it says about itself. */
export type DocumentPageEntry = {
  [V in DocumentView]: PageBase & {
    type: 'document';
    view: V;
    /** Listed in the sitemap: a page of its own, not the search page or the 404. */
    indexed: boolean;
    /** Its metadata and its view's props, read when it is built (an excerpt of a text is not free). */
    read(): { meta: PageMeta; props: DocumentViewProps[V] };
  };
}[DocumentView];

/** An old address: a page that sends the browser on to `to`. */
export interface RedirectEntry extends PageBase {
  type: 'redirect';
  to: string;
}

/** A file served as it is: JSON data, sitemap.xml, robots.txt. */
export interface DataFileEntry extends PageBase {
  type: 'data';
  contentType: string;
  read(): string;
}

export type PageEntry = DocumentPageEntry | RedirectEntry | DataFileEntry;

function documentAt<V extends DocumentView>(view: V, path: string, read: () => { meta: PageMeta; props: DocumentViewProps[V] }, indexed = true): PageEntry {
  return { type: 'document', view, path, file: exportFile(path), indexed, read } as PageEntry;
}

function dataFileAt(path: string, contentType: string, read: () => string): DataFileEntry {
  return { type: 'data', path, file: exportFile(path), contentType, read };
}

const none = {};

/** The documents, in the order the sitemap lists them. */
function documents(): PageEntry[] {
  const years = listYears();
  return [
    documentAt('home', HOME_PATH, () => ({ meta: { title: SITE_NAME, description: SITE_DESCRIPTION, path: HOME_PATH, absoluteTitle: true }, props: none })),
    documentAt('organizations', ORGANIZATIONS_PATH, () => ({
      meta: {
        title: 'Organizations',
        description: 'Every organization in the Google Summer of Code archive: find them by year, program, category, technology and topic, and sort them by projects, years or trend.',
        path: ORGANIZATIONS_PATH,
      },
      props: none,
    })),
    documentAt('years', YEARS_PATH, () => ({ meta: { title: 'Years', description: 'Every year of the Google Summer of Code archive, with its organizations and projects.', path: YEARS_PATH }, props: none })),
    ...years.map((year, index) =>
      documentAt('year', yearPath(year.year), () => ({ meta: yearMeta(year), props: { year, previous: years[index - 1]?.year, next: years[index + 1]?.year } })),
    ),
    ...listOrganizations().map((organization) => documentAt('organization', organization.path, () => ({ meta: organizationMeta(organization), props: { organization } }))),
    ...listOrganizationYears().map((organizationYear) =>
      documentAt('organization-year', organizationYear.path, () => ({
        meta: organizationYearMeta(organizationYear),
        props: { organization: getOrganization(organizationYear.slug)!, organizationYear, projects: projectsOf(organizationYear) },
      })),
    ),
    ...listProjects().map((project) =>
      documentAt('project', project.path, () => {
        const organizationYear = getOrganizationYear(organizationYearPath(project.organizationSlug, project))!;
        return { meta: projectMeta(project), props: { organization: getOrganization(project.organizationSlug)!, organizationYear, project, siblings: projectsOf(organizationYear) } };
      }),
    ),
    documentAt('technologies', TAG_INDEX_PATHS.technology, () => ({
      meta: { title: 'Technologies', description: 'The technologies Google Summer of Code organizations use, each with its organizations and projects.', path: TAG_INDEX_PATHS.technology },
      props: none,
    })),
    ...(TAG_INDEXES.technology.list() as Technology[]).map((technology) => documentAt('technology', technology.path, () => ({ meta: technologyMeta(technology), props: { technology } }))),
    documentAt('tags', TAG_INDEX_PATHS.topic, () => ({
      meta: { title: 'Topics', description: 'The topics Google Summer of Code organizations give themselves, each with its organizations and their projects.', path: TAG_INDEX_PATHS.topic },
      props: { kind: 'topic' },
    })),
    ...TAG_INDEXES.topic.list().map((tag) => documentAt('tag', tag.path, () => ({ meta: tagMeta(tag), props: { tag } }))),
    documentAt('tags', TAG_INDEX_PATHS.category, () => ({
      meta: { title: 'Categories', description: 'The categories the Google Summer of Code archive files organizations under, each with its organizations and their projects.', path: TAG_INDEX_PATHS.category },
      props: { kind: 'category' },
    })),
    ...TAG_INDEXES.category.list().map((tag) => documentAt('tag', tag.path, () => ({ meta: tagMeta(tag), props: { tag } }))),
    documentAt('open-data', OPEN_DATA_PATH, () => ({
      meta: {
        title: 'Open data',
        description: 'The catalog’s organizations, organization-years and projects as JSON and CSV files, for the whole archive and for each year, with their columns, schemas and versions.',
        path: OPEN_DATA_PATH,
      },
      props: none,
    })),
    documentAt('trends', TRENDS_PATH, () => ({
      meta: {
        title: 'Trends',
        description: 'The Google Summer of Code archive over the years: organizations and projects per year, new and returning organizations, categories, and the technologies and topics rising and falling.',
        path: TRENDS_PATH,
      },
      props: none,
    })),
    documentAt('search', SEARCH_PATH, () => ({ meta: { title: 'Search projects', description: 'Search every Google Summer of Code project by keyword.', path: SEARCH_PATH }, props: none }), false),
    // Served by a static host for any unknown address, so it has no path of its own to index or name.
    {
      ...(documentAt('not-found', `/${NOT_FOUND_FILE}`, () => ({
        meta: { title: 'Page not found', description: 'There is no page at this address in the Google Summer of Code archive catalog.' },
        props: none,
      }), false) as DocumentPageEntry),
      file: NOT_FOUND_FILE,
    },
  ];
}

function redirects(): RedirectEntry[] {
  return listRedirects().map((redirect) => ({ type: 'redirect', path: redirect.from, file: exportFile(redirect.from), to: redirect.to }));
}

/** The data files; sitemap.xml only with a host (its URLs must be absolute). */
function dataFiles(address: PublicAddress, listed: readonly PageEntry[]): DataFileEntry[] {
  const sitemapUrl = absoluteUrlAt(address, SITEMAP_PATH);
  const indexed = () => listed.flatMap((page) => (page.type === 'document' && page.indexed ? [absoluteUrlAt(address, page.path)!] : []));
  return [
    dataFileAt(ORGANIZATION_FINDER_DATA_PATH, 'application/json; charset=utf-8', () => finderDataFile().text),
    ...[...compareShards(catalogCompareData())].map(([shard, data]) => dataFileAt(trendsCompareDataPath(shard), 'application/json; charset=utf-8', () => JSON.stringify(data))),
    ...(sitemapUrl === undefined ? [] : [dataFileAt(SITEMAP_PATH, 'application/xml; charset=utf-8', () => sitemapXml(indexed()))]),
    dataFileAt(ROBOTS_PATH, 'text/plain; charset=utf-8', () => robotsText(sitemapUrl)),
  ];
}

let cached: { address: PublicAddress; pages: PageEntry[]; byFile: Map<string, PageEntry> } | undefined;

function registry(address: PublicAddress) {
  if (cached?.address === address) return cached;
  const listed = documents();
  const built = new Set(listed.map((page) => page.file));
  // An old address a page lives at again is that page, not a redirect.
  listed.push(...redirects().filter((redirect) => !built.has(redirect.file)));
  const pages = [...listed, ...dataFiles(address, listed)];
  cached = { address, pages, byFile: new Map(pages.map((page) => [page.file, page])) };
  return cached;
}

/** Every page of the site published at `address`: documents (sitemap order), redirects, data files. */
export function listPages(address: PublicAddress): readonly PageEntry[] {
  return registry(address).pages;
}

/** The page the export writes at `file` ("orgs/kde/index.html"), if there is one. */
export function pageAtFile(address: PublicAddress, file: string): PageEntry | undefined {
  return registry(address).byFile.get(file);
}
