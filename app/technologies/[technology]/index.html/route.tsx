// One technology: the organizations and projects that use it. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { tagDocument } from '@/components/pages/TagPage';
import { TechnologyPage } from '@/components/pages/TechnologyPage';
import { technologyPath } from '@/lib/paths';
import { technologyMeta } from '@/lib/site/page-metadata';
import { tagRouteSlugs } from '@/lib/site/redirects';
import { getTechnology } from '@/lib/site/technologies';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return tagRouteSlugs('technology').map((technology) => ({ technology }));
}

export const GET = documentRoute(
  ({ technology }: { technology: string }) => technologyPath(technology),
  (_path, { technology }) => tagDocument('technology', technology, getTechnology, (found) => <TechnologyPage technology={found} />, technologyMeta),
);
