// Every technology's and topic's series for the comparison on /trends/ (lib/site/trend-compare.ts): a static file in the export.
import { catalogCompareData } from '@/lib/site/catalog-trends';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(catalogCompareData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
