// One topic: the organizations that gave it and their recent projects. A document: see components/document.tsx.
import { documentRoute } from '@/components/document';
import { tagDocument, TagPage } from '@/components/pages/TagPage';
import { topicPath } from '@/lib/paths';
import { tagRouteSlugs } from '@/lib/site/redirects';
import { getTopic } from '@/lib/site/topics';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return tagRouteSlugs('topic').map((topic) => ({ topic }));
}

export const GET = documentRoute(
  ({ topic }: { topic: string }) => topicPath(topic),
  (_path, { topic }) => tagDocument('topic', topic, getTopic, (found) => <TagPage tag={found} />),
);
