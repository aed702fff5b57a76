/**
 * Loads a content folder into records: see build-catalog.ts for the flow. This entry point has both page
 * parsers built in, for the site and the tests; the CLI uses build-catalog.ts's loadCatalogAsync, which
 * imports the Markdown parser only when there are Markdown pages.
 */
import { loadCatalogWith, type Catalog, type LoadOptions } from './build-catalog';
import { parseMarkdownPage } from './markdown-page';
import { parseTextPage } from './text-page';

export { buildCatalog, ContentFolderError, listPages, loadCatalogAsync, type Catalog, type CatalogStats, type LoadOptions } from './build-catalog';

/** Loads every page under `contentDir`. Never throws for bad content: problems are in `issues`. */
export function loadCatalog(contentDir: string, options: LoadOptions = {}): Catalog {
  return loadCatalogWith(contentDir, { '.txt': parseTextPage, '.md': (source, file) => parseMarkdownPage(source, file) }, options);
}
