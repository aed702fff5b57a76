/**
 * The site's public address, as the builder gives it: SITE_URL (the host, "https://name.github.io")
 * and BASE_PATH (the folder the site is served under, "/gsoc-archive"). Read and checked here, once,
 * so that a wrong value stops the build with a message instead of publishing broken links.
 * Pure functions: the entry points (next.config.ts, app/[...file]/route.tsx, lib/cli/main.ts) read
 * the environment once with them and pass the address on.
 */

/** Where the site is published: its host (if told) and the folder it is served under. */
export interface PublicAddress {
  /** "https://example.org", or undefined: then no page names an absolute URL of itself. */
  siteUrl?: string;
  /** "/gsoc-archive", or "" at the root of the host (Next's basePath is the same). */
  basePath: string;
}

/** The environment variables the address is read from. */
export interface PublicAddressVariables {
  SITE_URL?: string;
  BASE_PATH?: string;
}

/** SITE_URL and BASE_PATH, read and checked: throws PublicAddressError with what to write instead. */
export function readPublicAddress(variables: PublicAddressVariables): PublicAddress {
  return { siteUrl: parseSiteUrl(variables.SITE_URL), basePath: parseBasePath(variables.BASE_PATH) };
}

/** A SITE_URL or BASE_PATH the build cannot use; the message says what to write instead. */
export class PublicAddressError extends Error {
  override name = 'PublicAddressError';
}

/**
 * SITE_URL → "https://example.org" (no trailing slash), or undefined when unset or empty: then
 * the site has no absolute URL at all (no canonical link, og:url or sitemap), rather than a wrong one.
 */
export function parseSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PublicAddressError(`SITE_URL=${text} is not an absolute URL: write the address the site is published at, like SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublicAddressError(`SITE_URL=${text} is not an http(s) address: write it like SITE_URL=https://example.org`);
  }
  if (url.username || url.password) throw new PublicAddressError(`SITE_URL=${text} holds a user name or password: write only the host, like SITE_URL=${url.origin}`);
  if (url.search || url.hash || text.endsWith('?') || text.endsWith('#')) {
    throw new PublicAddressError(`SITE_URL=${text} has a query or fragment: write only the host, like SITE_URL=${url.origin}`);
  }
  if (url.pathname !== '/') {
    // The path as BASE_PATH takes it: one slash between segments, none at the end.
    const basePath = url.pathname.replace(/\/{2,}/g, '/').replace(/\/$/, '');
    if (basePath === '') throw new PublicAddressError(`SITE_URL=${text} has slashes after the host but no path: write SITE_URL=${url.origin}`);
    // One place for the path: links, assets and Next's own files all need it, not only the absolute URLs.
    throw new PublicAddressError(`SITE_URL=${text} has a path (${basePath}): give the host as SITE_URL=${url.origin} and the path as BASE_PATH=${basePath}`);
  }
  return url.origin;
}

/** Letters, digits and - . _ ~ in each segment: nothing a URL, an HTML attribute or a shell would read otherwise. */
const BASE_PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** BASE_PATH → "/gsoc-archive", or "" when unset or empty (the site is served at the host's root). */
export function parseBasePath(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (!value.startsWith('/')) throw new PublicAddressError(`BASE_PATH=${value} must start with "/": write it like BASE_PATH=/${value.replace(/^\/*/, '')}`);
  if (value === '/') throw new PublicAddressError('BASE_PATH=/ is the root: leave BASE_PATH unset to serve the site at the root of the host');
  if (value.endsWith('/')) throw new PublicAddressError(`BASE_PATH=${value} must not end with "/": write it like BASE_PATH=${value.replace(/\/+$/, '')}`);
  const segments = value.slice(1).split('/');
  if (segments.some((segment) => !BASE_PATH_SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    throw new PublicAddressError(`BASE_PATH=${value} may hold only letters, digits and - . _ ~ between its slashes, like BASE_PATH=/gsoc-archive`);
  }
  return value;
}

/** "/orgs/" → "/gsoc-archive/orgs/": the address a site path is served at under `basePath`. */
export function pathUnder(basePath: string, sitePath: string): string {
  return `${basePath}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}

/** "/orgs/" → "https://host/gsoc-archive/orgs/", or undefined when the address has no host. */
export function absoluteUrlAt(address: PublicAddress, sitePath: string): string | undefined {
  return address.siteUrl === undefined ? undefined : `${address.siteUrl}${pathUnder(address.basePath, sitePath)}`;
}
