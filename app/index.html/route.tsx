// The home page. A document (components/document.tsx): it needs no JavaScript but site.js.
import { documentResponse } from '@/components/document';
import { HomePage } from '@/components/pages/HomePage';
import { HOME_PATH } from '@/lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse({ meta: { title: SITE_NAME, description: SITE_DESCRIPTION, path: HOME_PATH, absoluteTitle: true }, body: <HomePage />, headerSearch: false });
}
