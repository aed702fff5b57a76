// The search page: a document (components/document.tsx) with its own small script, not a Next
// page: the ~140 KB of React runtime a Next page brings was a third of what the first result
// waited for (lib/search/README.md, Measurements).
import { documentResponse } from '@/components/document';
import { SearchPage } from '@/components/pages/SearchPage';
import { SEARCH_PATH } from '@/lib/paths';
import { assetUrl } from '@/lib/site/assets';
import { listYears } from '@/lib/site/catalog';
import { SEARCH_DATA_PATH, SEARCH_SCRIPT_PATH, SEARCH_WORKER_PATH } from '@/lib/site/config';
import { searchIndexSummary } from '@/lib/site/search-index';
import { listTechnologies } from '@/lib/site/technologies';

export const dynamic = 'force-static';

export function GET(): Response {
  const metaUrl = assetUrl(`${SEARCH_DATA_PATH}meta.json`);
  return documentResponse({
    meta: { title: 'Search projects', description: 'Search every Google Summer of Code project by keyword.', path: SEARCH_PATH },
    head: (
      <>
        {/* eslint-disable-next-line no-restricted-syntax -- metaUrl is assetUrl(…): base path and version in */}
        <link rel="preload" href={metaUrl} as="fetch" crossOrigin="anonymous" />
        <script src={assetUrl(SEARCH_SCRIPT_PATH)} defer />
      </>
    ),
    // One search box: the page's own (the header's would search the same projects from above it).
    headerSearch: false,
    body: <SearchPage metaUrl={metaUrl} workerUrl={assetUrl(SEARCH_WORKER_PATH)} index={searchIndexSummary()} years={listYears().filter((year) => year.projectCount > 0).map((year) => year.year).sort((a, b) => b - a)} technologyFilter={listTechnologies().length > 0} />,
  });
}
