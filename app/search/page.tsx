import type { Metadata } from 'next';
import { SearchPage } from '@/components/pages/SearchPage';
import { SEARCH_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';
import { listTechnologies } from '@/lib/site/technologies';

export const metadata: Metadata = toNextMetadata({
  title: 'Search projects',
  description: 'Search every Google Summer of Code project by keyword.',
  path: SEARCH_PATH,
});

export default function Page() {
  return <SearchPage technologyFilter={listTechnologies().length > 0} />;
}
