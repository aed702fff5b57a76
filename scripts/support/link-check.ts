/**
 * Walks every HTML file of an exported site and checks that each internal link (href, src, form
 * action, meta refresh) resolves to a file the site serves (and each #fragment to an id on its
 * page): what a static host would 404. With a base path (a build with BASE_PATH) the site is
 * served under it, and a link that leaves it is broken too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** The page holding the link, relative to the site root. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

// A start tag, its quoted attribute values allowed to hold ">". Text never holds a raw "<" (it is
// escaped), so a match is always a real tag, never an abstract that talks about <a href="…">.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
const LINK_ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/;
// <meta http-equiv="refresh" content="0; url=/orgs/kde/">: a redirect page's way on.
const REFRESH_TARGET = /^<meta\b(?=[^>]*\shttp-equiv="refresh")[^>]*\scontent="\d+;\s*url=([^"]*)"/i;
const ID_ATTRIBUTE = /\sid="([^"]*)"/;

/** The values of one attribute across all start tags of a page. */
function attributeValues(html: string, attribute: RegExp): string[] {
  const values: string[] = [];
  for (const tag of html.matchAll(START_TAG)) {
    const value = attribute.exec(tag[0])?.[1];
    if (value !== undefined) values.push(decodeEntities(value));
  }
  return values;
}

function htmlFiles(root: string, relative = ''): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const entryPath = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(root, entryPath);
    return entry.name.endsWith('.html') ? [entryPath] : [];
  });
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a site path is served from, as scripts/support/serve-static.ts and static hosts resolve it. */
function resolvesToFile(root: string, sitePath: string): boolean {
  const target = path.join(root, decodeURIComponent(sitePath));
  const stats = statSync(target, { throwIfNoEntry: false });
  if (stats?.isFile()) return true;
  return Boolean(stats?.isDirectory() && statSync(path.join(target, 'index.html'), { throwIfNoEntry: false })?.isFile());
}

export interface LinkCheckOptions {
  /** "/gsoc-archive": the site is served under this path, and every internal link must stay in it. */
  basePath?: string;
}

export function checkLinks(root: string, { basePath = '' }: LinkCheckOptions = {}): LinkReport {
  const pages = htmlFiles(root);
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    let ids = idsByPage.get(page);
    if (!ids) {
      ids = new Set(attributeValues(readFileSync(path.join(root, page), 'utf8'), ID_ATTRIBUTE));
      idsByPage.set(page, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    // Inline scripts hold the page's data (Next's payload), where an abstract's text may look like markup.
    const html = readFileSync(path.join(root, page), 'utf8').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    const pageUrl = new URL(`${basePath}/${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
    for (const href of [...attributeValues(html, LINK_ATTRIBUTE), ...attributeValues(html, REFRESH_TARGET)]) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external or mailto:
      links++;
      const url = new URL(href, pageUrl);
      if (basePath && !url.pathname.startsWith(`${basePath}/`)) {
        broken.push({ page, href, reason: `outside the base path ${basePath}` });
        continue;
      }
      const sitePath = url.pathname.slice(basePath.length);
      if (url.pathname !== pageUrl.pathname || !href.startsWith('#')) {
        if (!resolvesToFile(root, sitePath)) {
          broken.push({ page, href, reason: 'no such file' });
          continue;
        }
      }
      if (url.hash && url.hash.length > 1) {
        const targetPage = sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
        if (targetPage.endsWith('.html') && !idsOf(targetPage).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push({ page, href, reason: `no element with id "${url.hash.slice(1)}"` });
        }
      }
    }
  }
  return { pages: pages.length, links, broken };
}

/** What the export holds against what the page registry lists (lib/site/pages.ts). */
export interface ListedPagesReport {
  /** Files the registry lists that the export lacks. */
  missing: string[];
  /** HTML files of the export that the registry does not list. */
  unlisted: string[];
}

/**
 * Compares an export with the files the page registry lists for it (404.html being its 404
 * document): a page built that no list knows of, or listed and not built, is a bug in one of them.
 */
export function checkListedPages(root: string, listed: readonly string[]): ListedPagesReport {
  const expected = new Set(listed);
  return {
    missing: listed.filter((file) => !statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile()),
    unlisted: htmlFiles(root).filter((file) => !expected.has(file)),
  };
}
