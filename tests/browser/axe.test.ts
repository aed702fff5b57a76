/**
 * axe-core on one page of every type, light and dark, at 1280 and 375 px: any serious or critical
 * violation fails, named by page, theme, width, rule and nodes. One page per type is loaded once;
 * the width and theme then change in place, as they do when a visitor turns a phone or the system
 * switches theme (media queries apply at once, nothing is reloaded).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Each page type of the fixture site, and what the page must show before it is checked. */
const PAGE_TYPES: { type: string; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { type: 'home', path: '/' },
  { type: 'years', path: '/years/' },
  { type: 'one year', path: '/years/2017/' },
  { type: 'organizations finder', path: '/orgs/', ready: (page) => page.locator('.finder.is-live').waitFor() },
  { type: 'one organization', path: '/orgs/example-foundation/' },
  { type: 'one organization-year', path: '/orgs/example-foundation/2010/' },
  { type: 'one project', path: '/orgs/example-foundation/2010/faster-incremental-compilation/' },
  { type: 'technologies', path: '/technologies/' },
  { type: 'one technology', path: '/technologies/rust/' },
  { type: 'topics', path: '/topics/' },
  { type: 'one topic', path: '/topics/compilers/' },
  { type: 'categories', path: '/categories/' },
  { type: 'one category', path: '/categories/programming-languages/' },
  { type: 'search with results', path: '/search/?q=compilation', ready: (page) => page.locator('.search-result').first().waitFor() },
  { type: 'trends', path: '/trends/' },
  { type: 'trends comparing', path: '/trends/?compare=rust,llvm', ready: (page) => page.getByText('Comparing rust').waitFor() },
  { type: 'redirect page', path: '/technologies/golang/' },
  { type: '404', path: '/no-such-page/' },
];

const VIEWS = [
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 375, scheme: 'dark' },
  { width: 375, scheme: 'light' },
] as const;

describe('axe-core finds no serious or critical violation', () => {
  for (const { type, path, ready } of PAGE_TYPES) {
    it(`on ${type} (${path}), light and dark, at 1280 and 375 px`, async () => {
      const { page, errors } = await browser.open(VIEWS[0].width);
      await page.emulateMedia({ colorScheme: VIEWS[0].scheme });
      if (type === 'redirect page') {
        // The page sends the browser on at once (a meta refresh, delay 0); axe checks what a browser
        // that does not follow it shows. That it is followed is tested in navigation.test.ts.
        await page.route(`${baseUrl()}${path}`, async (route) => {
          const response = await route.fetch();
          const html = await response.text();
          expect(html).toContain('http-equiv="refresh"');
          await route.fulfill({ response, body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
      }
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.status()).toBe(type === '404' ? 404 : 200);
      await ready?.(page);
      const report: string[] = [];
      for (const { width, scheme } of VIEWS) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        report.push(...describeViolations(`${path} at ${width} px, ${scheme}`, await seriousViolations(page)));
      }
      expect(report).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
