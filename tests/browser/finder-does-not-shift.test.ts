/**
 * The organization finder's page does not move while it loads and becomes the finder: at 375 px
 * and at 1280 px, on /orgs/ and on an address that filters and sorts, the layout shifts Chromium
 * reports (PerformanceObserver "layout-shift", none after input) add up to at most 0.005.
 *
 * Each page is loaded twice: at once, and as a slow network delivers it, the HTML in two parts
 * 300 ms apart, so that the browser draws the top of the page before the cards have arrived.
 * Lighthouse's phone saw the second: its side column drawn below the first cards, pushed down as
 * the others arrived, then taken out of the page when the script started (CLS 0.54, issue 18).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** The most the shifts may add up to: Lighthouse calls 0.1 good; a page that does not move scores 0. */
const MOST_SHIFT = 0.005;

const ADDRESSES = ['/orgs/', '/orgs/?year=2015&sort=projects'];
const WIDTHS = [375, 1280];

/**
 * Serves the site as the fixture server does, except that a finder page's HTML is sent in two
 * parts: up to its second card, then the rest 300 ms later.
 */
function slowNetwork(): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${baseUrl()}${request.url}`, { redirect: 'manual' });
      const headers: Record<string, string> = { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' };
      const location = upstream.headers.get('location');
      if (location) headers['Location'] = location;
      response.writeHead(upstream.status, headers);
      const body = Buffer.from(await upstream.arrayBuffer());
      const html = headers['Content-Type']!.startsWith('text/html') ? body.toString('utf8') : '';
      const cut = html.indexOf('<li data-org', html.indexOf('<li data-org') + 1);
      if (cut === -1) {
        response.end(body);
        return;
      }
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), 300);
    })().catch(() => response.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let slow: Server;
beforeAll(async () => {
  slow = await slowNetwork();
});
afterAll(async () => {
  await new Promise((resolve) => slow.close(resolve));
});

const slowUrl = () => {
  const address = slow.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
};

/** Each layout shift until the finder works and two frames more: its value and what moved ("aside#finder-side 646→0"). */
async function shiftsWhileLoading(url: string, width: number): Promise<{ total: number; shifts: string[] }> {
  const { page, errors } = await browser.open(width);
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: string[]; total: number };
    record.shifts = [];
    record.total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
        if (entry.hadRecentInput) continue;
        record.total += entry.value;
        const moved = entry.sources.map(({ node, previousRect, currentRect }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          const name = element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('data-org') ? `[data-org=${element.getAttribute('data-org')}]` : ''}` : 'text';
          return `${name} ${Math.round(previousRect.y)}→${Math.round(currentRect.y)}`;
        });
        record.shifts.push(`${entry.value.toFixed(4)} at ${window.innerWidth} px: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The page starts at the browser's default width and is then narrowed; a first navigation may
  // lay out once at the old width (in CI: the header laid out at 1280 px, then at 375, "nav
  // 17→45"), a shift of the test's making. Open the site at the width first, so that the page
  // measured is the site's second, laid out at its width from its first frame.
  await page.goto(new URL('/robots.txt', url).href);
  await page.waitForFunction((expected) => window.innerWidth === expected, width);
  await page.goto(url);
  await page.locator('.finder.is-live').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await page.evaluate(() => {
    const record = window as unknown as { shifts: string[]; total: number };
    return { total: record.total, shifts: record.shifts };
  });
  expect(errors).toEqual([]);
  await page.close();
  return result;
}

describe('the finder does not move while it loads', () => {
  for (const width of WIDTHS) {
    for (const address of ADDRESSES) {
      it(`${address} at ${width} px, the page delivered at once`, async () => {
        const { total, shifts } = await shiftsWhileLoading(`${baseUrl()}${address}`, width);
        expect(total, shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT);
      });
      it(`${address} at ${width} px, the page delivered in two parts`, async () => {
        const { total, shifts } = await shiftsWhileLoading(`${slowUrl()}${address}`, width);
        expect(total, shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT);
      });
    }
  }
});
