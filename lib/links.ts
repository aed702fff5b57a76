/**
 * Organization fields like Web Page and Mailing List hold what the archive had: sometimes a URL,
 * sometimes an address, sometimes "lists.xenproject.org" or "//lists.sourceforge.net/…". A value
 * becomes a link only when we can make it a correct one; otherwise it is shown as text.
 */

const EMAIL = /^[^\s@<>()[\]",;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** The href for a field value, or undefined when the value is not safely a link. */
export function hrefFor(value: string): string | undefined {
  const text = value.trim();
  if (HTTP_URL.test(text)) return text;
  // Protocol-relative, as the archive scraped many list pages: the https form is the same page.
  if (/^\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text)) return `https:${text}`;
  if (/^mailto:/i.test(text) && EMAIL.test(text.slice(7).split('?')[0]!)) return text;
  if (EMAIL.test(text)) return `mailto:${text}`;
  return undefined;
}

/**
 * True for an absolute http(s) URL: what the loader accepts as a project's code or project page,
 * and the importer as the archive's. The archive JSON is checked with the same test, so an
 * imported page never fails `check` on a URL the importer let through.
 */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value.trim());
}

/** True for links that leave the site: they get rel="noopener noreferrer". */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** What to show for a link: an address without its "mailto:". */
export function linkText(value: string): string {
  return value.trim().replace(/^mailto:/i, '');
}
