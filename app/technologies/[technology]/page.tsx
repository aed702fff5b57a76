import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TechnologyPage } from '@/components/pages/TechnologyPage';
import { technologyMetadata } from '@/lib/site/page-metadata';
import { getTechnology, listTechnologies } from '@/lib/site/technologies';

type Params = Promise<{ technology: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  const technologies = listTechnologies();
  // Static export needs at least one page per dynamic route; an archive without technologies
  // (the text pages of 2009–2015) gets a page that says so rather than a failed build.
  return technologies.length > 0 ? technologies.map((technology) => ({ technology: technology.slug })) : [{ technology: 'none' }];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const technology = getTechnology((await params).technology);
  return technology ? technologyMetadata(technology) : { title: 'No technologies', robots: { index: false } };
}

export default async function Page({ params }: { params: Params }) {
  const technology = getTechnology((await params).technology);
  if (!technology) notFound();
  return <TechnologyPage technology={technology} />;
}
