// One technology: the organizations and projects that use it. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { NoTechnologiesPage, TechnologyPage } from '@/components/pages/TechnologyPage';
import { TECHNOLOGIES_PATH, technologyPath } from '@/lib/paths';
import { technologyMeta } from '@/lib/site/page-metadata';
import { technologyRedirectSlugs } from '@/lib/site/redirects';
import { getTechnology, listTechnologies } from '@/lib/site/technologies';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const technologies = listTechnologies();
  // A static export needs at least one path per dynamic route: an archive without technologies
  // (the text pages of 2009–2015 name none) gets one page saying so, linked from nowhere.
  if (technologies.length === 0) return [{ technology: 'none' }];
  return [...technologies.map((technology) => technology.slug), ...technologyRedirectSlugs()].map((technology) => ({ technology }));
}

export const GET = documentRoute(
  ({ technology }: { technology: string }) => technologyPath(technology),
  (_path, { technology }) => {
    const found = getTechnology(technology);
    if (found) return { meta: technologyMeta(found), body: <TechnologyPage technology={found} /> };
    if (listTechnologies().length > 0) return undefined;
    return {
      meta: { title: 'No technologies', description: 'This catalog names no technologies.', path: TECHNOLOGIES_PATH, noindex: true },
      body: <NoTechnologiesPage />,
    };
  },
);
