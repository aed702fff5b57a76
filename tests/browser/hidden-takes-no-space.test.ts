/**
 * Hidden means hidden: on one page of every type, with its script running, at 1280 and 375 px,
 * light and dark, no element with the `hidden` attribute (or inside one) is drawn or takes up
 * space. A stylesheet rule that sets `display` on an element overrides the attribute unless the
 * site says otherwise; the organization finder hid its cards by the attribute, and every one of
 * them was still on the page (issue 18).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './browser';
import { PAGE_TYPES, type PageType } from './page-types';

const browser = sharedBrowser();

const VIEWS = [
  { width: 1280, scheme: 'light' },
  { width: 375, scheme: 'dark' },
] as const;

/**
 * Each element with the hidden attribute that is drawn, or holds anything drawn or taking up
 * space: "li[data-org=xen-project] 1280×120" (its own box, or its largest descendant's).
 */
function drawnWhileHidden(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[hidden]')].flatMap((hidden) => {
      const seen = [hidden, ...hidden.querySelectorAll('*')].filter((element) => {
        const box = element.getBoundingClientRect();
        return element.checkVisibility() || box.width > 0 || box.height > 0;
      });
      if (seen.length === 0) return [];
      const box = seen.map((element) => element.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)[0]!;
      const slug = hidden.getAttribute('data-org');
      return [`${hidden.tagName.toLowerCase()}${hidden.id ? `#${hidden.id}` : ''}${slug ? `[data-org=${slug}]` : ''} ${Math.round(box.width)}×${Math.round(box.height)}`];
    }),
  );
}

/**
 * The pages of every type (the redirect page leaves at once for a page of a type listed), and the
 * finder on an address that filters: its script hides cards there.
 */
const PAGES: PageType[] = [...PAGE_TYPES.filter((pageType) => pageType.type !== 'redirect page'), { type: 'organizations finder, filtered', path: '/orgs/?year=2015&sort=projects', ready: (page) => page.locator('.finder.is-live').waitFor() }];

describe('an element with the hidden attribute takes up no space', () => {
  for (const { type, path, ready } of PAGES) {
    it(`on ${type} (${path})`, async () => {
      const { page, errors } = await browser.open(VIEWS[0].width);
      await page.goto(`${baseUrl()}${path}`);
      await ready?.(page);
      const report: string[] = [];
      for (const { width, scheme } of VIEWS) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        report.push(...(await drawnWhileHidden(page)).map((element) => `${width} px, ${scheme}: ${element}`));
      }
      expect(report).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
