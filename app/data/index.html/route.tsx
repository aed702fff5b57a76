// The Open data page: what the files in /data/ hold (lib/site/open-data.ts). A document
// (components/document.tsx); the files themselves are written by `catalog build-data`.
import { documentResponse } from '@/components/document';
import { OpenDataPage } from '@/components/pages/OpenDataPage';
import { OPEN_DATA_PATH } from '@/lib/paths';
import { readOpenDataManifest } from '@/lib/site/open-data-files';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({
    meta: {
      title: 'Open data',
      description: 'The catalog’s organizations, organization-years and projects as JSON and CSV files, for the whole archive and for each year, with their columns, schemas and versions.',
      path: OPEN_DATA_PATH,
    },
    body: <OpenDataPage manifest={readOpenDataManifest()} />,
  });
}
