/**
 * Content is untrusted. The fixture page tests/fixtures/site/hostile.md puts script tags, event
 * handlers, javascript: and data: URLs in every field it can; none of it may run or reach the DOM.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

const HOSTILE_PAGES = [
  '/orgs/hostile-script-window-injected-name-script-org/',
  '/orgs/hostile-script-window-injected-name-script-org/2015/',
  '/orgs/hostile-script-window-injected-name-script-org/2015/escape-script-alert-title-script-the-title/',
  '/orgs/hostile-script-window-injected-name-script-org/2015/a-plain-neighbour/',
  '/years/2015/',
];

describe('hostile content', () => {
  for (const path of HOSTILE_PAGES) {
    it(`executes nothing on ${path}`, async () => {
      const { page, errors, dialogs } = await browser.open();
      const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Give any handler a chance to fire: hover and focus everything, open every <details>.
      for (const element of await page.locator('main b, main a, main details').all()) await element.hover().catch(() => undefined);
      await page.waitForTimeout(100);

      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: unknown }).__injected)).toBeUndefined();

      const dom = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const attributes = [...main.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => `${element.tagName}.${attribute.name}=${attribute.value}`));
        return {
          scripts: main.querySelectorAll('script, style, iframe, img, object, embed').length,
          handlers: attributes.filter((attribute) => /\.on[a-z]+=/i.test(attribute)),
          badUrls: attributes.filter((attribute) => /\.(href|src|action)=\s*(javascript|data|vbscript):/i.test(attribute)),
        };
      });
      expect(dom).toEqual({ scripts: 0, handlers: [], badUrls: [] });
    });
  }

  it('shows hostile text as text', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}${HOSTILE_PAGES[2]}`);
    // A title is plain text: its "<script>" is shown, as characters, never parsed.
    await expect(page.locator('h1').textContent()).resolves.toBe("Escape <script>alert('title')</script> the title");
    expect(await page.locator('h1 *').count()).toBe(0);
    await page.goto(`${baseUrl()}${HOSTILE_PAGES[1]}`);
    // The javascript: web page stays visible, as text, not as a link.
    const facts = page.locator('dl.facts');
    await expect(facts.textContent()).resolves.toContain("javascript:window.__injected = 'web page'");
    expect(await facts.locator('a[href^="javascript"]').count()).toBe(0);
    // The safe link of the neighbour still works.
    await page.goto(`${baseUrl()}${HOSTILE_PAGES[3]}`);
    await expect(page.getByRole('link', { name: 'normal link' }).getAttribute('href')).resolves.toBe('https://example.com/ok');
  });

  // A topic "a\u202Eevil" holds a right-to-left override: unless the name is isolated, it reverses
  // the site's own text after it, to the end of the line ("· 1 organization" read backwards).
  it.each([
    ['/topics/', '1 organization, 1 organization-year'],
    ['/topics/a-evil/', ' among their topics, in '],
  ])('draws the site’s own text after a name with a bidi override in reading order on %s', async (path, siteText) => {
    const { page } = await browser.open();
    await page.goto(`${baseUrl()}${path}`);
    const boxes = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        // The site's text in the same line (list item, paragraph) as the name with the override.
        if (at < 0 || !node.parentElement!.closest('li, p')?.textContent!.includes('\u202E')) continue;
        return [...text].map((_, index) => {
          const range = document.createRange();
          range.setStart(node, at + index);
          range.setEnd(node, at + index + 1);
          const box = range.getBoundingClientRect();
          return { left: box.left, top: box.top };
        });
      }
      return undefined;
    }, siteText);
    expect(boxes, `${siteText} on ${path}`).toBeDefined();
    // Left to right, character after character, on each line the text wraps to.
    for (let index = 1; index < boxes!.length; index++) {
      const [before, after] = [boxes![index - 1]!, boxes![index]!];
      if (after.top === before.top) expect(after.left, `${JSON.stringify(siteText)}[${index}]`).toBeGreaterThanOrEqual(before.left);
    }
  });
});
