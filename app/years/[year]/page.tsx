import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { YearPage } from '@/components/pages/YearPage';
import { getYear, listYears } from '@/lib/site/catalog';
import { yearMetadata } from '@/lib/site/page-metadata';

type Params = Promise<{ year: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return listYears().map((year) => ({ year: String(year.year) }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const year = getYear(Number((await params).year));
  return year ? yearMetadata(year) : {};
}

export default async function Page({ params }: { params: Params }) {
  const { year } = await params;
  const years = listYears();
  const index = years.findIndex((candidate) => String(candidate.year) === year);
  if (index === -1) notFound();
  return <YearPage year={years[index]!} previous={years[index - 1]?.year} next={years[index + 1]?.year} />;
}
