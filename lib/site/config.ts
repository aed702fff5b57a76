/**
 * Site-wide settings, in one place. The base URL makes canonical links, Open Graph URLs and the
 * sitemap absolute; set SITE_URL when building for a real host.
 */
import { resolveContentDir } from '../content/folder';

export const SITE_NAME = 'GSoC Archive Catalog';
export const SITE_DESCRIPTION =
  'Every Google Summer of Code organization and project, browsable by organization and year, each project at a stable link.';

export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The folder the site is built from: CONTENT_DIR, or the built-in sample in content/. */
export const CONTENT_DIR = resolveContentDir();

/** An absolute URL for a site path ("/orgs/" → "https://host/orgs/"). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where the search index files are served from, and written to (under public/) by `catalog build-data`. */
export const SEARCH_DATA_PATH = '/search-data/';
export const SEARCH_DATA_DIR = `public${SEARCH_DATA_PATH.replace(/\/$/, '')}`;

/** The search page's script: bundled from components/search/main.ts by `catalog build-data` (gitignored). */
export const SEARCH_SCRIPT_PATH = '/search-page/search.js';
export const SEARCH_SCRIPT_SOURCE = 'components/search/main.ts';

/** The browser's toolbar colour, matching the header in each theme. */
export const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#f6f8fa' },
  { media: '(prefers-color-scheme: dark)', color: '#161b22' },
] as const;
