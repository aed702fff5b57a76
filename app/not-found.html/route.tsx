// The 404 page, a document (components/document.tsx) with search and ways on. The export writes
// it to not-found.html; export-adapter.mjs then puts it where static hosts look, 404.html, in place
// of the Next page Next writes there. In development, a fallback rewrite (next.config.ts) serves it
// for any unknown address.
import { documentResponse } from '@/components/document';
import { notFoundDocument } from '@/components/pages/NotFoundPage';

export const dynamic = 'force-static';

export function GET(): Response {
  return documentResponse(notFoundDocument(), 404);
}
