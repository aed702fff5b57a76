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
});
