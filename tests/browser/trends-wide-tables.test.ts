/**
 * /trends/ with tables wider than a phone, as the whole archive makes them (a rising technology's
 * long name beside three columns of figures): each scrolls in its own region and the page never
 * scrolls sideways at 375 px. The fixture site's trends are too small for that, so the real page
 * component is drawn here from hand-made records, with the site's own stylesheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrendsPage } from '../../components/pages/TrendsPage';
import { compareDataOf } from '../../lib/site/trend-compare';
import { computeTrends } from '../../lib/site/trends';
import { slugify } from '../../lib/slugs';
import { organizationYear } from '../helpers/records';
import { sharedBrowser } from './browser';
import { REPOSITORY } from './fixture-site';

const browser = sharedBrowser();

const LONG_NAME = 'cross-platform-embedded-real-time-operating-system-abstraction-layer';

function widePage(): string {
  // Six years, twelve organizations a year: the long-named technology taken up by all of them in
  // the last three, python dropped by most.
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const organizationYears = years.flatMap((year, index) =>
    Array.from({ length: 12 }, (_, organization) =>
      organizationYear(`org-${organization}`, year, {
        technologies: index >= 3 ? [LONG_NAME, ...(organization < 2 ? ['python'] : [])] : ['python'],
        topics: ['tooling'],
        category: 'Operating systems',
      }),
    ),
  );
  const trends = computeTrends({ organizationYears, projects: [] });
  const html = renderToStaticMarkup(createElement(TrendsPage, { trends, compare: [], compareData: compareDataOf(trends, slugify), slugOf: slugify }));
  const css = readFileSync(path.join(REPOSITORY, 'public/site.css'), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main>${html}</main></body></html>`;
}

describe('/trends/ tables wider than a phone', () => {
  it('scroll in their own regions, and the page does not scroll sideways', async () => {
    const { page, errors } = await browser.open(375);
    await page.setContent(widePage());
    const rising = page.getByRole('region', { name: 'Technologies, rising' });
    expect(await rising.getByText(LONG_NAME).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const box = (await rising.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // What is cut off is still there to scroll to, inside the region.
    expect(await rising.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
    expect(errors).toEqual([]);
  });
});
