/**
 * What each page of the registry (lib/site/pages.ts) is as a response: a document drawn by its
 * view below, a redirect page, or a data file as it is. A new page type adds its view here; the
 * registry's DocumentViewProps makes TypeScript ask for it.
 */
import { documentResponse, type DocumentPage } from './document';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OpenDataPage } from './pages/OpenDataPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { OrganizationsPage, SCRIPTED_LAYOUT } from './pages/OrganizationsPage';
import { OrganizationYearPage } from './pages/OrganizationYearPage';
import { ProjectPage } from './pages/ProjectPage';
import { RedirectPage } from './pages/RedirectPage';
import { SearchPage } from './pages/SearchPage';
import { TagPage } from './pages/TagPage';
import { TagsPage } from './pages/TagsPage';
import { TechnologiesPage } from './pages/TechnologiesPage';
import { TechnologyPage } from './pages/TechnologyPage';
import { TrendsPage } from './pages/TrendsPage';
import { YearPage } from './pages/YearPage';
import { YearsPage } from './pages/YearsPage';
import { ORGANIZATION_FINDER_DATA_PATH } from '@/lib/paths';
import { assetUrl } from '@/lib/site/assets';
import { listYears } from '@/lib/site/catalog';
import { catalogCompareData, catalogTrends, defaultCompare } from '@/lib/site/catalog-trends';
import { listCategories } from '@/lib/site/categories';
import { FINDER_SCRIPT_PATH, publicPath, SEARCH_DATA_PATH, SEARCH_SCRIPT_PATH, SEARCH_WORKER_PATH, TRENDS_SCRIPT_PATH } from '@/lib/site/publishing';
import { finderDataFile, getFinder } from '@/lib/site/finder';
import { readOpenDataManifest } from '@/lib/site/open-data-files';
import { redirectMeta } from '@/lib/site/page-metadata';
import type { DocumentPageEntry, DocumentView, DocumentViewProps, PageEntry } from '@/lib/site/pages';
import { searchIndexSummary } from '@/lib/site/search-index';
import { listTechnologies } from '@/lib/site/technologies';
import { listTopics } from '@/lib/site/topics';
import { tagSlug } from '@/lib/slugs';

/** A document's page but its metadata, which the registry gives. */
type View<V extends DocumentView> = (props: DocumentViewProps[V]) => Omit<DocumentPage, 'meta'>;

const VIEWS: { [V in DocumentView]: View<V> } = {
  // The home page's own search form is the site's: the header then has none.
  home: () => ({ body: <HomePage />, headerSearch: false }),
  // The organization finder: every organization as a card, filtered and sorted in the browser by
  // its script (components/finder/); ~670 cards reach the browser with no React runtime beside them (see the
  // budget in components/pages/OrganizationsPage.tsx).
  organizations: () => {
    const dataUrl = `${publicPath(ORGANIZATION_FINDER_DATA_PATH)}?v=${finderDataFile().version}`;
    return {
      head: (
        <>
          {/* eslint-disable-next-line no-restricted-syntax -- dataUrl is publicPath(…) with its version */}
          <link rel="preload" href={dataUrl} as="fetch" crossOrigin="anonymous" />
          <script dangerouslySetInnerHTML={{ __html: SCRIPTED_LAYOUT }} />
          <script src={assetUrl(FINDER_SCRIPT_PATH)} defer />
        </>
      ),
      body: <OrganizationsPage finder={getFinder()} dataUrl={dataUrl} />,
    };
  },
  years: () => ({ body: <YearsPage /> }),
  year: (props) => ({ body: <YearPage {...props} /> }),
  organization: (props) => ({ body: <OrganizationPage {...props} /> }),
  'organization-year': (props) => ({ body: <OrganizationYearPage {...props} /> }),
  project: (props) => ({ body: <ProjectPage {...props} /> }),
  technologies: () => ({ body: <TechnologiesPage technologies={listTechnologies()} /> }),
  technology: (props) => ({ body: <TechnologyPage {...props} /> }),
  tags: ({ kind }) => ({ body: <TagsPage kind={kind} tags={kind === 'topic' ? listTopics() : listCategories()} /> }),
  tag: (props) => ({ body: <TagPage {...props} /> }),
  // The search page's own small script, not React: the ~140 KB of React runtime a Next page
  // brought was a third of what the first result waited for (lib/search/README.md).
  search: () => {
    const metaUrl = assetUrl(`${SEARCH_DATA_PATH}meta.json`);
    return {
      head: (
        <>
          {/* eslint-disable-next-line no-restricted-syntax -- metaUrl is assetUrl(…): base path and version in */}
          <link rel="preload" href={metaUrl} as="fetch" crossOrigin="anonymous" />
          <script src={assetUrl(SEARCH_SCRIPT_PATH)} defer />
        </>
      ),
      // One search box: the page's own (the header's would search the same projects from above it).
      headerSearch: false,
      body: (
        <SearchPage
          metaUrl={metaUrl}
          workerUrl={assetUrl(SEARCH_WORKER_PATH)}
          index={searchIndexSummary()}
          years={listYears()
            .filter((year) => year.projectCount > 0)
            .map((year) => year.year)
            .sort((a, b) => b - a)}
          technologyFilter={listTechnologies().length > 0}
        />
      ),
    };
  },
  // The program's history in figures; one small script, the comparison's (components/trends/).
  trends: () => ({
    head: <script src={assetUrl(TRENDS_SCRIPT_PATH)} defer />,
    body: <TrendsPage trends={catalogTrends()} compare={defaultCompare()} compareData={catalogCompareData()} slugOf={tagSlug} />,
  }),
  // The files themselves are written by `catalog build-data`; the page says what they hold.
  'open-data': () => ({ body: <OpenDataPage manifest={readOpenDataManifest()} /> }),
  // Its own search form is the site's: the header then has none.
  'not-found': () => ({ body: <NotFoundPage />, headerSearch: false }),
};

function documentOf(entry: DocumentPageEntry): Response {
  const { meta, props } = entry.read();
  // TypeScript cannot pair a union's view with its props; the registry's type does (DocumentPageEntry).
  const view = VIEWS[entry.view] as View<typeof entry.view> as (props: unknown) => Omit<DocumentPage, 'meta'>;
  return documentResponse({ meta, ...view(props) }, entry.view === 'not-found' ? 404 : 200);
}

/** The response for one page of the registry. */
export function pageResponse(page: PageEntry): Response {
  if (page.type === 'data') return new Response(page.read(), { headers: { 'Content-Type': page.contentType } });
  if (page.type === 'redirect') return documentResponse({ meta: redirectMeta(page.to), body: <RedirectPage to={page.to} /> });
  return documentOf(page);
}
