/**
 * `npm run screenshots -- [PATH...]`: screenshots of the exported site (out/) at desktop and
 * mobile widths, in light and dark themes, into test-results/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './support/chromium';
import { readCommandLine } from './support/command-line';
import { builtBasePath, serveStatic } from './support/serve-static';

const { values, positionals } = readCommandLine({
  usage: 'npm run screenshots --',
  summary: 'Screenshots of pages of an export at 1280 and 375 px, light and dark, into test-results/screenshots/.',
  flags: {
    top: { type: 'boolean', description: 'only the first screenful, to look at details (default: whole pages)' },
    site: { type: 'string', placeholder: 'DIR', default: 'out', description: "the export (the browser tests' is test-results/site)" },
  },
  positionals: { placeholder: 'PATH...', description: 'the site paths to take, like /orgs/ (default: /)' },
});
const fullPage = !values.top;
const site = values.site;
const paths = positionals.length > 0 ? positionals : ['/'];
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
        // A phone's pointer is coarse and cannot hover (what Chromium's touch emulation reports):
        // what depends on it (the search box's "/" hint) shows as on a phone. Playwright resets
        // touch emulation when it resizes the page (as a full-page screenshot does), so the phone
        // is made as tall as its page and touch set again before a plain screenshot.
        const session = label === 'mobile' ? await context.newCDPSession(page) : undefined;
        const touch = () => session?.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        await touch();
        await page.goto(base + urlPath, { waitUntil: 'networkidle' });
        // Let the search worker answer before the picture is taken.
        if (urlPath.startsWith('/search/')) await page.locator('.search-result, .search-empty').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        const name = `${fullPage ? '' : 'top-'}${urlPath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
        if (session && fullPage) {
          await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
          await touch();
        }
        await page.screenshot({ path: path.join(outDir, name), fullPage: fullPage && !session });
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
