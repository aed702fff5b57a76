/**
 * The basics on every page of the fixture site: one <h1> and one <main>, headings in order,
 * links with meaningful text, a <title>, no sideways scrolling at 375 px, and nothing that fails to load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

function sitePages(root: string, relative = ''): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const entryPath = `${relative}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === '_next' ? [] : sitePages(root, entryPath);
    // A redirect page (an old address) sends the browser on at once: its target is checked instead.
    if (entry.name === 'index.html') return readFileSync(path.join(root, entryPath), 'utf8').includes('http-equiv="refresh"') ? [] : [`${relative}/`];
    return entry.name === '404.html' ? ['/404.html'] : [];
  });
}

const MEANINGLESS_LINK_TEXT = /^(click here|here|link|more|read more|this)$/i;

describe('every page', () => {
  const pages = sitePages(inject('siteDir')).filter((page) => !page.startsWith('/_not-found') && page !== '/404/');

  it('is found', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  for (const pagePath of pages) {
    it(`${pagePath} has one h1, one main, ordered headings, named links and a title, and fits 375 px`, async () => {
      const { page, errors, consoleErrors } = await browser.open(375);
      await page.goto(`${baseUrl()}${pagePath}`);
      const report = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
        const skipped = headings.filter((level, index) => index > 0 && level > headings[index - 1]! + 1);
        const links = [...document.querySelectorAll('a[href]')].map((link) => (link.getAttribute('aria-label') ?? link.textContent ?? '').trim());
        return {
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          firstHeading: headings[0],
          skippedLevels: skipped,
          emptyLinks: links.filter((text) => text === '').length,
          links,
          title: document.title,
          lang: document.documentElement.lang,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(report).toMatchObject({ h1: 1, main: 1, firstHeading: 1, skippedLevels: [], emptyLinks: 0, lang: 'en', overflow: 0 });
      expect(report.links.filter((text) => MEANINGLESS_LINK_TEXT.test(text))).toEqual([]);
      expect(report.title.length).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('can be used from the keyboard: the skip link and the search box come first', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/xen-project/2014/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
  });
});
