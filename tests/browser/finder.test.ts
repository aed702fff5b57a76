/**
 * The organization finder (/orgs/) on the fixture site: every filter and sort against counts taken
 * from the records, the address as the state (back and forward included), the page without
 * JavaScript, 375 px, the keyboard, and axe-core.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { FINDER_PAGE_SIZE, type FinderData } from '../../lib/site/finder-page';
import { launchChromium } from '../../scripts/support/chromium';
import { recordOrganizations, type RecordOrganization } from '../../scripts/support/finder-records';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();
const REPOSITORY = path.resolve(import.meta.dirname, '../..');

/** One organization as the records have it (scripts/support/finder-records.ts): the expectations are computed here, not by the finder. */
interface Expected extends RecordOrganization {
  categories: string[];
  technologies: string[];
  topics: string[];
}

let organizations: Expected[] = [];
let catalogYears: number[] = [];

beforeAll(() => {
  const folder = mkdtempSync(path.join(tmpdir(), 'catalog-finder-records-'));
  cpSync(path.join(REPOSITORY, 'content'), folder, { recursive: true });
  cpSync(path.join(REPOSITORY, 'tests/fixtures/site'), folder, { recursive: true });
  const { organizationYears } = loadCatalog(folder);
  rmSync(folder, { recursive: true, force: true });
  organizations = recordOrganizations(organizationYears).map((record) => ({ ...record, categories: record.category, technologies: record.technology, topics: record.topic }));
  catalogYears = [...new Set(organizationYears.map((organizationYear) => organizationYear.year))].sort((a, b) => a - b);
});

/**
 * The cards a person sees, top to bottom: drawn (checkVisibility) and taking up space. A card that
 * is not drawn must not push the others down either, so every card either shows or has no box.
 */
const shown = (page: Page) =>
  page.locator('.org-cards > li').evaluateAll((cards) => {
    const drawn = cards.filter((card) => card.checkVisibility());
    const undrawnWithSpace = cards.filter((card) => !card.checkVisibility() && card.getBoundingClientRect().height > 0);
    if (undrawnWithSpace.length > 0) throw new Error(`${undrawnWithSpace.length} cards are not drawn but take up space`);
    return drawn
      .map((card) => ({ slug: card.getAttribute('data-org'), top: card.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top)
      .map((card) => card.slug);
  });

async function openFinder(query = '', width = 1280) {
  const opened = await browser.open(width);
  await opened.page.goto(`${baseUrl()}/orgs/${query}`);
  await opened.page.locator('.finder.is-live').waitFor();
  return opened;
}

describe('the organization finder', () => {
  it('shows every organization, A–Z, with a count, before any filter', async () => {
    const { page, errors, consoleErrors } = await openFinder();
    expect((await shown(page)).length).toBe(organizations.length);
    await expect(page.locator('#finder-count').textContent()).resolves.toBe(`${organizations.length} organizations, A–Z`);
    await expect(page.locator('#finder-count').getAttribute('aria-live')).resolves.toBe('polite');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  const filters: [string, (organization: Expected) => boolean][] = [
    ['?year=2015', (organization) => organization.years.includes(2015)],
    ['?year=2010&year=2015', (organization) => organization.years.includes(2010) && organization.years.includes(2015)],
    ['?program=gci', (organization) => organization.programs.includes('gci')],
    ['?program=gsoc&program=gci', () => true],
    ['?category=web&category=data', (organization) => organization.categories.includes('web') || organization.categories.includes('data')],
    ['?technology=zig', (organization) => organization.technologies.includes('zig')],
    ['?technology=zig&technology=c-sharp', (organization) => organization.technologies.includes('zig') || organization.technologies.includes('c-sharp')],
    ['?topic=kernel', (organization) => organization.topics.includes('kernel')],
    ['?first=2015', (organization) => organization.years[0] === 2015],
    ['?min_years=2', (organization) => organization.years.length >= 2],
    ['?q=kernel%20works%20initiative', (organization) => organization.slug === 'kernel-works'],
    ['?q=DATA', (organization) => organization.slug === 'data-lab'],
    ['?year=2015&technology=python&topic=web', (organization) => organization.years.includes(2015) && organization.technologies.includes('python') && organization.topics.includes('web')],
    ['?technology=no-such-technology', () => true],
  ];
  for (const [query, keep] of filters) {
    it(`filters ${query} to the organizations the records say`, async () => {
      const { page } = await openFinder(query);
      const expected = organizations.filter(keep).map((organization) => organization.slug).sort();
      expect((await shown(page)).sort()).toEqual(expected);
      // A slug the site does not know is no filter at all.
      const label = query.includes('no-such') ? `${organizations.length} organizations, A–Z` : `${expected.length} of ${organizations.length} organizations`;
      await expect(page.locator('#finder-count').textContent()).resolves.toContain(label);
    });
  }

  it('counts, for each option, the organizations it would leave', async () => {
    const { page } = await openFinder('?technology=zig');
    const withZig = organizations.filter((organization) => organization.technologies.includes('zig'));
    // Years narrow the current results.
    for (const year of catalogYears) {
      const count = await page.locator(`input[name=year][value="${year}"]`).locator('xpath=..').locator('.n').textContent();
      expect(Number(count), `year ${year}`).toBe(withZig.filter((organization) => organization.years.includes(year)).length);
    }
    // Within the technology facet an option counts against the other facets only (any of those selected).
    await page.locator('#finder-technology-search').fill('pyth');
    const python = page.locator('#finder-technology-options label', { hasText: 'python' });
    await expect(python.locator('.n').textContent()).resolves.toBe(String(organizations.filter((organization) => organization.technologies.includes('python')).length));
    // Categories: among the organizations using zig.
    const category = page.locator('.finder-side fieldset', { hasText: 'Category' }).locator('label', { hasText: 'Development tools' });
    await expect(category.locator('.n').textContent()).resolves.toBe(String(withZig.filter((organization) => organization.categories.includes('development-tools')).length));
    // First year and at least N years, in their menus.
    const firstOptions = await page.locator('#finder-first option').allTextContents();
    expect(firstOptions).toContain(`2015 (${withZig.filter((organization) => organization.years[0] === 2015).length})`);
    const minOptions = await page.locator('#finder-min-years option').allTextContents();
    expect(minOptions).toContain(`2 years (${withZig.filter((organization) => organization.years.length >= 2).length})`);
  });

  it('redraws the counts beside the filters after every change, and after back', async () => {
    // A change paints the cards first and the panel's counts a frame later: they must still come.
    const { page } = await openFinder();
    const yearCounts = () => Promise.all(catalogYears.map(async (year) => Number(await page.locator(`input[name=year][value="${year}"]`).locator('xpath=..').locator('.n').textContent())));
    const countsAmong = (some: Expected[]) => catalogYears.map((year) => some.filter((organization) => organization.years.includes(year)).length);
    await expect.poll(yearCounts).toEqual(countsAmong(organizations));
    await page.locator('#finder-technology-search').fill('zig');
    await page.locator('#finder-technology-options label', { hasText: 'zig' }).locator('input').check();
    const withZig = organizations.filter((organization) => organization.technologies.includes('zig'));
    expect(countsAmong(withZig)).not.toEqual(countsAmong(organizations));
    await expect.poll(yearCounts).toEqual(countsAmong(withZig));
    await page.goBack();
    await expect.poll(yearCounts).toEqual(countsAmong(organizations));
    await expect.poll(() => page.locator('#finder-technology-options input:checked').count()).toBe(0);
  });

  const sorts: [string, (a: Expected, b: Expected) => number][] = [
    ['projects', (a, b) => b.projects - a.projects],
    ['years', (a, b) => b.years.length - a.years.length || b.projects - a.projects],
    ['recent', (a, b) => b.years.at(-1)! - a.years.at(-1)! || b.projectsByYear.get(b.years.at(-1)!)! - a.projectsByYear.get(a.years.at(-1)!)!],
    ['newest', (a, b) => b.years[0]! - a.years[0]!],
    ['trend', (a, b) => trend(b) - trend(a) || recent(b) - recent(a)],
    ['name', () => 0],
  ];
  const recentYears = () => catalogYears.slice(-3);
  const previousYears = () => catalogYears.slice(-6, -3);
  const sum = (organization: Expected, years: number[]) => years.reduce((total, year) => total + (organization.projectsByYear.get(year) ?? 0), 0);
  const recent = (organization: Expected) => sum(organization, recentYears());
  const trend = (organization: Expected) => recent(organization) - sum(organization, previousYears());
  for (const [sort, compare] of sorts) {
    it(`sorts by ${sort}, ties A–Z`, async () => {
      const { page } = await openFinder(`?sort=${sort}`);
      const names = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-org]')].map((card) => [card.getAttribute('data-org'), card.querySelector('h3')!.textContent])));
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      const expected = [...organizations].sort((a, b) => compare(a, b) || collator.compare(names[a.slug]!, names[b.slug]!)).map((organization) => organization.slug);
      expect(await shown(page)).toEqual(expected);
      await expect(page.locator('#finder-sort').inputValue()).resolves.toBe(sort);
    });
  }

  it('explains the trend on the page', async () => {
    const { page } = await openFinder('?sort=trend');
    await expect(page.locator('#finder-trend').textContent()).resolves.toContain(`projects in ${recentYears()[0]}`);
  });

  it('keeps its state in the address: controls push, typing replaces, back and forward step through', async () => {
    const { page } = await openFinder();
    const start = await page.evaluate(() => history.length);
    await page.locator('input[name=year][value="2015"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015');
    await page.locator('#finder-sort').selectOption('projects');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015&sort=projects');
    await page.locator('#finder-q').pressSequentially('web');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=web&year=2015&sort=projects');
    expect(await page.evaluate(() => history.length)).toBe(start + 2);
    expect(await shown(page)).toEqual(['web-makers']);

    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015');
    await expect(page.locator('#finder-q').inputValue()).resolves.toBe('');
    await expect(page.locator('#finder-sort').inputValue()).resolves.toBe('name');
    expect((await shown(page)).sort()).toEqual(organizations.filter((organization) => organization.years.includes(2015)).map((organization) => organization.slug).sort());
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect((await shown(page)).length).toBe(organizations.length);
    await expect(page.locator('input[name=year][value="2015"]').isChecked()).resolves.toBe(false);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=web&year=2015&sort=projects');
    expect(await shown(page)).toEqual(['web-makers']);
  });

  it('finds a technology by typing, and clears every filter at once', async () => {
    const { page } = await openFinder();
    await page.locator('#finder-technology-search').fill('c#');
    await page.locator('#finder-technology-options label', { hasText: 'c#' }).locator('input').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?technology=c-sharp');
    expect(await shown(page)).toEqual(['data-lab']);
    await page.locator('.finder-clear').click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect((await shown(page)).length).toBe(organizations.length);
  });

  it('opens as served, then draws a page of cards at a time and the next page on request, its first card focused', async () => {
    // The fixture has fewer organizations than a page of cards (FINDER_PAGE_SIZE): this test
    // serves the real page and data file with every card repeated COPIES times, the script as built.
    // Enough for three pages: two "Show more" draw them all.
    const COPIES = Math.ceil((2 * FINDER_PAGE_SIZE + 1) / organizations.length);
    const { page } = await browser.open();
    const html = await (await page.request.get(`${baseUrl()}/orgs/`)).text();
    const dataUrl = /data-finder="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const data = (await (await page.request.get(`${baseUrl()}${dataUrl}`)).json()) as FinderData;
    const list = /(<ol[^>]*id="finder-cards"[^>]*>)(.*?)(<\/ol>)/s.exec(html)!;
    const cards = [...list[2]!.matchAll(/<li data-org="([^"]+)">.*?<\/li>/gs)].map((match) => ({ slug: match[1]!, html: match[0] }));
    expect(cards.length).toBe(organizations.length);
    const copies = Array.from({ length: COPIES }, (_, copy) => cards.map((card) => ({ slug: `${card.slug}-${copy}`, html: card.html.replace(`data-org="${card.slug}"`, `data-org="${card.slug}-${copy}"`) }))).flat();
    const rows = Array.from({ length: COPIES }, () => data.organizations).flat();
    await page.route((url) => url.pathname === '/orgs/', (route) => route.fulfill({ contentType: 'text/html', body: html.replace(list[0], `${list[1]}${copies.map((card) => card.html).join('')}${list[3]}`) }));
    await page.route(`${baseUrl()}/orgs/finder.json*`, (route) => route.fulfill({ json: { ...data, organizations: rows, ends: [copies[0]!.slug, copies.at(-1)!.slug] } }));
    await page.goto(`${baseUrl()}/orgs/`);
    await page.locator('.finder.is-live').waitFor();
    const total = copies.length;
    // The plain address is the page as served: every card, in its place.
    expect(await shown(page)).toEqual(copies.map((card) => card.slug));
    const more = page.locator('.finder-more');
    await expect(more.isVisible()).resolves.toBe(false);
    // Any change draws the first page of its matches; the count is of every match.
    await page.locator('#finder-sort').selectOption('projects');
    const projects = new Map(copies.map((card, index) => [card.slug, rows[index]![2].reduce((sum, count) => sum + count, 0)]));
    const byProjects = [...projects.values()].sort((a, b) => b - a);
    const first = await shown(page);
    expect(first.length).toBe(FINDER_PAGE_SIZE);
    expect(first.map((slug) => projects.get(slug!))).toEqual(byProjects.slice(0, FINDER_PAGE_SIZE));
    await expect(page.locator('#finder-count').textContent()).resolves.toBe(`${total} organizations, most projects first`);
    await expect(more.textContent()).resolves.toBe(`Show ${FINDER_PAGE_SIZE} more (${total - FINDER_PAGE_SIZE} not shown)`);
    await more.click();
    const second = await shown(page);
    expect(second.slice(0, FINDER_PAGE_SIZE)).toEqual(first);
    expect(second.map((slug) => projects.get(slug!))).toEqual(byProjects.slice(0, 2 * FINDER_PAGE_SIZE));
    await expect(page.evaluate(() => document.activeElement?.closest('[data-org]')?.getAttribute('data-org'))).resolves.toBe(second[FINDER_PAGE_SIZE]);
    await more.click();
    const all = await shown(page);
    expect(all.length).toBe(total);
    expect([...all].sort()).toEqual(copies.map((card) => card.slug).sort());
    await expect(more.isVisible()).resolves.toBe(false);
    // Back to the plain address: a page of matches again, A–Z.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect(await shown(page)).toEqual(copies.slice(0, FINDER_PAGE_SIZE).map((card) => card.slug));
    await page.locator('#finder-q').fill('zzzz');
    expect(await shown(page)).toEqual([]);
    await expect(more.isVisible()).resolves.toBe(false);
    // A shared address opens on its first page.
    await page.goto(`${baseUrl()}/orgs/?sort=name`);
    await page.locator('.finder.is-live').waitFor();
    expect(await shown(page)).toEqual(copies.slice(0, FINDER_PAGE_SIZE).map((card) => card.slug));
  });

  it('ignores values the catalog does not have, whatever they are called', async () => {
    for (const query of ['?technology=constructor', '?technology=__proto__', '?technology=toString', '?topic=__proto__', '?category=hasOwnProperty', '?year=constructor', '?sort=__proto__', '?program=toString']) {
      const { page, errors } = await openFinder(query);
      const served = await page.locator('[data-org]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-org')));
      expect(served.length).toBe(organizations.length);
      expect(await shown(page), query).toEqual(served);
      await expect(page.locator('#finder-count').textContent()).resolves.toBe(`${organizations.length} organizations, A–Z`);
      expect(errors, query).toEqual([]);
      await page.close();
    }
    // Beside a known value, an unknown one changes nothing.
    const { page } = await openFinder('?technology=constructor&technology=zig');
    expect((await shown(page)).sort()).toEqual(organizations.filter((organization) => organization.technologies.includes('zig')).map((organization) => organization.slug).sort());
  });

  it('says so when nothing matches', async () => {
    const { page } = await openFinder('?q=zzzz');
    expect(await shown(page)).toEqual([]);
    await expect(page.locator('#finder-count').textContent()).resolves.toContain(`0 of ${organizations.length} organizations`);
    await expect(page.locator('.finder').getAttribute('class')).resolves.toContain('is-empty');
  });

  it('can be used from the keyboard alone', async () => {
    const { page } = await openFinder();
    await page.locator('#finder-q').focus();
    await page.keyboard.type('data');
    expect(await shown(page)).toEqual(['data-lab']);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('finder-sort');
    await page.keyboard.press('Control+a');
    await page.locator('#finder-q').fill('');
    // Into the filters: a year checkbox toggles with Space, a technology with Space after typing.
    await page.locator('input[name=year][value="2015"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015');
    await page.locator('#finder-technology-search').focus();
    await page.keyboard.type('zi');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).closest('label')?.textContent)).resolves.toContain('zig');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015&technology=zig');
    // The checkbox keeps the focus while its list is re-rendered.
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2015');
    await page.locator('#finder-first').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('first'))).toBe(String(catalogYears.at(-1)));
  });

  it('fits 375 px: filters open as a sheet from the bar and close with Escape', async () => {
    const { page } = await openFinder('', 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await expect(page.locator('.finder-side').isVisible()).resolves.toBe(false);
    const open = page.locator('.finder-open');
    await open.click();
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('.finder-side').isVisible()).resolves.toBe(true);
    await page.locator('input[name=year][value="2015"]').check();
    await expect(page.locator('.finder-close').textContent()).resolves.toBe(`Show ${organizations.filter((organization) => organization.years.includes(2015)).length} organizations`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.finder-side').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('finder-open');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  it('does not move the cards when it becomes the finder', async () => {
    const { page } = await browser.open();
    await page.route('**/orgs/finder.json*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${baseUrl()}/orgs/`);
    const before = await page.locator('.org-cards > li').first().boundingBox();
    await page.locator('.finder.is-live').waitFor();
    expect(await page.locator('.org-cards > li').first().boundingBox()).toEqual(before);
  });

  it('has no serious or critical axe-core violations, before and after filtering', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [query, width] of [['', 1280], ['?year=2015&technology=zig&sort=trend', 1280], ['', 375]] as const) {
      const { page } = await openFinder(query, width);
      if (width === 375) await page.locator('.finder-open').click();
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document.documentElement);
        return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${query || '/orgs/'} at ${width} px`).toEqual([]);
    }
  });
});

describe('the organization finder whose script never arrives', () => {
  it('hides the cards as served while it waits for the script, then shows every one, A–Z, after 4 s', async () => {
    const { page } = await browser.open(375);
    await page.route('**/finder/finder.js*', (route) => route.abort());
    await page.goto(`${baseUrl()}/orgs/?year=2015`);
    const drawn = () => page.locator('.org-cards > li').evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).length);
    // Meanwhile the page keeps the list's place, so what follows it does not come up and go down.
    expect(await drawn()).toBe(0);
    expect(await page.locator('.org-cards').evaluate((list) => list.getBoundingClientRect().height)).toBeGreaterThanOrEqual(800);
    await expect.poll(drawn, { timeout: 8_000 }).toBe(organizations.length);
    const names = await page.locator('.org-cards h3').allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    await page.close();
  });
});

describe('the organization finder without JavaScript', () => {
  const state: { close?: () => Promise<void>; page?: Page } = {};
  beforeAll(async () => {
    const context = await launchChromium({ javaScriptEnabled: false });
    state.page = await context.newPage();
    await state.page.setViewportSize({ width: 375, height: 800 });
    state.close = () => context.close();
  });
  afterAll(async () => {
    await state.close?.();
  });

  it('lists every organization A–Z as the same cards, and links to years, technologies, topics and categories', async () => {
    const page = state.page!;
    await page.goto(`${baseUrl()}/orgs/?year=2015`);
    const slugs = await page.locator('[data-org]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-org')!));
    expect(slugs.length).toBe(organizations.length);
    expect(await page.locator('.org-cards > li').evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).length)).toBe(organizations.length);
    const names = await page.locator('.org-cards h3').allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const year of catalogYears) expect(hrefs).toContain(`/years/${year}/`);
    expect(hrefs).toContain('/technologies/rust/');
    expect(hrefs).toContain('/topics/kernel/');
    expect(hrefs).toContain('/categories/operating-systems/');
    // The finder's controls take their place but stay out of sight and out of reach.
    await expect(page.locator('.finder-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('.finder-side').isVisible()).resolves.toBe(true);
    await expect(page.locator('.oc-f', { hasText: 'Kernel Works Initiative' }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
