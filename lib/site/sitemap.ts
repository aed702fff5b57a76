/**
 * The text of sitemap.xml and robots.txt, for the page registry (lib/site/pages.ts) to list as
 * data files. Written as Next's metadata routes (app/sitemap.ts, app/robots.ts) wrote them before
 * the registry, byte for byte, so a published export did not change when they moved here.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sitemap of these absolute URLs, in this order. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<url>\n<loc>${escapeXml(url)}</loc>\n</url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** Every crawler may read every page; the sitemap's URL when the site has one. */
export function robotsText(sitemapUrl: string | undefined): string {
  return `User-Agent: *\nAllow: /\n\n${sitemapUrl === undefined ? '' : `Sitemap: ${sitemapUrl}\n`}`;
}
