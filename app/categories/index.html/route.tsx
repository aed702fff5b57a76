// Every category, A–Z. A document: see components/document.tsx.
import { documentResponse } from '@/components/document';
import { TagsPage } from '@/components/pages/TagsPage';
import { CATEGORIES_PATH } from '@/lib/paths';
import { listCategories } from '@/lib/site/categories';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: { title: 'Categories', description: 'The categories the Google Summer of Code archive files organizations under, each with its organizations and their projects.', path: CATEGORIES_PATH },
    body: <TagsPage kind="category" tags={listCategories()} />,
  });
}
