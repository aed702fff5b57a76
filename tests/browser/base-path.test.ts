/**
 * The site published under a path, as a GitHub Pages project site is: the fixture content built
 * with SITE_URL=https://example.org BASE_PATH=/gsoc-archive (once, into test-results/, only when
 * this file runs; BROWSER_BASE_PATH_SITE_DIR reuses such an export) and served at
 * http://127.0.0.1:PORT/gsoc-archive/ with nothing outside that path.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/support/link-check';
import { serveStatic } from '../../scripts/support/serve-static';
import { sharedBrowser } from './browser';
import { buildFixtureSite, REPOSITORY } from './fixture-site';
import { exportFiles, REFRESH } from './site-files';

const BASE_PATH = '/gsoc-archive';
const SITE_URL = 'https://example.org';
const PROJECT = '/orgs/example-foundation/2010/faster-incremental-compilation/';

const browser = sharedBrowser();
let siteDir: string;
let server: Server;
/** http://127.0.0.1:PORT/gsoc-archive: where the site is, without the trailing slash. */
let site: string;

beforeAll(async () => {
  siteDir = process.env.BROWSER_BASE_PATH_SITE_DIR ?? buildFixtureSite(path.join(REPOSITORY, 'test-results/site-base-path'), { SITE_URL, BASE_PATH });
  server = await serveStatic(siteDir, 0, '127.0.0.1', { basePath: BASE_PATH });
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
}, 300_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

describe('the site under a base path', () => {
  it('opens home with its styles, scripts and icon, and its links lead under the path', async () => {
    const { page, errors, consoleErrors } = await browser.open();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    expect((await page.goto(`${site}/`))?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('data-base-path')).resolves.toBe(BASE_PATH);
    // site.css is applied: the header is laid out as a flex row, not the browser's default block.
    await expect(page.locator('.site-header__inner').evaluate((node) => getComputedStyle(node).display)).resolves.toBe('flex');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Years' }).click();
    await page.waitForURL(`${site}/years/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Years');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('goes organization → project, with the published address as canonical URL, og:url and permalink', async () => {
    const { page, errors, consoleErrors } = await browser.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
    await page.goto(`${site}/orgs/example-foundation/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Example Foundation');
    await page.getByRole('link', { name: 'Faster Incremental Compilation' }).click();
    await page.waitForURL(`${site}${PROJECT}`);
    const published = `${SITE_URL}${BASE_PATH}${PROJECT}`;
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(published);
    await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(published);
    // Without script the page says its published address; the script shows where it was opened.
    expect(read(`${PROJECT}index.html`)).toContain(`<code data-permalink="true">${published}</code>`);
    await expect(page.locator('[data-permalink]').textContent()).resolves.toBe(`${site}${PROJECT}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${PROJECT}`);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Organizations' }).click();
    await page.waitForURL(`${site}/orgs/`);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('filters in the organization finder, whose data it fetches from under the path', async () => {
    const { page, errors, consoleErrors } = await browser.open();
    const data = page.waitForResponse((response) => response.url().startsWith(`${site}/orgs/finder.json`));
    await page.goto(`${site}/orgs/`);
    expect((await data).status()).toBe(200);
    await page.locator('.finder.is-live').waitFor();
    const drawn = () => page.locator('.org-cards > li').evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).length);
    const all = await drawn();
    await page.locator('input[name=year][value="2015"]').check();
    await page.waitForURL(`${site}/orgs/?year=2015`);
    const shown = await drawn();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await expect(page.locator('#finder-count').textContent()).resolves.toContain(`${shown} of ${all} organizations`);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('searches with the index, the script and the result links all under the path', async () => {
    const { page, errors, consoleErrors } = await browser.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/search/?q=xen`);
    await page.locator('.search-result__snippet mark').first().waitFor();
    expect(requested.filter((pathname) => !pathname.startsWith(`${BASE_PATH}/`))).toEqual([]);
    expect(requested.some((pathname) => pathname.startsWith(`${BASE_PATH}/search-data/postings/`))).toBe(true);
    await page.locator('.search-organizations a').first().waitFor();
    const links = await page.locator('.search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.filter((href) => !href.startsWith(`${BASE_PATH}/`))).toEqual([]);
    await page.locator('.search-result__link').first().click();
    await page.waitForURL(`${site}/orgs/xen-project/2014/**`);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('sends a redirect page on to the page under the path', async () => {
    const redirects = exportFiles(siteDir).filter((file) => file.endsWith('index.html') && REFRESH.test(read(file)));
    expect(redirects.length).toBeGreaterThan(0);
    const from = `/${redirects[0]!.replace(/index\.html$/, '')}`;
    const to = REFRESH.exec(read(redirects[0]!))![1]!;
    expect(to.startsWith(`${BASE_PATH}/`)).toBe(true);
    const { page } = await browser.open();
    await page.goto(`${site}${from}`);
    await page.waitForURL(`${new URL(site).origin}${to}`);
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
  });

  it('answers a bad path with the 404 page, whose links lead under the path', async () => {
    const { page, consoleErrors } = await browser.open();
    const response = await page.goto(`${site}/orgs/no-such-organization/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.getByRole('link', { name: 'All organizations, A–Z' }).click();
    await page.waitForURL(`${site}/orgs/`);
    // The 404 page's own assets load (only the page itself answered 404).
    expect(consoleErrors.filter((message) => !message.includes('/orgs/no-such-organization/'))).toEqual([]);
  });

  it('has no broken link under the path, and no link that leaves it', () => {
    const report = checkLinks(siteDir, { basePath: BASE_PATH });
    expect(report.pages).toBeGreaterThan(15);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
    // The same export checked as if served at the root: its links carry the path, so they break.
    expect(checkLinks(siteDir).broken.length).toBeGreaterThan(report.links / 2);
  });

  it('names its published address in the sitemap and robots.txt, and nowhere localhost', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE_PATH}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE_PATH}${PROJECT}</loc>`);
    expect([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].every(([, url]) => url!.startsWith(`${SITE_URL}${BASE_PATH}/`))).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}${BASE_PATH}/sitemap.xml`);
    expect(exportFiles(siteDir).filter((file) => /\/\/localhost|localhost:\d/.test(readFileSync(path.join(siteDir, file), 'latin1')))).toEqual([]);
    // GitHub Pages publishing from a branch runs Jekyll, which drops names starting with "_", unless this file is there.
    expect(exportFiles(siteDir)).toContain('.nojekyll');
  });
});
