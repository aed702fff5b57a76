/**
 * What axe-core (axe.test.ts, one page of each type) does not check, or reports below serious, or
 * checks on one page of a type where content can make pages differ: on every page of the fixture
 * site one <h1> and one <main>, headings in order, links with a name that means something out of
 * context, a <title>, no sideways scrolling at 375 px, nothing that fails to load; and the
 * keyboard: the skip link, the "/" shortcut and the order the header is reached in.
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
  const pages = sitePages(inject('siteDir'));

  it('is found', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  for (const pagePath of pages) {
    it(`${pagePath} has one h1, one main, ordered headings, named and meaningful links and a title, and fits 375 px`, async () => {
      const { page, errors, consoleErrors } = await browser.open(375);
      await page.goto(`${baseUrl()}${pagePath}`);
      const report = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
        const skipped = headings.filter((level, index) => index > 0 && level > headings[index - 1]! + 1);
        const links = [...document.querySelectorAll('a[href]')].map((link) => (link.getAttribute('aria-label') ?? link.textContent ?? '').trim());
        // Named links are axe's link-name too, but axe sees one page of each type: a name comes
        // from content (a title, an organization), so every page is checked. (lang is the frame's.)
        return {
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          firstHeading: headings[0],
          skippedLevels: skipped,
          emptyLinks: links.filter((text) => text === '').length,
          links,
          title: document.title,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(report).toMatchObject({ h1: 1, main: 1, firstHeading: 1, skippedLevels: [], emptyLinks: 0, overflow: 0 });
      expect(report.links.filter((text) => MEANINGLESS_LINK_TEXT.test(text))).toEqual([]);
      expect(report.title.length).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('can be used from the keyboard: the skip link, then the header, then the search box', async () => {
    const { page } = await browser.open();
    const focusOrder = async (count: number) => {
      const order: string[] = [];
      for (let index = 0; index < count; index++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => (document.activeElement?.id ? `#${document.activeElement.id}` : (document.activeElement?.textContent ?? '').trim())));
      }
      return order;
    };
    const header = ['Skip to content', 'GSGSoC Archive', 'Organizations', 'Years', 'Technologies', 'Topics', 'Categories', 'Trends', '#site-search'];
    await page.goto(`${baseUrl()}/orgs/xen-project/2014/`);
    await expect(focusOrder(header.length)).resolves.toEqual(header);
    // Home has one search box, its own, right after the header.
    await page.goto(`${baseUrl()}/`);
    await expect(focusOrder(header.length)).resolves.toEqual(header);
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
    await page.goto(`${baseUrl()}/orgs/xen-project/2014/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
  });

  it('jumps to the home page’s one search box with "/"', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(1);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => (document.activeElement?.closest('main') ? document.activeElement.id : 'outside main'))).resolves.toBe('site-search');
  });

  it('names every search landmark of a page apart', async () => {
    const { page } = await browser.open();
    for (const pagePath of ['/', '/search/?q=xen', '/no-such-page/', '/years/']) {
      await page.goto(`${baseUrl()}${pagePath}`);
      const names = await page.locator('[role=search], search').evaluateAll((landmarks) => landmarks.map((landmark) => landmark.getAttribute('aria-label') ?? ''));
      expect(names.length, pagePath).toBeGreaterThan(0);
      expect(new Set(names).size, `${pagePath}: ${JSON.stringify(names)}`).toBe(names.length);
    }
  });
});

describe('on a phone (375 px, touch) and on a desktop', () => {
  /** A phone: a narrow viewport whose pointer is coarse and cannot hover, as Chromium's touch emulation reports. */
  async function openPhone() {
    const opened = await browser.open(375);
    const session = await opened.page.context().newCDPSession(opened.page);
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    return opened;
  }

  it('shows the "/" shortcut of the search box only where there is a keyboard', async () => {
    const { page: desktop } = await browser.open();
    await desktop.goto(`${baseUrl()}/years/`);
    await expect(desktop.locator('#site-search + .search-form__shortcut').isVisible()).resolves.toBe(true);
    // Not over what is typed.
    await desktop.locator('#site-search').fill('rust');
    await expect(desktop.locator('#site-search + .search-form__shortcut').isVisible()).resolves.toBe(false);
    const { page: phone } = await openPhone();
    for (const pagePath of ['/years/', '/']) {
      await phone.goto(`${baseUrl()}${pagePath}`);
      await expect(phone.locator('.search-form__shortcut').first().isVisible()).resolves.toBe(false);
      await expect(phone.locator('#site-search').getAttribute('placeholder')).resolves.not.toMatch(/press/i);
    }
  });

  for (const pagePath of ['/', '/years/', '/orgs/example-foundation/']) {
    it(`draws the projects-per-year chart of ${pagePath} with text of at least 12 px and bars of at least 24 px to tap`, async () => {
      for (const { page } of [await openPhone(), await browser.open()]) {
        await page.goto(`${baseUrl()}${pagePath}`);
        const chart = await page.locator('.year-chart').evaluate((list) => ({
          links: [...list.querySelectorAll('a')].map((link) => {
            const box = link.getBoundingClientRect();
            return { width: box.width, height: box.height };
          }),
          // The text as drawn: its box on screen, which any scaling of the chart would shrink.
          textHeights: [...list.querySelectorAll('.year-chart__year, .year-chart__count')].map((text) => text.getBoundingClientRect().height),
          fontSizes: [...list.querySelectorAll('.year-chart__year, .year-chart__count')].map((text) => parseFloat(getComputedStyle(text).fontSize)),
        }));
        expect(chart.links.length).toBeGreaterThan(1);
        expect(chart.links.filter((box) => box.width < 24 || box.height < 24)).toEqual([]);
        expect(Math.min(...chart.fontSizes)).toBeGreaterThanOrEqual(12);
        expect(Math.min(...chart.textHeights)).toBeGreaterThanOrEqual(12);
      }
    });
  }
});
