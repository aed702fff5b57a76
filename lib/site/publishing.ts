/**
 * What the site is published as, from and to, in one place: its name, the content folder, where its
 * bundled scripts and search data are served, and its public address. That address (SITE_URL, the
 * host, for canonical links, Open Graph URLs and the sitemap; BASE_PATH, the folder it is served
 * under, for every link and asset) is read from the environment by the entry point
 * (app/[...file]/route.tsx) with lib/site/public-address.ts and handed here once with publishAt;
 * tests hand their own.
 */
import { resolveContentDir } from '../content/folder';
import { absoluteUrlAt, pathUnder, type PublicAddress } from './public-address';

export const SITE_NAME = 'GSoC Archive Catalog';
export const SITE_DESCRIPTION =
  'Every Google Summer of Code organization and project, browsable by organization and year, each project at a stable link.';

/** At the root of a host that was not named: the local preview's address, until publishAt says otherwise. */
export const UNPUBLISHED: PublicAddress = Object.freeze({ basePath: '' });

let published: PublicAddress = UNPUBLISHED;

/**
 * The address the pages are rendered for. Without a host (siteUrl undefined) the pages carry no
 * absolute URL of themselves at all: a guessed one, like localhost, would be copied and shared.
 */
export function publishAt(address: PublicAddress): void {
  published = address;
}

/** The address given to publishAt. */
export function publicAddress(): PublicAddress {
  return published;
}

/** The folder the site is built from: CONTENT_DIR, or the built-in sample in content/. */
export const CONTENT_DIR = resolveContentDir();

/**
 * The href of a site path as served: "/orgs/" → "/gsoc-archive/orgs/" under BASE_PATH, unchanged
 * without. Every href, src and form action a component renders goes through it (or assetUrl, for
 * files in public/); lib/paths.ts keeps building site paths, which are also routing keys.
 */
export function publicPath(sitePath: string): string {
  return pathUnder(published.basePath, sitePath);
}

/** The absolute URL of a site path ("/orgs/" → "https://host/gsoc-archive/orgs/"), or undefined without SITE_URL. */
export function absoluteUrl(sitePath: string): string | undefined {
  return absoluteUrlAt(published, sitePath);
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

/** The script every page loads ("/" to search, the permalink as opened): bundled from components/site/main.ts by `catalog build-data` (gitignored). */
export const SITE_SCRIPT_PATH = '/site.js';
export const SITE_SCRIPT_SOURCE = 'components/site/main.ts';

/** The organization finder's script (/orgs/): bundled from components/finder/main.ts by `catalog build-data` (gitignored). */
export const FINDER_SCRIPT_PATH = '/finder/finder.js';
export const FINDER_SCRIPT_SOURCE = 'components/finder/main.ts';

/** The browser's toolbar colour, matching the header in each theme. */
export const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#f6f8fa' },
  { media: '(prefers-color-scheme: dark)', color: '#161b22' },
] as const;
