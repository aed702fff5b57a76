/**
 * The home page, the lists and the 404 are documents (components/document.tsx): plain HTML with
 * the site's own script, no Next.js runtime and no second copy of the page as an RSC payload.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

const DOCUMENTS = { '/': 'index.html', '/years/': 'years/index.html', '/technologies/': 'technologies/index.html', '/topics/': 'topics/index.html', '/categories/': 'categories/index.html', '/no-such-page/': '404.html' };

describe('pages without the framework', () => {
  for (const [pagePath, file] of Object.entries(DOCUMENTS)) {
    it(`${pagePath} is a document: it loads no script but the site's, and holds no RSC payload`, async () => {
      const html = readFileSync(path.join(inject('siteDir'), file), 'utf8');
      expect(html).not.toContain('__next_f');
      const { page } = await browser.open();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(`${baseUrl()}${pagePath}`, { waitUntil: 'networkidle' });
      expect(scripts).toEqual(['/site.js']);
      await page.close();
    });
  }

  it('is the only 404 page of the export', () => {
    const site = inject('siteDir');
    // Next writes its own 404 page to these; export-adapter.mjs puts the document in its place.
    expect(['404', '_not-found', 'not-found.html'].filter((name) => existsSync(path.join(site, name)))).toEqual([]);
    expect(readFileSync(path.join(site, '404.html'), 'utf8')).toContain('<h1>Page not found</h1>');
  });
});
