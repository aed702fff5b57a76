import type { Metadata } from 'next';
import { TagsPage } from '@/components/pages/TagsPage';
import { TOPICS_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';
import { listTopics } from '@/lib/site/topics';

export const metadata: Metadata = toNextMetadata({
  title: 'Topics',
  description: 'The topics Google Summer of Code organizations give themselves, each with its organizations and their projects.',
  path: TOPICS_PATH,
});

export default function Page() {
  return <TagsPage kind="topic" tags={listTopics()} />;
}
