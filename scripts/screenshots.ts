/**
 * `npm run screenshots -- [PATH...]`: screenshots of the exported site (out/) at desktop and
 * mobile widths, in light and dark themes, into test-results/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './support/chromium';
import { builtBasePath, serveStatic } from './support/serve-static';

// --top: only the first screenful, to look at details; otherwise whole pages.
const fullPage = !process.argv.includes('--top');
// --site DIR: screenshots of another export (the browser tests' test-results/site, say).
const siteIndex = process.argv.indexOf('--site');
const site = siteIndex === -1 ? 'out' : process.argv[siteIndex + 1]!;
const argPaths = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && all[index - 1] !== '--site');
const paths = argPaths.length > 0 ? argPaths : ['/'];
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

// An export built with BASE_PATH is served under it; PATHs are the site's own ("/orgs/").
const basePath = builtBasePath(site);
const server = await serveStatic(site, 0, '127.0.0.1', { basePath });
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${basePath}`;
const context = await launchChromium();
try {
  for (const urlPath of paths) {
    for (const [label, width] of [['desktop', 1280], ['mobile', 375]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: label === 'desktop' ? 900 : 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(base + urlPath, { waitUntil: 'networkidle' });
        // Let the search worker answer before the picture is taken.
        if (urlPath.startsWith('/search/')) await page.locator('.search-result, .search-empty').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        const name = `${fullPage ? '' : 'top-'}${urlPath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${name}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await context.close();
  server.close();
}
