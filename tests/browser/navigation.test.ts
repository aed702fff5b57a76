import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('browsing the catalog', () => {
  it('goes home → year → organization → project by clicking, and back up by the breadcrumbs', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/`);
    await expect(page.title()).resolves.toBe('GSoC Archive Catalog');

    await page.getByRole('link', { name: '2014', exact: false }).filter({ hasText: 'organization' }).click();
    await page.waitForURL('**/years/2014/');
    await expect(page.locator('h1').textContent()).resolves.toBe('2014');

    await page.getByRole('link', { name: 'Xen Project' }).click();
    await page.waitForURL('**/orgs/xen-project/2014/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Xen Project');
    expect(await page.locator('.project-list > li').count()).toBe(5);

    await page.getByRole('link', { name: 'Lazy Restore Using Memory Paging' }).click();
    await page.waitForURL('**/orgs/xen-project/2014/lazy-restore-using-memory-paging/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Lazy Restore Using Memory Paging');
    await expect(page.locator('main').textContent()).resolves.toContain('VM save/restore functionality is one of the most commonly used');

    // Back up: the organization-year, then the organization, from the breadcrumbs.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '2014' }).click();
    await page.waitForURL('**/orgs/xen-project/2014/');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Xen Project' }).click();
    await page.waitForURL('**/orgs/xen-project/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Xen Project');
    // And the browser's own back button returns where we were.
    await page.goBack();
    await page.waitForURL('**/orgs/xen-project/2014/');
    expect(errors).toEqual([]);
  });

  it('opens a project permalink directly, with its details and its neighbours', async () => {
    const { page, errors } = await browser.open();
    const response = await page.goto(`${baseUrl()}/orgs/example-foundation/2010/faster-incremental-compilation/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Faster Incremental Compilation · Example Foundation 2010 · GSoC Archive Catalog');
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toMatch(/Contributor\s*Ada Example/);
    await expect(main.textContent()).resolves.toMatch(/Mentors\s*Grace Mentor, Linus Mentor/);
    await expect(main.getByRole('link', { name: 'https://example.org/code/incremental' }).getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(main.getByRole('link', { name: 'Typo-tolerant Search for the Docs' }).getAttribute('href')).resolves.toBe(
      '/orgs/example-foundation/2010/typo-tolerant-search-for-the-docs/',
    );
    // Built without SITE_URL: no canonical link rather than a guessed host (tests/browser/base-path.test.ts has one).
    await expect(page.locator('link[rel=canonical]').count()).resolves.toBe(0);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe('Faster Incremental Compilation · Example Foundation 2010');
    expect(errors).toEqual([]);
  });

  it('shows an organization across its years and programs, newest first', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/example-foundation/`);
    const editions = await page.locator('main section[aria-labelledby^="edition-"] h2').allTextContents();
    expect(editions).toEqual(['Google Summer of Code 2017', 'Google Code-in 2013', 'Google Summer of Code 2010', 'Google Summer of Code 2009']);
    expect(await page.getByRole('link', { name: '2010: 2 projects' }).count()).toBe(1);
    await page.goto(`${baseUrl()}/orgs/example-foundation/code-in-2013/`);
    await expect(page.locator('h1 + .eyebrow, .eyebrow').first().textContent()).resolves.toContain('Google Code-in 2013');
  });

  it('tells a project’s own technologies from its organization’s, and lists it first on the technology page', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/example-foundation/2010/faster-incremental-compilation/`);
    const facts = (await page.locator('main dl.facts').textContent())!;
    expect(facts).toMatch(/Technologies it names\s*rust/);
    expect(facts).toMatch(/Example Foundation's technologies in 2010\s*rust\s*python\s*go/);
    await page.goto(`${baseUrl()}/technologies/rust/`);
    // Its organizations' projects start with those that name it (the page's trends come before them).
    const heading = page.getByRole('heading', { level: 3, name: 'Projects that name rust' });
    await expect(heading.isVisible()).resolves.toBe(true);
    await expect(heading.locator('xpath=following-sibling::ul[1]//a').first().textContent()).resolves.toBe('Faster Incremental Compilation');
    expect(errors).toEqual([]);
  });

  it('sends an old spelling of a technology to its one page', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/technologies/golang/`);
    await page.waitForURL('**/technologies/go/');
    await expect(page.locator('h1').textContent()).resolves.toBe('go');
  });

  it('answers a bad path with a useful 404', async () => {
    const { page } = await browser.open();
    const response = await page.goto(`${baseUrl()}/orgs/xen-project/2014/no-such-project/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.getByRole('searchbox').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('link', { name: 'All organizations, A–Z' }).click();
    await page.waitForURL('**/orgs/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Organizations');
  });
});
