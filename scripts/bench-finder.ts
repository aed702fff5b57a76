/**
 * `npm run bench:finder -- [--site DIR] [--rounds N] [--cpu RATE]`: the organization finder
 * (/orgs/) on a built site, in Chromium.
 *
 * - Filter/sort time: a fixed set of filter and sort combinations (drawn from the site's own data:
 *   its latest years, most used technologies, topics and categories), each applied through the
 *   same code path as a control (window.__finder.apply), timed from the call to a forced layout
 *   (script, style and layout: what must fit in a frame before paint). Median and p95 over rounds.
 * - Transfer size: every file the page loads (HTML, CSS, JS, data), gzipped as a static host would.
 * - Layout shift and long tasks while the page loads and becomes the finder.
 * --cpu 4 slows Chromium's CPU down four times (Lighthouse's mobile setting).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './support/chromium';
import { serveStatic } from './support/serve-static';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}

const site = option('site', 'out');
const rounds = Number(option('rounds', '7'));
const cpu = Number(option('cpu', '1'));

interface Data {
  years: number[];
  categories: (string | [string, string])[];
  technologies: (string | [string, string])[];
  topics: (string | [string, string])[];
}

const slugOf = (value: string | [string, string]) => (typeof value === 'string' ? value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : value[1]);

/** The combinations timed: every filter and sort, alone and together, from the site's own values. */
function combinations(data: Data): string[] {
  const [last, previous] = [data.years.at(-1)!, data.years.at(-2) ?? data.years.at(-1)!];
  const [technology, technology2] = data.technologies.map(slugOf);
  const topic = slugOf(data.topics[0]!);
  const category = slugOf(data.categories[0]!);
  return [
    'sort=projects',
    'sort=years',
    'sort=recent',
    'sort=newest',
    'sort=trend',
    'sort=name',
    `year=${last}`,
    `year=${last}&year=${previous}`,
    'program=gsoc',
    `category=${category}`,
    `technology=${technology}`,
    `technology=${technology}&technology=${technology2}&sort=projects`,
    `topic=${topic}`,
    `first=${last}`,
    'min_years=5&sort=years',
    'q=a',
    'q=open source',
    `year=${last}&technology=${technology}&topic=${topic}&sort=trend`,
    `category=${category}&min_years=3&sort=recent`,
    '',
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const server = await serveStatic(site, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const context = await launchChromium();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(() => {
    const record = window as unknown as { __shifts: number; __longTasks: number[] };
    record.__shifts = 0;
    record.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) record.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/orgs/`, { waitUntil: 'load' });
  await page.locator('.finder.is-live').waitFor();
  await page.waitForTimeout(500);
  const loading = await page.evaluate(() => {
    const record = window as unknown as { __shifts: number; __longTasks: number[] };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      shifts: record.__shifts,
      longTasks: record.__longTasks,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      cards: document.querySelectorAll('[data-org]').length,
      files: [location.pathname, ...performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)],
    };
  });

  const data = JSON.parse(readFileSync(path.join(site, 'orgs/finder.json'), 'utf8')) as Data;
  const timings = new Map<string, number[]>();
  const all: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const params of combinations(data)) {
      const { ms, shown } = await page.evaluate((query) => {
        const start = performance.now();
        const shown = (window as unknown as { __finder: { apply(query: string): number } }).__finder.apply(query);
        document.body.getBoundingClientRect();
        void document.documentElement.offsetHeight;
        return { ms: performance.now() - start, shown };
      }, params);
      // The first round warms the code up; it is not counted.
      if (round === 0) continue;
      timings.set(`${params || '(no filter)'} → ${shown}`, [...(timings.get(`${params || '(no filter)'} → ${shown}`) ?? []), ms]);
      all.push(ms);
    }
  }
  all.sort((a, b) => a - b);

  console.log(`Organization finder, ${site}: ${loading.cards} organizations${cpu > 1 ? `, CPU slowed ${cpu}×` : ''}`);
  console.log(`\nFilter/sort, ${combinations(data).length} combinations × ${rounds - 1} rounds (script + style + layout):`);
  for (const [label, values] of timings) console.log(`  ${values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(2).padStart(7)} ms  ${label}`);
  console.log(`  median ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms, max ${all.at(-1)!.toFixed(2)} ms (budget: 16 ms)`);

  console.log('\nTransfer, gzip (level 6, as a static host compresses):');
  let total = 0;
  for (const file of [...new Set(loading.files)]) {
    const local = path.join(site, file.endsWith('/') ? `${file}index.html` : file);
    const bytes = readFileSync(local);
    const gzip = gzipSync(bytes, { level: 6 }).length;
    total += gzip;
    console.log(`  ${(gzip / 1024).toFixed(1).padStart(6)} KB  (${(bytes.length / 1024).toFixed(1)} KB raw)  ${file}`);
  }
  console.log(`  ${(total / 1024).toFixed(1).padStart(6)} KB  in all (budget: 120 KB)`);
  // Total blocking time as Lighthouse defines it: each long task's time beyond 50 ms (here from navigation on).
  const blocking = loading.longTasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0);
  console.log(`\nLoading: DOMContentLoaded ${loading.domContentLoaded.toFixed(0)} ms, layout shift ${loading.shifts.toFixed(4)}, long tasks ${loading.longTasks.length ? loading.longTasks.map((ms) => `${ms.toFixed(0)} ms`).join(', ') : 'none'}, total blocking time ${blocking.toFixed(0)} ms`);
} finally {
  await context.close();
  server.close();
}
