import path from 'node:path';
import { loadCatalogAsync } from '../content/build-catalog';
import { writeSearchIndexAside } from '../search/node/write-aside';
import { SEARCH_DATA_DIR } from '../site/publishing';
import { writeSnapshot } from '../content/snapshot';
import { writeFinderScript, writeSearchScripts, writeSiteScript, writeTrendsScript } from './search-script';
import { OPEN_DATA_DIR, writeOpenDataFiles } from '../site/open-data-files';
import { computeTrends } from '../site/trends';
import { writeTrendsFile } from '../site/trends-file';
import { parseOptions, type CommandRun } from './command';
import { previousBuildFolders, setAsidePreviousBuild } from './previous-build';
import { formatIssue, formatSummary, warningLines } from './terminal-text';
import { resolveContentDir } from '../content/folder';

/** The first step of `npm run build`: check the content, stop on errors, save the records for Next. */
export const buildData: CommandRun = async (args, output, context) => {
  // A wrong SITE_URL or BASE_PATH stops the build here, first, with what to write instead.
  context.publicAddress();
  const { values } = parseOptions(args, { content: { type: 'string' }, 'clear-previous-build': { type: 'boolean' } });
  const contentDir = resolveContentDir(values.content);
  const catalog = await loadCatalogAsync(contentDir);
  for (const issue of catalog.issues) if (issue.severity === 'error') output.err(formatIssue(issue));
  output.out(formatSummary(catalog));
  for (const line of warningLines(catalog.issues, contentDir)) output.out(line);
  if (catalog.stats.errors > 0) {
    output.err(`the site was not built: fix the errors above (npm run catalog -- check --content ${contentDir})`);
    return 1;
  }
  // In `npm run build`, once the content is known to build: the last export goes only then.
  if (values['clear-previous-build']) setAsidePreviousBuild(previousBuildFolders());
  writeSnapshot(catalog, contentDir);
  // The search index is static files the browser fetches; Next copies public/ into the export.
  // It is written on the other core while this thread writes the rest.
  const searchIndex = writeSearchIndexAside(SEARCH_DATA_DIR, catalog.projects);
  searchIndex.catch(() => undefined); // a failure is reported where it is awaited, below
  const scripts = await writeSearchScripts();
  for (const script of [scripts.page, scripts.worker]) output.out(`search page script: ${(script.gzipBytes / 1024).toFixed(1)} KB gzip in ${path.relative(process.cwd(), script.file)}`);
  for (const [name, script] of [['organization finder script', await writeFinderScript()], ['site script', await writeSiteScript()], ['trends page script', await writeTrendsScript()]] as const) {
    output.out(`${name}: ${(script.gzipBytes / 1024).toFixed(1)} KB gzip in ${path.relative(process.cwd(), script.file)}`);
  }
  // The trends, read once here for the site's pages and the open data (lib/site/trends-file.ts says why).
  const trends = computeTrends(catalog);
  writeTrendsFile(trends, contentDir);
  // The open data files (lib/site/open-data.ts), beside the site like the search index.
  const manifest = writeOpenDataFiles(catalog, OPEN_DATA_DIR, trends);
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  output.out(`open data: ${manifest.files.length} files, ${(bytes / 1024).toFixed(0)} KB in ${OPEN_DATA_DIR}`);
  const files = await searchIndex;
  const gzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  output.out(`search index: ${files.length} files, ${(gzip / 1024).toFixed(0)} KB gzip in ${SEARCH_DATA_DIR}/`);
  return 0;
};
