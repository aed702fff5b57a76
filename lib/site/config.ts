/**
 * Site-wide settings, in one place. Where the site is published comes from SITE_URL (the host,
 * for canonical links, Open Graph URLs and the sitemap) and BASE_PATH (the folder it is served
 * under, for every link and asset); lib/site/public-address.ts reads and checks both.
 */
import { resolveContentDir } from '../content/folder';
import { parseBasePath, parseSiteUrl, pathUnder } from './public-address';

export const SITE_NAME = 'GSoC Archive Catalog';
export const SITE_DESCRIPTION =
  'Every Google Summer of Code organization and project, browsable by organization and year, each project at a stable link.';

/**
 * "https://example.org", or undefined when the build was not told its host: the pages then carry
 * no absolute URL of themselves at all (a guessed one, like localhost, would be copied and shared).
 */
export const SITE_URL = parseSiteUrl(process.env.SITE_URL);

/** "/gsoc-archive" when the site is served under a path, else "" (Next's basePath is the same). */
export const BASE_PATH = parseBasePath(process.env.BASE_PATH);

/** The folder the site is built from: CONTENT_DIR, or the built-in sample in content/. */
export const CONTENT_DIR = resolveContentDir();

/**
 * The href of a site path as served: "/orgs/" → "/gsoc-archive/orgs/" under BASE_PATH, unchanged
 * without. Every href, src and form action a component renders goes through it (or assetUrl, for
 * files in public/); lib/paths.ts keeps building site paths, which are also routing keys.
 */
export function publicPath(sitePath: string): string {
  return pathUnder(BASE_PATH, sitePath);
}

/** The absolute URL of a site path ("/orgs/" → "https://host/gsoc-archive/orgs/"), or undefined without SITE_URL. */
export function absoluteUrl(sitePath: string): string | undefined {
  return SITE_URL === undefined ? undefined : `${SITE_URL}${publicPath(sitePath)}`;
}

/** Where the search index files are served from, and written to (under public/) by `catalog build-data`. */
export const SEARCH_DATA_PATH = '/search-data/';
export const SEARCH_DATA_DIR = `public${SEARCH_DATA_PATH.replace(/\/$/, '')}`;

/** The search page's script: bundled from components/search/main.ts by `catalog build-data` (gitignored). */
export const SEARCH_SCRIPT_PATH = '/search-page/search.js';
export const SEARCH_SCRIPT_SOURCE = 'components/search/main.ts';
/** Its Web Worker, which runs the search engine off the page's main thread: bundled from components/search/worker.ts beside it. */
export const SEARCH_WORKER_PATH = '/search-page/search-worker.js';
export const SEARCH_WORKER_SOURCE = 'components/search/worker.ts';
/** /trends/'s compare script: bundled from components/trends/main.ts the same way (gitignored). */
export const TRENDS_SCRIPT_PATH = '/trends-page/trends.js';
export const TRENDS_SCRIPT_SOURCE = 'components/trends/main.ts';

/** The browser's toolbar colour, matching the header in each theme. */
export const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#f6f8fa' },
  { media: '(prefers-color-scheme: dark)', color: '#161b22' },
] as const;
