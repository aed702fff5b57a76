// One year: its organizations, A–Z. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { YearPage } from '@/components/pages/YearPage';
import { yearPath } from '@/lib/paths';
import { listYears } from '@/lib/site/catalog';
import { yearMeta } from '@/lib/site/page-metadata';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listYears().map((year) => ({ year: String(year.year) }));
}

export const GET = documentRoute(
  ({ year }: { year: string }) => yearPath(year),
  (_path, { year }) => {
    const years = listYears();
    const index = years.findIndex((candidate) => String(candidate.year) === year);
    if (index === -1) return undefined;
    return { meta: yearMeta(years[index]!), body: <YearPage year={years[index]!} previous={years[index - 1]?.year} next={years[index + 1]?.year} /> };
  },
);
