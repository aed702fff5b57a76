/**
 * The page registry (lib/site/pages.ts) on the fixture site: every page once, at the file a static
 * host serves for its address; redirects that land on a page; the sitemap and robots.txt only
 * from what it lists, and only as the public address allows.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as CatalogModule from '../../lib/site/catalog';
import type * as PagesModule from '../../lib/site/pages';
import { developmentRewrites, exportFile } from '../../lib/site/page-files';
import type { PublicAddress } from '../../lib/site/public-address';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
let pages: typeof PagesModule;
let catalog: typeof CatalogModule;
let folder: string;

beforeAll(async () => {
  // The site's getters read CONTENT_DIR when first imported: the fixture site, as the browser tests build it.
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-pages-'));
  cpSync(path.join(REPOSITORY, 'content'), folder, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), folder, { recursive: true });
  process.env.CONTENT_DIR = folder;
  pages = await import('../../lib/site/pages');
  catalog = await import('../../lib/site/catalog');
  // Importing the site's modules under Vite's transform takes seconds on a busy machine.
}, 60_000);

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(folder, { recursive: true, force: true });
});

const LOCAL: PublicAddress = { basePath: '' };
const PUBLISHED: PublicAddress = { siteUrl: 'https://example.org', basePath: '/gsoc-archive' };

describe('the page registry', () => {
  it('lists each file once, a document at its folder’s index.html', () => {
    const listed = pages.listPages(LOCAL);
    expect(new Set(listed.map((page) => page.file)).size).toBe(listed.length);
    expect(new Set(listed.map((page) => page.path)).size).toBe(listed.length);
    for (const page of listed.filter((each) => each.type !== 'document' || each.view !== 'not-found')) expect(page.file).toBe(exportFile(page.path));
    expect(pages.pageAtFile(LOCAL, 'orgs/sample-compilers-group/2017/index.html')).toMatchObject({ type: 'document', view: 'organization-year' });
    expect(pages.pageAtFile(LOCAL, 'not-found.html')).toMatchObject({ type: 'document', view: 'not-found' });
    expect(pages.pageAtFile(LOCAL, 'orgs/finder.json')).toMatchObject({ type: 'data', contentType: expect.stringContaining('application/json') });
  });

  it('has a page for every organization, organization-year, project and year of the catalog', () => {
    const documents = new Set(pages.listPages(LOCAL).flatMap((page) => (page.type === 'document' ? [page.path] : [])));
    const expected = [
      ...catalog.listOrganizations().map((organization) => organization.path),
      ...catalog.listOrganizationYears().map((organizationYear) => organizationYear.path),
      ...catalog.listProjects().map((project) => project.path),
      ...catalog.listYears().map((year) => `/years/${year.year}/`),
    ];
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((path) => !documents.has(path))).toEqual([]);
  });

  it('sends every old address to a page it lists, and lists no old address that is a page', () => {
    const listed = pages.listPages(LOCAL);
    const documents = new Set(listed.flatMap((page) => (page.type === 'document' ? [page.path] : [])));
    const redirects = listed.flatMap((page) => (page.type === 'redirect' ? [page] : []));
    expect(redirects.length).toBeGreaterThan(0);
    for (const redirect of redirects) {
      expect(documents.has(redirect.to)).toBe(true);
      expect(documents.has(redirect.path)).toBe(false);
    }
  });

  it('lists no sitemap without a host, and robots.txt names none', () => {
    expect(pages.pageAtFile(LOCAL, 'sitemap.xml')).toBeUndefined();
    const robots = pages.pageAtFile(LOCAL, 'robots.txt');
    expect(robots?.type === 'data' && robots.read()).toBe('User-Agent: *\nAllow: /\n\n');
  });

  it('lists every document but search and the 404 in the sitemap, as absolute URLs under the base path', () => {
    const sitemap = pages.pageAtFile(PUBLISHED, 'sitemap.xml');
    const text = sitemap?.type === 'data' ? sitemap.read() : '';
    const urls = [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => url!);
    const indexed = pages.listPages(PUBLISHED).filter((page) => page.type === 'document' && !['search', 'not-found'].includes(page.view));
    expect(urls).toEqual(indexed.map((page) => `https://example.org/gsoc-archive${page.path}`));
    expect(urls[0]).toBe('https://example.org/gsoc-archive/');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url>\n')).toBe(true);
    const robots = pages.pageAtFile(PUBLISHED, 'robots.txt');
    expect(robots?.type === 'data' && robots.read()).toBe('User-Agent: *\nAllow: /\n\nSitemap: https://example.org/gsoc-archive/sitemap.xml\n');
  });
});

describe('the development rewrites', () => {
  /** Where `next dev` sends an address, by the rewrites' own patterns (":path+" one or more segments). */
  function rewrite(address: string): string {
    const { beforeFiles, fallback } = developmentRewrites();
    for (const rule of beforeFiles) {
      if (rule.source === address) return rule.destination;
      const folder = /^\/(.+)\/$/.exec(address);
      if (rule.source === '/:path+/' && folder) return rule.destination.replace(':path+', folder[1]!);
    }
    return fallback[0]!.destination;
  }

  it('serve a folder’s address from the file the registry lists for it', () => {
    for (const address of ['/', '/orgs/', '/orgs/sample-compilers-group/2017/']) {
      expect(pages.pageAtFile(LOCAL, rewrite(address).slice(1))?.path).toBe(address);
    }
    expect(pages.pageAtFile(LOCAL, rewrite('/no/such/file.txt').slice(1))).toMatchObject({ view: 'not-found' });
  });
});
