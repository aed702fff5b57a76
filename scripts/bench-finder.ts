/**
 * `npm run bench:finder -- [--site DIR] [--before DIR] [--content DIR] [--rounds N] [--cpu RATE]`:
 * the organization finder (/orgs/) on a built site, in Chromium.
 *
 * - Per change: a fixed set of filter and sort combinations (drawn from the site's own data: its
 *   latest years, most used technologies, topics and categories), each reached as back and forward
 *   reach it (the address changes, then popstate), timed from the event to a forced layout
 *   (script, style and layout: what must fit in the frame that paints the cards). What the change
 *   leaves for after that frame (the panel's counts) is timed apart, each task to its own forced
 *   layout, with the same budget: each frame must fit. Median and p95 over rounds,
 *   at full speed and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, Lighthouse's
 *   mobile setting), or only at --cpu RATE. Budgets: p95 ≤ 16 ms, and ≤ 50 ms slowed 4×.
 * - Transfer size: every file the page loads (HTML, CSS, JS, data), gzipped as a static host
 *   would. Budget: the script and data ≤ 100 KB gzip together.
 * - Layout shift and long tasks while the page loads and becomes the finder.
 * - With --before DIR, the same measurements on a second export, side by side in one run.
 * - With the records (--content DIR, default $CONTENT_DIR): for each address of issue 18, the
 *   cards drawn after "Show more" until none is left are exactly the organizations the records say,
 *   in the sort's order (scripts/support/finder-records.ts). A mismatch exits with status 1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadCatalogAsync } from '../lib/content/build-catalog';
import { FINDER_SORTS, type FinderData } from '../lib/site/finder-page';
import { tagSlug } from '../lib/slugs';
import { launchChromium } from './support/chromium';
import { runCommand } from './support/command-line';
import { expectedOrganizations, recordOrganizations } from './support/finder-records';
import { markdownTable } from './support/markdown-table';
import { serveExport } from './support/serve-static';
import { median, percentile } from './support/statistics';

const COMMAND = {
  usage: 'npm run bench:finder --',
  summary: 'The organization finder (/orgs/) of an export in Chromium: time per change of filters or sort, what loading it costs, and its cards against the records.',
  flags: {
    site: { type: 'string', placeholder: 'DIR', default: 'out', description: 'the export to measure' },
    before: { type: 'string', placeholder: 'DIR', description: 'another export, measured beside it in the same run' },
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder the export was built from, to check its cards (default: CONTENT_DIR)' },
    rounds: { type: 'integer', min: 2, default: 7, description: 'rounds of every combination; the first warms up and is not counted' },
    cpu: { type: 'number', min: 1, placeholder: 'RATE', description: 'only this CPU slowdown (default: both 1 and 4)' },
  },
} as const;

const BUDGET_MS: Record<number, number> = { 1: 16, 4: 50 };

const readData = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'orgs/finder.json'), 'utf8')) as Pick<FinderData, 'years' | 'categories' | 'technologies' | 'topics'>;

/** The combinations timed: every filter and sort, alone and together, from the site's own values. */
function combinations(data: ReturnType<typeof readData>): string[] {
  const [last, previous] = [data.years.at(-1)!, data.years.at(-2) ?? data.years.at(-1)!];
  // A slug is tagSlug(name) (older data files carried some as [name, slug]: the first is the name).
  const slugOf = (value: string | string[] | undefined) => (value === undefined ? undefined : tagSlug(typeof value === 'string' ? value : value[0]!));
  const [technology, technology2] = [slugOf(data.technologies[0]), slugOf(data.technologies[1] ?? data.technologies[0])];
  const topic = slugOf(data.topics[0]);
  const category = slugOf(data.categories[0]);
  // Content without tags (the built-in sample: text pages name none) has no technology, topic or
  // category to filter on: those combinations are left out, not timed as empty filters.
  const ifAll = (values: (string | undefined)[], combination: string) => (values.every(Boolean) ? [combination] : []);
  return [
    ...FINDER_SORTS.filter((sort) => sort.id !== 'name').map((sort) => `sort=${sort.id}`),
    'sort=name',
    `year=${last}`,
    `year=${last}&year=${previous}`,
    'program=gsoc',
    ...ifAll([category], `category=${category}`),
    ...ifAll([technology], `technology=${technology}`),
    ...ifAll([technology, technology2], `technology=${technology}&technology=${technology2}&sort=projects`),
    ...ifAll([topic], `topic=${topic}`),
    `first=${last}`,
    'min_years=5&sort=years',
    'q=a',
    'q=open source',
    ...ifAll([technology, topic], `year=${last}&technology=${technology}&topic=${topic}&sort=trend`),
    ...ifAll([category], `category=${category}&min_years=3&sort=recent`),
    '',
  ];
}

async function openFinder(page: Page, base: string, search = '') {
  await page.goto(`${base}/orgs/${search}`, { waitUntil: 'load' });
  await page.locator('.finder.is-live').waitFor();
}

/**
 * The bench's own instrument, installed before the page's scripts: every task the page starts
 * with setTimeout once `__timing` is on is timed to a forced layout (its script, style and layout),
 * into `__tasks`. The finder draws the panel's counts so, in a task after the cards' frame.
 */
function timeTimeoutTasks(): void {
  const record = window as unknown as { __timing: boolean; __tasks: number[]; __setTimeout: typeof setTimeout };
  record.__timing = false;
  record.__tasks = [];
  record.__setTimeout = window.setTimeout.bind(window);
  window.setTimeout = ((callback: () => void, delay?: number) =>
    record.__setTimeout(() => {
      if (!record.__timing) return callback();
      const start = performance.now();
      callback();
      void document.documentElement.offsetHeight;
      record.__tasks.push(performance.now() - start);
    }, delay)) as typeof setTimeout;
}

interface ChangeTimings {
  /** By change: ms from the event to the forced layout (what must fit in the frame that shows the cards). */
  timings: Map<string, number[]>;
  all: number[];
  /** The tasks a change left for after its frame (the panel's counts), each timed on its own. */
  later: number[];
}

/** Per-change times (ms) at one CPU rate, by combination. */
async function timeChanges(base: string, data: ReturnType<typeof readData>, cpu: number, rounds: number): Promise<ChangeTimings> {
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.addInitScript(timeTimeoutTasks);
    await page.setViewportSize({ width: 1280, height: 900 });
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await openFinder(page, base);
    const timings = new Map<string, number[]>();
    const all: number[] = [];
    const later: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const params of combinations(data)) {
        const { ms, count } = await page.evaluate((query) => {
          (window as unknown as { __timing: boolean }).__timing = true;
          history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
          const start = performance.now();
          dispatchEvent(new PopStateEvent('popstate'));
          void document.documentElement.offsetHeight;
          return { ms: performance.now() - start, count: document.getElementById('finder-count')!.textContent };
        }, params);
        // Past the next frame and the tasks queued after it: what the change left for later has run.
        const tasks = await page.evaluate(async () => {
          const record = window as unknown as { __timing: boolean; __tasks: number[]; __setTimeout: typeof setTimeout };
          await new Promise<void>((resolve) => requestAnimationFrame(() => record.__setTimeout(() => record.__setTimeout(resolve, 0), 0)));
          record.__timing = false;
          return record.__tasks.splice(0);
        });
        // The first round warms the code up; it is not counted.
        if (round === 0) continue;
        const label = `${params || '(no filter)'} → ${count}`;
        timings.set(label, [...(timings.get(label) ?? []), ms]);
        all.push(ms);
        later.push(...tasks);
      }
    }
    return { timings, all, later };
  } finally {
    await context.close();
  }
}

/** What loading the page costs: files and their gzip size, layout shift, long tasks. */
async function measureLoading(dir: string, base: string) {
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
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
    await openFinder(page, base);
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
    const files = [...new Set(loading.files)].map((file) => {
      const bytes = readFileSync(path.join(dir, file.endsWith('/') ? `${file}index.html` : file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
    });
    return { ...loading, files };
  } finally {
    await context.close();
  }
}

/** Issue 18's addresses on this site's data: each filter, together, and each sort. */
function checkedAddresses(data: ReturnType<typeof readData>): string[] {
  const last = data.years.at(-1)!;
  const firstJson = data.years.find((year) => year >= 2016) ?? data.years[0]!;
  const name = (value: string | string[]) => (typeof value === 'string' ? value : value[0]!);
  return [
    `?year=${last}`,
    `?year=${firstJson}&year=${last}`,
    `?first=${last}`,
    '?technology=rust',
    `?technology=rust&year=${last}`,
    ...(data.categories[0] ? [`?category=${tagSlug(name(data.categories[0]))}`] : []),
    ...(data.topics[0] ? [`?topic=${tagSlug(name(data.topics[0]))}`] : []),
    '?min_years=10',
    ...FINDER_SORTS.map((sort) => `?sort=${sort.id}`),
    '?technology=constructor',
    '?category=hasOwnProperty',
  ];
}

/** The cards drawn at an address once "Show more" has shown them all, top to bottom. */
async function drawnCards(page: Page, base: string, search: string): Promise<string[]> {
  await openFinder(page, base, search);
  const more = page.locator('.finder-more');
  while (await more.isVisible()) await more.click();
  return page.locator('.org-cards > li').evaluateAll((cards) =>
    cards
      .filter((card) => card.checkVisibility())
      .map((card) => ({ slug: card.getAttribute('data-org')!, top: card.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top)
      .map((card) => card.slug),
  );
}

async function checkAgainstRecords(base: string, data: ReturnType<typeof readData>, contentDir: string): Promise<boolean> {
  const catalog = await loadCatalogAsync(contentDir);
  const records = recordOrganizations(catalog.organizationYears);
  const context = await launchChromium();
  let ok = true;
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openFinder(page, base);
    const aToZ = await page.locator('[data-org]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-org')!));
    const rows: string[][] = [];
    for (const search of checkedAddresses(data)) {
      const expected = expectedOrganizations(records, aToZ, search);
      const drawn = await drawnCards(page, base, search);
      const same = drawn.length === expected.length && drawn.every((slug, index) => slug === expected[index]);
      ok &&= same;
      const firstDifference = drawn.findIndex((slug, index) => slug !== expected[index]);
      rows.push([`\`/orgs/${search}\``, String(drawn.length), String(expected.length), same ? 'same' : `DIFFERENT: first at ${firstDifference}, ${drawn[firstDifference]} for ${expected[firstDifference]}`]);
    }
    console.log(`\nCards drawn (all, after Show more) against the records of ${contentDir}, ${records.length} organizations:\n`);
    console.log(markdownTable(['address', 'cards drawn', 'organizations in the records', 'order'], rows));
  } finally {
    await context.close();
  }
  return ok;
}

await runCommand(COMMAND, async ({ values }) => {
  const content = values.content ?? process.env.CONTENT_DIR;
  const cpuRates = values.cpu === undefined ? [1, 4] : [values.cpu];
  const sites = [{ label: 'this export', dir: values.site }, ...(values.before ? [{ label: 'before', dir: values.before }] : [])];
  const served = await Promise.all(sites.map(({ dir }) => serveExport(dir)));
  const bases = served.map((server) => server.origin);
  let failed = false;
  try {
    const data = readData(values.site);
    console.log(`Organization finder: ${sites.map(({ label, dir }) => `${label} ${dir}`).join(', ')}; ${combinations(data).length} combinations × ${values.rounds - 1} rounds, timed from popstate to a forced layout`);
    for (const cpu of cpuRates) {
      const results: ChangeTimings[] = [];
      for (const [index, { dir }] of sites.entries()) results.push(await timeChanges(bases[index]!, readData(dir), cpu, values.rounds));
      console.log(`\nPer change, CPU ${cpu === 1 ? 'at full speed' : `slowed ${cpu}×`}, median ms:\n`);
      console.log(
        markdownTable(
          ['change → organizations shown', ...sites.map(({ label }) => label)],
          [...results[0]!.timings.keys()].map((label) => [
            label,
            ...results.map(({ timings }) => {
              // The other export may show another count for the same change: match on the change alone.
              const values = timings.get(label) ?? [...timings].find(([key]) => key.split(' → ')[0] === label.split(' → ')[0])?.[1] ?? [];
              return values.length ? median(values).toFixed(2) : '–';
            }),
          ]),
        ),
      );
      console.log('');
      console.log(
        markdownTable(
          ['export', 'part', 'median', 'p95', 'max', 'budget'],
          sites.flatMap(({ label }, index) => {
            const { all, later } = results[index]!;
            const row = (part: string, values: number[]) => [label, part, ...(values.length ? [median(values), percentile(values, 95), Math.max(...values)].map((ms) => `${ms.toFixed(2)} ms`) : ['–', '–', '–']), `p95 ≤ ${BUDGET_MS[cpu] ?? '?'} ms`];
            return [row('the change, to its first frame', all), row(`tasks after that frame (${later.length})`, later)];
          }),
        ),
      );
    }

    for (const [index, { label, dir }] of sites.entries()) {
      const loading = await measureLoading(dir, bases[index]!);
      const scriptAndData = loading.files.filter((file) => /\.(js|json)$/.test(file.file)).reduce((sum, file) => sum + file.gzip, 0);
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(`\nTransfer, gzip (level 6, as a static host compresses), ${label}, ${loading.cards} cards; scripts and data ${kib(scriptAndData)} (budget: 100 KB):\n`);
      console.log(
        markdownTable(
          ['file', 'gzip', 'raw'],
          [...loading.files.map((file) => [file.file, kib(file.gzip), kib(file.bytes)]), ['in all', kib(loading.files.reduce((sum, file) => sum + file.gzip, 0)), kib(loading.files.reduce((sum, file) => sum + file.bytes, 0))]],
        ),
      );
      // Total blocking time as Lighthouse defines it: each long task's time beyond 50 ms (here from navigation on).
      const blocking = loading.longTasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0);
      console.log(`\nLoading: DOMContentLoaded ${loading.domContentLoaded.toFixed(0)} ms, layout shift ${loading.shifts.toFixed(4)}, long tasks ${loading.longTasks.length ? loading.longTasks.map((ms) => `${ms.toFixed(0)} ms`).join(', ') : 'none'}, total blocking time ${blocking.toFixed(0)} ms`);
    }

    if (content) failed = !(await checkAgainstRecords(bases[0]!, data, content));
    else console.log('\nCards against the records: not checked (give --content DIR or CONTENT_DIR, the folder the site was built from)');
  } finally {
    for (const server of served) server.close();
  }
  if (failed) {
    console.error('\nThe finder drew other cards than the records say: see DIFFERENT above.');
    process.exitCode = 1;
  }
});
