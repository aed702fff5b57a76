// One category: the organizations filed under it and their recent projects. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { tagDocument, TagPage } from '@/components/pages/TagPage';
import { categoryPath } from '@/lib/paths';
import { tagRouteSlugs } from '@/lib/site/redirects';
import { getCategory } from '@/lib/site/categories';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return tagRouteSlugs('category').map((category) => ({ category }));
}

export const GET = documentRoute(
  ({ category }: { category: string }) => categoryPath(category),
  (_path, { category }) => tagDocument('category', category, getCategory, (found) => <TagPage tag={found} />),
);
