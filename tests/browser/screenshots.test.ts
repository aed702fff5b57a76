/**
 * Screenshots of the main kinds of page at desktop and mobile width, light and dark, into
 * test-results/screenshots/ (artifacts to look at, never committed).
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();
const OUT = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const PAGES = {
  home: '/',
  organization: '/orgs/example-foundation/',
  project: '/orgs/example-foundation/2010/faster-incremental-compilation/',
};

describe('screenshots', () => {
  mkdirSync(OUT, { recursive: true });
  for (const [name, pagePath] of Object.entries(PAGES)) {
    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${name} at ${width} px, ${scheme}`, async () => {
          const { page } = await browser.open(width);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${baseUrl()}${pagePath}`, { waitUntil: 'networkidle' });
          const file = path.join(OUT, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size).toBeGreaterThan(5_000);
          // The theme follows the system setting.
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(background).toBe(scheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)');
        });
      }
    }
  }
});
