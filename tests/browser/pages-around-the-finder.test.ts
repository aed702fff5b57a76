/**
 * Topics, categories, the links on every chip, a year's newcomers and an organization's facts,
 * on the fixture site (tests/fixtures/site/2017 and 2018 give two organizations that share
 * compilers, rust and llvm, and one that shares nothing).
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('pages around the finder', () => {
  it('lists topics A–Z with organizations and organization-years, and opens a topic’s page', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/topics/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Topics');
    const compilers = page.locator('main li', { has: page.getByRole('link', { name: 'compilers', exact: true }) });
    await expect(compilers.textContent()).resolves.toMatch(/2 organizations, 4 organization-years/);
    await compilers.getByRole('link').click();
    await page.waitForURL('**/topics/compilers/');
    await expect(page.locator('h1').textContent()).resolves.toBe('compilers');
    const lede = (await page.locator('main .lede').textContent())!;
    expect(lede).toMatch(/2 organizations gave compilers among their topics, in 4 organization-years with 9 projects/);
    expect(lede).toMatch(/a topic belongs to the organization-year, not to a project/);
    await expect(page.locator('main h2:has-text("Organizations") + ul a').allTextContents()).resolves.toEqual(['Example Foundation', 'Sample Compilers Group']);
    // The most recent projects first.
    await expect(page.locator('main h2:has-text("Recent projects") + ul a').first().textContent()).resolves.toBe('Polyhedral Scheduling');
    expect(errors).toEqual([]);
  });

  it('shows a category with the organizations filed under it', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/categories/`);
    await page.getByRole('link', { name: 'Programming languages' }).click();
    await page.waitForURL('**/categories/programming-languages/');
    await expect(page.locator('main .lede').textContent()).resolves.toMatch(/2 organizations had Programming languages as their category, in 4 organization-years/);
    await expect(page.locator('main h2:has-text("Organizations") + ul a').allTextContents()).resolves.toEqual(['Example Foundation', 'Sample Compilers Group']);
  });

  it('sends an old spelling of a topic to its one page', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/topics/ml/`);
    await page.waitForURL('**/topics/machine-learning/');
    await expect(page.locator('h1').textContent()).resolves.toBe('machine learning');
    await expect(page.locator('main').textContent()).resolves.toContain('Also written: ML, machine-learning.');
  });

  it('makes every technology, topic and category chip a link to its page', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/sample-compilers-group/2017/`);
    const chips = page.locator('main .tags li');
    const count = await chips.count();
    expect(count).toBe(7);
    await expect(page.locator('main .tags li > a.tag').count()).resolves.toBe(count);
    const hrefs = await page.locator('main a.tag').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/categories/programming-languages/', '/topics/compilers/', '/topics/machine-learning/', '/topics/developer-tools/', '/technologies/c-plus-plus/']),
    );
    await page.locator('main a.tag', { hasText: 'machine learning' }).click();
    await page.waitForURL('**/topics/machine-learning/');
    // A project page's technologies are links too.
    await page.goto(`${baseUrl()}/orgs/sample-compilers-group/2017/loop-vectorizer/`);
    await expect(page.locator('main .tags li:not(:has(a.tag))').count()).resolves.toBe(0);
    await expect(page.locator('main a.tag').count()).resolves.toBe(3);
  });

  it('marks the organizations new to the archive in a year, and counts those returning', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/years/2017/`);
    await expect(page.locator('main .newcomers').textContent()).resolves.toMatch(/1 new organization \(their first year in the archive\), 1 returning/);
    const item = (name: string) => page.locator('main li', { has: page.getByRole('link', { name, exact: true }) });
    await expect(item('Sample Compilers Group').locator('.badge-new').count()).resolves.toBe(1);
    await expect(item('Example Foundation').locator('.badge-new').count()).resolves.toBe(0);
    // The archive's first year has nothing to compare with.
    await page.goto(`${baseUrl()}/years/2009/`);
    await expect(page.locator('main .badge-new').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('The archive starts in 2009');
  });

  it('gives an organization’s years, runs and best year, and organizations like it', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/example-foundation/`);
    const facts = (await page.locator('main dl.taking-part').textContent())!;
    expect(facts).toMatch(/First year\s*2009/);
    expect(facts).toMatch(/Latest year\s*2017/);
    // The fixture archive holds 2009, 2010, 2013, 2014, 2015, 2017 and 2018.
    expect(facts).toMatch(/Years taken part\s*4 of the 7 years in the archive since 2009/);
    expect(facts).toMatch(/Longest run\s*2 years in a row, 2009–2010/);
    expect(facts).toMatch(/Projects\s*8 in total; 3 in its best year, 2017/);
    await expect(page.locator('main dl.taking-part a', { hasText: '2017' }).first().getAttribute('href')).resolves.toBe('/orgs/example-foundation/2017/');
    const similar = page.locator('section[aria-labelledby="similar-organizations"] li');
    await expect(similar.locator('a').allTextContents()).resolves.toEqual(['Sample Compilers Group']);
    await expect(similar.textContent()).resolves.toMatch(/shares .*rust/);
    // An organization that shares nothing lists no one.
    await page.goto(`${baseUrl()}/orgs/garden-society/`);
    await expect(page.locator('#similar-organizations').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
