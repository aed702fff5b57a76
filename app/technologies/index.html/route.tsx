// Every technology, A–Z. A document: see components/document.tsx.
import { documentResponse } from '@/components/document';
import { TechnologiesPage } from '@/components/pages/TechnologiesPage';
import { TECHNOLOGIES_PATH } from '@/lib/paths';
import { listTechnologies } from '@/lib/site/technologies';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: { title: 'Technologies', description: 'The technologies Google Summer of Code organizations use, each with its organizations and projects.', path: TECHNOLOGIES_PATH },
    body: <TechnologiesPage technologies={listTechnologies()} />,
  });
}
