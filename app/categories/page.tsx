import type { Metadata } from 'next';
import { TagsPage } from '@/components/pages/TagsPage';
import { CATEGORIES_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';
import { listCategories } from '@/lib/site/categories';

export const metadata: Metadata = toNextMetadata({
  title: 'Categories',
  description: 'The categories the Google Summer of Code archive files organizations under, each with its organizations and their projects.',
  path: CATEGORIES_PATH,
});

export default function Page() {
  return <TagsPage kind="category" tags={listCategories()} />;
}
