import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

const resultTitles = (page: import('playwright-core').Page) => page.locator('.search-result__link').allTextContents();

describe('search', () => {
  it('finds a project by keyword, and following the result opens its permalink', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search projects' }).last();
    await box.fill('incremental compilation');
    await page.locator('.search-result').first().waitFor();
    expect((await resultTitles(page))[0]).toBe('Faster Incremental Compilation');
    expect(new URL(page.url()).searchParams.get('q')).toBe('incremental compilation');
    // The matched words are highlighted, in the title and the snippet.
    expect(await page.locator('.search-result').first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Incremental', 'Compilation']));
    await page.locator('.search-result').first().locator('.search-result__snippet mark').first().waitFor();
    await page.locator('.search-result__link').first().click();
    await page.waitForURL('**/orgs/example-foundation/2010/faster-incremental-compilation/');
    expect(await page.locator('h1').textContent()).toBe('Faster Incremental Compilation');
    expect(errors).toEqual([]);
  });

  it('still finds it with a typo', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('incremantal')}`);
    await page.locator('.search-result').first().waitFor();
    expect(await resultTitles(page)).toContain('Faster Incremental Compilation');
  });

  it('opens a search from its URL, and moves through results with the keyboard', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=xen`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search projects' }).last().inputValue()).toBe('xen');
    expect((await resultTitles(page)).length).toBeGreaterThanOrEqual(5);
    await page.getByRole('searchbox', { name: 'Search projects' }).last().press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe((await resultTitles(page))[0]);
    expect(second).toBe((await resultTitles(page))[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/orgs/xen-project/2014/**');
    // Back on the search page, "/" focuses its own box, not the header's.
    await page.goBack();
    await page.locator('.search-result').first().waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  it('shows the organization a query names above the projects, and not under an organization filter', async () => {
    const { page } = await browser.open(375);
    await page.goto(`${baseUrl()}/search/?q=example`);
    await page.locator('.search-result').first().waitFor();
    const organization = page.locator('.search-organizations [data-org="example-foundation"]');
    await expect(organization.getByRole('link').getAttribute('href')).resolves.toBe('/orgs/example-foundation/');
    // One line each: the first project stays in view on a phone.
    expect(await page.locator('.search-result').first().isVisible()).toBe(true);
    const projectTop = (await page.locator('.search-result').first().boundingBox())!.y;
    expect(projectTop).toBeLessThan(await page.evaluate(() => window.innerHeight));
    await page.goto(`${baseUrl()}/search/?q=example&organization=example-foundation`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-organizations').count()).toBe(0);
  });

  it('answers a later query on the same page, fetching only the pieces it needs', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=xen`);
    await page.locator('.search-result').first().waitFor();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('#search-query').fill('incremental compilation');
    await expect.poll(() => resultTitles(page).then((titles) => titles[0])).toBe('Faster Incremental Compilation');
    expect(new URL(page.url()).searchParams.get('q')).toBe('incremental compilation');
    // No second copy of the meta, and no other page asset: term and name shards, posting shards, documents, abstracts.
    expect(fetched.filter((path) => !/^\/search-data\/(terms|names|postings|documents|abstracts)\//.test(path))).toEqual([]);
    // Nobody is named so: no name postings, no people.
    expect(fetched.filter((path) => /^\/search-data\/(name-postings|people)\//.test(path))).toEqual([]);
    expect(fetched.some((path) => path.startsWith('/search-data/terms/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('never moves results once shown, even when the index arrives slowly', async () => {
    const { page } = await browser.open();
    // Each index file takes its time, in a different order than asked: the first results must still be the final ones.
    let delay = 0;
    await page.route('**/search-data/**', async (route) => {
      delay = (delay + 137) % 400;
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await page.addInitScript(() => {
      const record = window as unknown as { shown: string[][] };
      record.shown = [];
      new MutationObserver(() => {
        const titles = [...document.querySelectorAll('.search-result__link')].map((link) => link.textContent ?? '');
        if (titles.length > 0 && titles.join('\n') !== record.shown.at(-1)?.join('\n')) record.shown.push(titles);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('search docs')}`);
    await page.locator('.search-result__snippet mark').first().waitFor();
    await page.waitForTimeout(1000);
    const shown = await page.evaluate(() => (window as unknown as { shown: string[][] }).shown);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.length).toBeGreaterThan(0);
  });

  it('keeps the search in the address, and goes back to the previous filters', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=xen`);
    await page.locator('.search-result').first().waitFor();
    await page.getByLabel('Year').selectOption('2014');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=xen&year=2014');
    await page.getByLabel('Year').selectOption('2009');
    await page.getByText('No projects match.').waitFor();
    await page.goBack();
    await expect.poll(() => page.getByLabel('Year').inputValue()).toBe('2014');
    await page.locator('.search-result').first().waitFor();
    await page.goBack();
    await expect.poll(() => page.getByLabel('Year').inputValue()).toBe('');
    expect(await page.locator('#search-query').inputValue()).toBe('xen');
    await page.goForward();
    await expect.poll(() => page.getByLabel('Year').inputValue()).toBe('2014');
  });

  it('suggests organizations as you type, from the few names that match, and filters by the one chosen', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=xen`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-organization-list option').count()).toBe(0);
    await page.getByLabel('Organization', { exact: true }).fill('xen pro');
    expect(await page.locator('#search-organization-list option').evaluateAll((options) => options.map((option) => option.getAttribute('value')))).toEqual(['Xen Project']);
    await page.getByLabel('Organization', { exact: true }).fill('Xen Project');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('organization'))).toBe('Xen Project');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-organizations').count()).toBe(0);
    await page.getByLabel('Organization', { exact: true }).fill('Example Foundation');
    await page.getByText('No projects match.').waitFor();
  });

  it('filters by year, organization and technology, and keeps them in the URL', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?technology=rust`);
    await page.locator('.search-result').first().waitFor();
    // The project that names rust first, then the other projects of organization-years using it (2010, 2017, 2018).
    const titles = await resultTitles(page);
    expect(titles[0]).toBe('Faster Incremental Compilation');
    expect(titles).toHaveLength(9);
    expect(titles).toContain('Typo-tolerant Search for the Docs');
    expect(titles).not.toContain('Plant Map');
    await page.getByLabel('Year').selectOption('2009');
    await page.getByText('No projects match.').waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2009');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows what to try when nothing matches', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/search/?q=zzzqqqxxx`);
    await page.locator('.search-empty').waitFor();
    expect(await page.locator('.search-empty').textContent()).toContain('Nothing matches “zzzqqqxxx”');
    expect(await page.locator('.search-empty a').count()).toBe(3);
  });

  it('takes a 1,000-character query and regex characters without an error', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search projects' }).last();
    await page.getByText(/Type to search \d+ projects/).waitFor();
    for (const query of ['(a+b)*', 'c++ [', '\\d+$^', 'x'.repeat(1000), `${'incremental '.repeat(90)}`]) {
      await box.fill(query);
      await page.waitForTimeout(150);
    }
    expect(errors).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toMatch(/match|No projects/);
  });

  it('jumps to the search box with "/" from any page', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('xen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=xen');
    await page.locator('.search-result').first().waitFor();
  });

  it('keeps its layout still while the index loads, at 375 px', async () => {
    const { page } = await browser.open(375);
    // Cumulative layout shift, as the browser scores it (web-vitals counts ≤ 0.1 as good).
    await page.addInitScript(() => {
      const record = window as unknown as { layoutShift: number };
      record.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) record.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl()}/search/?q=xen`);
    await page.locator('.search-result').first().waitFor();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    console.log(`search page layout shift: ${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.01);
  });

  it('says so, and points to the lists, when the index cannot be fetched', async () => {
    const { page } = await browser.open();
    await page.context().route('**/search-data/**', (route) => route.abort());
    try {
      await page.goto(`${baseUrl()}/search/?q=xen`);
      const status = page.locator('.search-status');
      await status.getByText('Search is unavailable').waitFor();
      expect(await page.locator('.search-result').count()).toBe(0);
      expect(await status.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/years/', '/orgs/']);
    } finally {
      await page.context().unroute('**/search-data/**');
    }
  });

  it('without JavaScript, says search needs it and offers ways on that work without it', async () => {
    const context = await (await import('../../scripts/support/chromium')).launchChromium({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/search/?q=xen`);
      const notice = page.locator('.search-noscript');
      expect(await notice.isVisible()).toBe(true);
      // No box that looks as if it searched, no status that waits for ever.
      expect(await page.locator('#search-query').isVisible()).toBe(false);
      expect(await page.locator('.search-status').isVisible()).toBe(false);
      expect(await notice.textContent()).toContain('Search runs in your browser and needs JavaScript');
      expect(await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/years/', '/orgs/', '/technologies/', '/topics/', '/categories/']);
      // Each of them works without script: the organizations' list is there in the HTML.
      await notice.getByRole('link', { name: 'the organizations, A–Z' }).click();
      await page.waitForURL('**/orgs/');
      expect(await page.locator('h1').textContent()).toBe('Organizations');
    } finally {
      await context.close();
    }
  });

  it('puts the query back in the box before the search script runs', async () => {
    const { page } = await browser.open();
    // The search script never arrives: the page's own inline script still shows what was asked.
    await page.route('**/search-page/**', (route) => route.abort());
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('rust compiler')}`);
    expect(await page.locator('#search-query').inputValue()).toBe('rust compiler');
  });
  it('finds a contributor by name as it is typed, in either order, and shows whose name it is', async () => {
    const { page, errors } = await browser.open(375);
    await page.goto(`${baseUrl()}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search projects' }).last();
    await page.getByText(/Type to search \d+ projects/).waitFor();
    await box.pressSequentially('example ad', { delay: 30 });
    const first = page.locator('.search-result').first();
    await expect.poll(() => first.locator('.search-result__link').textContent()).toBe('Faster Incremental Compilation');
    const person = first.locator('.search-result__person');
    await expect.poll(() => person.evaluate((element) => element.checkVisibility())).toBe(true);
    expect(await person.textContent()).toBe(' · contributor Ada Example');
    expect(await person.locator('mark').allTextContents()).toEqual(['Ada', 'Example']);
    // Drawn inside the viewport of a phone, on the result's own line.
    const box375 = (await person.boundingBox())!;
    expect(box375.width).toBeGreaterThan(0);
    expect(box375.y).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(errors).toEqual([]);
  });

  it("links a project's contributor and mentors to the search for their names", async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/orgs/example-foundation/2010/faster-incremental-compilation/`);
    await page.locator('main').getByRole('link', { name: 'Grace Mentor' }).click();
    await page.waitForURL('**/search/?q=Grace+Mentor');
    const first = page.locator('.search-result').first();
    await first.waitFor();
    expect(await first.locator('.search-result__link').textContent()).toBe('Faster Incremental Compilation');
    expect(await first.locator('.search-result__person').textContent()).toBe(' · mentor Grace Mentor');
    expect(await first.locator('.search-result__person').evaluate((element) => element.checkVisibility())).toBe(true);
    await page.goBack();
    await page.locator('main').getByRole('link', { name: 'Ada Example' }).click();
    await page.waitForURL('**/search/?q=Ada+Example');
    await page.locator('.search-result__person').first().waitFor();
    expect(await page.locator('.search-result__person').first().textContent()).toBe(' · contributor Ada Example');
    expect(errors).toEqual([]);
  });

  it('cuts a pasted megabyte at the length the search reads, says so, and answers', async () => {
    const { page, errors } = await browser.open();
    await page.goto(`${baseUrl()}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search projects' }).last();
    await page.getByText(/Type to search \d+ projects/).waitFor();
    const note = page.locator('#search-query-cut');
    expect(await note.evaluate((element) => element.checkVisibility())).toBe(false);
    await box.focus();
    await page.keyboard.insertText(`incremental ${'compilation '.repeat(90_000)}`);
    expect((await box.inputValue()).length).toBe(256);
    await expect.poll(() => note.evaluate((element) => element.checkVisibility())).toBe(true);
    expect(await note.textContent()).toContain('Only the first 256 characters are searched');
    await expect.poll(() => resultTitles(page).then((titles) => titles[0])).toBe('Faster Incremental Compilation');
    expect(new URL(page.url()).searchParams.get('q')!.length).toBe(256);
    // Shorter again: the note goes.
    await box.fill('xen');
    await expect.poll(() => note.evaluate((element) => element.checkVisibility())).toBe(false);
    // A long address is cut the same way.
    await page.goto(`${baseUrl()}/search/?q=${'xen '.repeat(2_000)}`);
    await page.locator('.search-result').first().waitFor();
    expect((await box.inputValue()).length).toBe(256);
    expect(await note.evaluate((element) => element.checkVisibility())).toBe(true);
    expect(errors).toEqual([]);
  });
});
