// The program's history in figures. A document (components/document.tsx) with one small script: the comparison's.
import { documentResponse } from '@/components/document';
import { TrendsPage } from '@/components/pages/TrendsPage';
import { TRENDS_PATH } from '@/lib/paths';
import { tagSlug } from '@/lib/slugs';
import { assetUrl } from '@/lib/site/assets';
import { catalogCompareData, catalogTrends, defaultCompare } from '@/lib/site/catalog-trends';
import { TRENDS_SCRIPT_PATH } from '@/lib/site/config';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: {
      title: 'Trends',
      description: 'The Google Summer of Code archive over the years: organizations and projects per year, new and returning organizations, categories, and the technologies and topics rising and falling.',
      path: TRENDS_PATH,
    },
    head: <script src={assetUrl(TRENDS_SCRIPT_PATH)} defer />,
    body: <TrendsPage trends={catalogTrends()} compare={defaultCompare()} compareData={catalogCompareData()} slugOf={tagSlug} />,
  });
}
