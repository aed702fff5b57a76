// @ts-check
/**
 * A Next build adapter (next.config.ts, adapterPath) that finishes the static export: it puts the
 * 404 document where static hosts look for it. Next writes its own 404 page, a Next page with the
 * React runtime, to 404.html (and 404/, _not-found/) for any app, and copies it there beside the
 * routes, so the page registry's 404 document written at 404.html would race it for the file; an adapter's
 * onBuildComplete runs once the export is written. Plain JavaScript: Next imports the adapter with
 * Node's own import(), which reads no TypeScript on Node 20.
 */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the export writes the 404 document, from the site's root: NOT_FOUND_FILE of
 * lib/site/page-files.ts (this file cannot import TypeScript; tests/cli/finish-export.test.ts checks they agree).
 */
export const NOT_FOUND_DOCUMENT = 'not-found.html';

/**
 * Moves the 404 document to 404.html in the export at `outDir`, and removes Next's own 404 page
 * with the runtime only it loads (_next/: ~600 KB that no document references; the link checker
 * would find a page that did).
 */
export async function placeNotFoundDocument(outDir) {
  await rename(path.join(outDir, NOT_FOUND_DOCUMENT), path.join(outDir, '404.html'));
  for (const nextsOwn of ['404', '_not-found', '_next']) await rm(path.join(outDir, nextsOwn), { recursive: true, force: true });
}

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'gsoc-archive-static-export',
  async onBuildComplete({ config, outputs }) {
    if (config.output !== 'export') return;
    // The export's files, as Next lists them (pathname without .html, under the base path if any):
    // where the 404 document is is where the export went (out/, or NEXT_DIST_DIR).
    const pathname = `${config.basePath ?? ''}/${NOT_FOUND_DOCUMENT.replace(/\.html$/, '')}`;
    const document = outputs.staticFiles.find((file) => file.pathname === pathname);
    if (!document) throw new Error(`The export has no ${NOT_FOUND_DOCUMENT}: the page registry (lib/site/pages.ts) should list it; 404.html would be Next's own page.`);
    await placeNotFoundDocument(path.dirname(document.filePath));
  },
};

export default adapter;
