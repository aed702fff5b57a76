/**
 * A build without SITE_URL (the fixture site of the browser tests) names no address of its own:
 * nothing in it says localhost, and the permalink a visitor sees and copies is the address the
 * page was opened at.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';
import { exportFiles } from './site-files';

const browser = sharedBrowser();
const PROJECT = '/orgs/example-foundation/2010/faster-incremental-compilation/';

describe('a build without SITE_URL', () => {
  it('has no localhost address, canonical link, og:url or sitemap in any file', () => {
    const siteDir = inject('siteDir');
    const files = exportFiles(siteDir);
    expect(files.length).toBeGreaterThan(100);
    // "localhost" alone appears in a URL parser of Next's polyfills; an address has "//" or a port.
    const withLocalhost = files.filter((file) => /\/\/localhost|localhost:\d/.test(readFileSync(path.join(siteDir, file), 'latin1')));
    expect(withLocalhost).toEqual([]);
    const pages = files.filter((file) => file.endsWith('.html'));
    const withAddress = pages.filter((file) => /rel="canonical"|property="og:url"/.test(readFileSync(path.join(siteDir, file), 'utf8')));
    expect(withAddress).toEqual([]);
    expect(existsSync(path.join(siteDir, 'sitemap.xml'))).toBe(false);
    const robots = readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/User-Agent: \*/);
    expect(robots).not.toMatch(/Sitemap/i);
  });

  it('shows and copies the address the page was opened at as its permalink', async () => {
    const { page, errors } = await browser.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    // Opened with a query, a fragment and index.html: the permalink is the folder's address.
    await page.goto(`${baseUrl()}${PROJECT}index.html?from=test#abstract`);
    const opened = `${baseUrl()}${PROJECT}`;
    await expect(page.locator('[data-permalink]').textContent()).resolves.toBe(opened);
    const button = page.locator('button[data-copy-permalink]');
    await page.getByRole('button', { name: 'Copy link' }).click();
    // The clipboard write is a promise: the button says so once it has resolved.
    await expect.poll(() => button.textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(opened);
    expect(errors).toEqual([]);
  });

  it('shows the site path as the permalink to a reader without JavaScript', () => {
    const html = readFileSync(path.join(inject('siteDir'), PROJECT, 'index.html'), 'utf8');
    expect(html).toContain(`<code data-permalink="true">${PROJECT}</code>`);
  });
});
