/**
 * /trends/ as a person sees it: the charts drawn and within the page at 375 px, their numbers in a
 * table; the comparison the address asks for, drawn by its script, with unknown values said and
 * ignored; and without JavaScript, the default comparison.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('/trends/', () => {
  it('draws every chart within the width of a phone, each beside its table of numbers', async () => {
    const { page, errors } = await browser.open(375);
    await page.goto(`${baseUrl()}/trends/`);
    const charts = page.locator('.trend .line-chart__plot svg');
    expect(await charts.count()).toBeGreaterThan(5);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(150);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      // A drawn line, not an empty box.
      expect(await chart.locator('path').first().evaluate((path) => (path as SVGPathElement).getTotalLength())).toBeGreaterThan(0);
    }
    const organizations = page.getByRole('region', { name: 'Organizations per year: all, new and returning' });
    expect(await organizations.locator('table').evaluate((table) => table.checkVisibility())).toBe(true);
    expect(await organizations.locator('tbody th').first().textContent()).toBe('2009');
    expect(errors).toEqual([]);
  });

  it('compares what the address asks for, and says which values it ignored', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/trends/?compare=rust,no-such-thing,compilers`);
    const status = page.locator('#compare-status');
    await page.getByText('Comparing rust').waitFor();
    expect(await status.textContent()).toContain('Ignored (no technology or topic of that slug): no-such-thing.');
    const table = page.getByRole('region', { name: /^Share of organizations naming rust, compilers$/ });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Year', 'rust', 'compilers']);
    expect(await table.evaluate((region) => region.checkVisibility())).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Technologies or topics' }).inputValue()).toBe('rust,no-such-thing,compilers');
    expect(errors).toEqual([]);
  });

  it('asks for no file a value cannot be in, so nothing fails to load', async () => {
    // No slug starts with a digit in the fixture: "9-…" has no compare file to fetch.
    const { page, errors, consoleErrors } = await browser.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/trends/?compare=rust,9-no-such-thing`);
    await page.getByText('Comparing rust').waitFor();
    expect(await page.locator('#compare-status').textContent()).toContain('Ignored (no technology or topic of that slug): 9-no-such-thing.');
    expect(requested.filter((file) => file.startsWith('/trends/compare/'))).toEqual(['/trends/compare/r.json']);
    expect(consoleErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const width of [375, 1280]) {
    it(`draws each chart as it is scrolled to, and nothing in view moves, at ${width} px`, async () => {
      // Charts off screen are laid out only when they near it (content-visibility): each must be
      // drawn once in view, and none may push what is in view when it is.
      const { page } = await browser.open(width);
      await page.addInitScript(() => {
        const record = window as unknown as { shifts: number };
        record.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) record.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl()}/trends/`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 400) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(50);
      }
      for (let y = height; y > 0; y -= 700) {
        await page.mouse.wheel(0, -700);
        await page.waitForTimeout(50);
      }
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.001);
      const charts = page.locator('.trend-grid > .trend');
      expect(await charts.count()).toBeGreaterThan(2);
      for (const chart of await charts.all()) {
        await chart.scrollIntoViewIfNeeded();
        await page.waitForTimeout(50);
        const drawn = await chart.locator('svg path').first().evaluate((path) => {
          const box = path.getBoundingClientRect();
          return path.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions) && box.width > 0 && box.top < innerHeight && box.bottom > 0;
        });
        expect(drawn, await chart.locator('figcaption').textContent() ?? '').toBe(true);
      }
    });
  }

  it('shows the default comparison without JavaScript', async () => {
    const { page } = await browser.open();
    await page.route('**/trends-page/trends.js*', (route) => route.abort());
    await page.goto(`${baseUrl()}/trends/?compare=rust`);
    const heading = page.locator('#compare-organizations-title');
    expect(await heading.evaluate((element) => element.checkVisibility())).toBe(true);
    // The page's own: what the address asks for needs the script.
    expect(await heading.textContent()).toMatch(/^Share of organizations naming /);
    expect(await heading.textContent()).not.toBe('Share of organizations naming rust');
    expect(await page.locator('#compare-figures .line-chart__plot svg').first().evaluate((svg) => svg.checkVisibility())).toBe(true);
  });
});
