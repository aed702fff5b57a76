// Every year. A document: see components/document.tsx.
import { documentResponse } from '@/components/document';
import { YearsPage } from '@/components/pages/YearsPage';
import { YEARS_PATH } from '@/lib/paths';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: { title: 'Years', description: 'Every year of the Google Summer of Code archive, with its organizations and projects.', path: YEARS_PATH },
    body: <YearsPage />,
  });
}
