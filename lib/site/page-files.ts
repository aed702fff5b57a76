/**
 * Where each page of the registry (lib/site/pages.ts) lies in the export, and how `next dev` serves
 * the same files at the same addresses. A static host serves a folder's index.html at the folder's
 * address, so a document at "/orgs/kde/" is the file orgs/kde/index.html; a data file ("/orgs/finder.json")
 * is itself. No catalog here: next.config.ts reads the rewrites before any content is loaded.
 */

/** The file a static host serves at a folder's address. */
export const DOCUMENT_FILE = 'index.html';

/**
 * Where the export writes the 404 document. Not 404.html: Next writes its own 404 page there,
 * after the routes, so export-adapter.mjs moves this file there once the export is written.
 */
export const NOT_FOUND_FILE = 'not-found.html';

/** "/orgs/kde/" → "orgs/kde/index.html"; "/orgs/finder.json" → "orgs/finder.json". */
export function exportFile(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath.slice(1)}${DOCUMENT_FILE}` : sitePath.slice(1);
}

/**
 * The rewrites that make `next dev` answer as a static host does: a folder's address gets its
 * index.html, and any other address with no file gets the 404 document. They name no section of
 * the site, so a new page type needs none. (A folder's address with no page, like /orgs/nobody/,
 * gets Next's own 404 page in development: the route lists every page with dynamicParams = false,
 * as a static export must, so Next answers any other file itself before the route runs.)
 */
export function developmentRewrites() {
  return {
    beforeFiles: [
      { source: '/', destination: `/${DOCUMENT_FILE}` },
      { source: '/:path+/', destination: `/:path+/${DOCUMENT_FILE}` },
    ],
    afterFiles: [],
    fallback: [{ source: '/:path*', destination: `/${NOT_FOUND_FILE}` }],
  };
}
