// Every topic, A–Z. A document: see components/document.tsx.
import { documentResponse } from '@/components/document';
import { TagsPage } from '@/components/pages/TagsPage';
import { TOPICS_PATH } from '@/lib/paths';
import { listTopics } from '@/lib/site/topics';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: { title: 'Topics', description: 'The topics Google Summer of Code organizations give themselves, each with its organizations and their projects.', path: TOPICS_PATH },
    body: <TagsPage kind="topic" tags={listTopics()} />,
  });
}
