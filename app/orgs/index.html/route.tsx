// The organization finder: every organization as a card, filtered and sorted in the browser by
// its script (components/finder/). A document (components/document.tsx), not a Next page: ~670 cards must reach
// the browser with no React runtime beside them (see the budget in components/pages/OrganizationsPage.tsx).
import { documentResponse } from '@/components/document';
import { OrganizationsPage } from '@/components/pages/OrganizationsPage';
import { ORGANIZATIONS_PATH, ORGANIZATION_FINDER_DATA_PATH } from '@/lib/paths';
import { assetUrl } from '@/lib/site/assets';
import { FINDER_SCRIPT_PATH, publicPath } from '@/lib/site/config';
import { finderDataFile, getFinder } from '@/lib/site/finder';

export const dynamic = 'force-static';

export function GET(): Response {
  const dataUrl = `${publicPath(ORGANIZATION_FINDER_DATA_PATH)}?v=${finderDataFile().version}`;
  return documentResponse({
    meta: {
      title: 'Organizations',
      description: 'Every organization in the Google Summer of Code archive: find them by year, program, category, technology and topic, and sort them by projects, years or trend.',
      path: ORGANIZATIONS_PATH,
    },
    head: (
      <>
        {/* eslint-disable-next-line no-restricted-syntax -- dataUrl is publicPath(…) with its version */}
        <link rel="preload" href={dataUrl} as="fetch" crossOrigin="anonymous" />
        <script src={assetUrl(FINDER_SCRIPT_PATH)} defer />
      </>
    ),
    body: <OrganizationsPage finder={getFinder()} dataUrl={dataUrl} />,
  });
}
