/**
 * `npm run bench:search [-- --content DIR] [--rounds N] [--sample N] [--seed N] [--engines fuse,catalog,minisearch] [--baseline DIR] [--site DIR [--baseline-site DIR] [--page-runs N] [--page-only] [--lighthouse]]`
 *
 * Plain fuse.js, the catalog's search and MiniSearch, side by side on the same records in one run:
 * query latency (median and p95 over a fixed query list; each round timed separately, the median
 * of rounds reported because the machine is shared), known-item recall with a typo, keyword
 * precision, and the gzip bytes a browser downloads before the first results. Then people: for
 * contributors drawn at random (seeded), whether their project is in the top 10 for their exact
 * name, with a one-letter typo in the family name, and with the name reversed.
 *
 * --baseline DIR (a checkout of another commit, with its node_modules): its catalog search too, as
 * "catalog before", on the same records in the same run. --baseline-site DIR: its export, measured
 * in Chromium before --site's.
 *
 * Without --content it benches the whole archive (docs/measurements.md): the Melange pages and the
 * archive JSON of ../shared/corpus, imported and loaded as the site build would
 * (scripts/support/whole-archive.ts).
 *
 * With --site (an export of the same content), the search page in Chromium, served with gzip: for
 * a few fixed queries, the bytes on the wire before the first result (on the slow phone profile,
 * so that what was fetched by then is what the result waited for), once the page is quiet, and for
 * a later query typed on the same page; the time to the first result unthrottled and on the slow
 * profile (medians of --page-runs); and whether the top 10 changed after it was first shown.
 * --lighthouse adds Lighthouse (mobile) on /search/?q=python; --page-only skips the engines.
 */
import { get } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from './support/chromium';
import { loadCatalog } from '../lib/content/load';
import { serveStatic } from './support/serve-static';
import type { Project } from '../lib/content/schema';
import { buildSearchIndex, createSearcher, searchIndexFiles, type SearchIndexData, type SearchIndexFile, type Searcher } from '../lib/search';
import { editDistanceWithin } from '../lib/search/edit-distance';
import { isStopWord, stem, words } from '../lib/search/text';
import { hasWholeArchive, loadWholeArchive } from './support/whole-archive';

const LIMIT = 10;

/** Keywords people type alone; precision is measured on these. */
const SINGLE_WORDS = [
  'rust', 'python', 'compiler', 'kernel', 'android', 'database', 'translation', 'visualization', 'blockchain',
  'robotics', 'graphql', 'accessibility', 'webassembly', 'scheduler', 'documentation', 'bioinformatics', 'audio',
  'firmware', 'encryption', 'kubernetes', 'gpu', 'fuzzing', 'chess', 'astronomy', 'wikipedia',
];
const QUERIES: Record<string, string[]> = {
  'single word': SINGLE_WORDS,
  'several words': [
    'machine learning python', 'web assembly runtime', 'gpu acceleration', 'static analysis tool', 'user interface redesign',
    'mobile app offline sync', 'natural language processing', 'continuous integration pipeline', 'memory leak detection',
  ],
  typo: ['pyhton', 'compilr', 'databse', 'visualisation', 'kubernets', 'tensorflw', 'javascirpt', 'algoritm', 'reinforcment learning'],
  organization: ['apache software foundation', 'mozilla', 'python software foundation', 'xen project', 'gnome', 'kde', 'cern', 'openstreetmap'],
  'no hit': ['qwxzvbn', 'zzzyyyxxx frobnicate', 'ploughkrzz'],
  // Contributors of the archive (2016 on), as typed: the whole name, reversed, lower case, a typo, a prefix.
  name: ['Naveen Jafer', 'rezvani omid', 'Ezequiel Postan', 'yan xiao', 'Pradeep Sanjeewa', 'thilina manamgda', 'nges bri'],
  symbols: ['c++', 'c#', '(a+b)*', '.net', 'node.js', '[regex]*?', '\\d+$^', `${'lorem ipsum dolor sit amet '.repeat(37)}`.slice(0, 1000)],
};

interface Engine {
  name: string;
  /** Paths of the top `LIMIT` results. */
  search(query: string): string[];
  /** Gzip bytes before the first results: payload(s) and code. */
  bytes: { payload: number; code: number; note: string };
}

async function main() {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      rounds: { type: 'string', default: '5' },
      // 1,000 known items: 300 left a standard error of ±1.3 points on a ~95% figure, 1,000 leaves ±0.6.
      sample: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '20250101' },
      // The engines to compare (fuse.js alone takes minutes on the archive): catalog is always measured.
      engines: { type: 'string', default: 'fuse,catalog,minisearch' },
      // Contributors drawn for the name measures.
      people: { type: 'string', default: '200' },
      // A checkout of another commit (its lib/search): measured beside this one, on the same records.
      baseline: { type: 'string' },
      // That commit's export of the same content, measured in Chromium before --site's.
      'baseline-site': { type: 'string' },
      // An export of the same content (npm run build): also measure, in Chromium, what the search
      // page really downloads before its first results: HTML, CSS, JavaScript and index.
      site: { type: 'string' },
      // Runs of each query on each profile in Chromium (medians reported).
      'page-runs': { type: 'string', default: '3' },
      // Only the Chromium measurements (with --site): skip the engines' comparison.
      'page-only': { type: 'boolean', default: false },
      // Also run Lighthouse 12 (mobile preset, its own simulated throttling) on /search/?q=python, three times.
      lighthouse: { type: 'boolean', default: false },
    },
  });
  const rounds = Math.max(1, Number(values.rounds));
  if (values['page-only']) {
    if (!values.site) throw new Error('--page-only measures the search page: give --site DIR');
    // --page-runs 0 with --lighthouse: Lighthouse alone.
    if (Number(values['page-runs']) > 0) {
      if (values['baseline-site']) await measureSearchPage(values['baseline-site'], Number(values['page-runs']));
      await measureSearchPage(values.site, Number(values['page-runs']));
    }
    if (values.lighthouse) await lighthouseSearchPage(values.site);
    return;
  }
  const projects = await loadProjects(values.content);
  console.log(`records: ${projects.length.toLocaleString('en-US')} projects (${values.content ?? 'the whole archive: melange + archive JSON imported'})`);
  const byPath = new Map(projects.map((project) => [project.path, project]));

  const chosen = new Set(values.engines.split(',').map((name) => name.trim().toLowerCase()));
  const engines = [
    ...(chosen.has('fuse') ? [await fuseEngine(projects)] : []),
    ...(await catalogEngines(projects)),
    ...(values.baseline ? [await baselineEngine(values.baseline, projects)] : []),
    ...(chosen.has('minisearch') ? [await miniSearchEngine(projects)] : []),
  ];

  const queries = Object.values(QUERIES).flat();
  const knownItems = sampleKnownItems(projects, Number(values.sample), Number(values.seed));
  console.log(`queries: ${queries.length} (${Object.entries(QUERIES).map(([kind, list]) => `${list.length} ${kind}`).join(', ')}); known items: ${knownItems.length} (seed ${values.seed}); rounds: ${rounds}\n`);

  const rows: string[][] = [];
  for (const engine of engines) {
    // fuse.js takes ~0.3–1 s a query on the archive: it gets no warm-up (it builds nothing lazily),
    // at most two rounds and the first 100 known items, so the bench ends in minutes.
    const slow = engine.name === 'fuse.js';
    if (!slow) for (const query of queries) engine.search(query); // warm-up: lazy structures, JIT
    const engineRounds = slow ? Math.min(rounds, 2) : rounds;
    const items = slow ? knownItems.slice(0, 100) : knownItems;
    const medians: number[] = [];
    const p95s: number[] = [];
    for (let round = 0; round < engineRounds; round++) {
      const times = queries.map((query) => time(() => engine.search(query)));
      medians.push(percentile(times, 50));
      p95s.push(percentile(times, 95));
    }
    const recall = items.filter(({ query, path }) => engine.search(query).includes(path)).length / items.length;
    const precision = keywordPrecision(engine, byPath);
    rows.push([
      engine.name,
      ms(percentile(medians, 50)),
      ms(percentile(p95s, 50)),
      `${pct(recall)}${items.length < knownItems.length ? ` (n=${items.length})` : ''}`,
      pct(precision.loose),
      pct(precision.strict),
      kb(engine.bytes.payload + engine.bytes.code),
      engine.bytes.note,
    ]);
  }
  printTable(
    ['engine', 'median', 'p95', 'known-item', 'precision', 'strict', 'first KB gz', 'what the first download is'],
    rows,
  );
  console.log(
    [
      '',
      'median / p95: per-query latency in Node over the query list, median of rounds; known-item: a 2–3 word piece of a',
      'title with one typo finds that project in the top 10; precision: share of single-word top-10 results holding the',
      'word or a one-edit variant in title, abstract, organization or technologies (strict: the word or its plural form).',
      'first KB gz: index payload(s) + search code, gzip -9, that a browser needs before it can show results.',
    ].join('\n'),
  );
  const people = samplePeople(projects, Number(values.people), Number(values.seed));
  const peopleRows = engines
    .filter((engine) => engine.name !== 'fuse.js')
    .map((engine) => {
      const found = (pick: (item: PersonItem) => string) => pct(people.filter((item) => engine.search(pick(item)).includes(item.path)).length / people.length);
      return [engine.name, found((item) => item.exact), found((item) => item.typo), found((item) => item.reversed)];
    });
  console.log(`\npeople: ${people.length} contributors drawn at random (seed ${values.seed}); their project in the top 10 for`);
  printTable(['engine', 'the exact name', 'a typo in the family name', 'the name reversed'], peopleRows);
  if (values.site) {
    if (values['baseline-site']) await measureSearchPage(values['baseline-site'], Math.max(1, Number(values['page-runs'])));
    await measureSearchPage(values.site, Math.max(1, Number(values['page-runs'])));
  }
  if (values.site && values.lighthouse) await lighthouseSearchPage(values.site);
}

/** The queries the page is measured on, each with a later query typed on the same page. */
const PAGE_QUERIES = [
  { query: 'python web application', later: 'machine learning' },
  { query: 'pyhton', later: 'compilr' },
  { query: 'apache software foundation', later: 'kernel scheduler' },
  { query: 'rust', later: 'webassembly' },
  { query: 'Naveen Jafer', later: 'rezvani omid' },
  { query: 'thilina manamgda', later: 'Ezequiel Postan' },
];

/** The slow phone: Lighthouse's mobile throttling (1.6 Mbit/s down, 150 ms latency, CPU 4× slower), applied through CDP. */
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

interface PageRun {
  /** Milliseconds from navigation to the first result (or "nothing matches") in the page. */
  firstResult: number;
  /** Bytes on the wire (headers included, gzip as served) of the requests finished before the first result. */
  bytesBefore: number;
  /** The same, once the page has been quiet for a while (snippets, prefetches). */
  bytesQuiet: number;
  /** Bytes of a later query typed on the same page, until the page is quiet again. */
  bytesLater: number;
  /** Whether the top 10 shown changed after it was first shown, without new input. */
  moved: boolean;
  files: Map<string, number>;
}

/**
 * Opens /search/?q=… on the export in Chromium, served with gzip as a static host serves it, on
 * the slow phone profile and unthrottled, and reports per query: bytes before the first result,
 * bytes once quiet, time to first result (medians), bytes of a later query, and whether the top
 * 10 moved after it was first shown.
 */
async function measureSearchPage(site: string, runs: number): Promise<void> {
  const server = await serveStatic(site, 0);
  const port = (server.address() as { port: number }).port;
  const context = await launchChromium();
  const rows: string[][] = [];
  let breakdown = new Map<string, number>();
  try {
    for (const { query, later } of PAGE_QUERIES) {
      const slow: PageRun[] = [];
      const fast: PageRun[] = [];
      for (let run = 0; run < runs; run++) slow.push(await measureOnce(context, `http://127.0.0.1:${port}`, query, later, true));
      for (let run = 0; run < runs; run++) fast.push(await measureOnce(context, `http://127.0.0.1:${port}`, query, later, false));
      if (query === PAGE_QUERIES[0]!.query) breakdown = slow[0]!.files;
      const median = (list: PageRun[], pick: (run: PageRun) => number) => percentile(list.map(pick), 50);
      rows.push([
        `"${query}"`,
        kb(median(slow, (run) => run.bytesBefore)),
        kb(median(slow, (run) => run.bytesQuiet)),
        `${median(fast, (run) => run.firstResult).toFixed(0)} ms`,
        `${median(slow, (run) => run.firstResult).toFixed(0)} ms`,
        `"${later}": ${kb(median(slow, (run) => run.bytesLater))}`,
        [...slow, ...fast].some((run) => run.moved) ? 'yes' : 'no',
      ]);
    }
  } finally {
    await context.close();
    server.close();
  }
  console.log(`\nIn Chromium, /search/?q=… on ${site} (served with gzip; medians of ${runs} runs; slow = 1.6 Mbit/s, 150 ms, CPU 4×):`);
  printTable(['query', 'bytes before first result (slow)', 'bytes once quiet', 'first result, fast', 'first result, slow', 'later query, bytes', 'top 10 moved'], rows);
  const kinds = new Map<string, number>();
  for (const [urlPath, bytes] of breakdown) {
    const kind = urlPath.startsWith('/search-data/') ? `index ${urlPath.split('/')[2]!.replace(/\.json$/, '')}` : urlPath.endsWith('.js') ? 'JavaScript' : urlPath.endsWith('.css') ? 'CSS' : urlPath.endsWith('.svg') ? 'icon' : 'HTML';
    kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
  }
  console.log(`before the first result of "${PAGE_QUERIES[0]!.query}": ${[...kinds].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`);
}

async function measureOnce(context: BrowserContext, origin: string, query: string, later: string, slow: boolean): Promise<PageRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** The page's own session and, once attached, each of its workers' (the search engine runs in one): same settings, same counting. */
  const setUp = async (send: (method: string, params?: object) => Promise<unknown>) => {
    await send('Network.enable');
    await send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) await send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.downloadThroughput, uploadThroughput: SLOW.uploadThroughput });
  };
  await setUp((method, params) => cdp.send(method as 'Network.enable', params));
  if (slow) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  // Every response's bytes on the wire, and when it finished (by our clock, which the page's Date.now() shares).
  // Keyed by request id alone: a worker's script is asked for through the page's session and
  // arrives through the worker's, under the same id.
  const urls = new Map<string, string>();
  const workerScripts: string[] = [];
  page.on('worker', (worker) => workerScripts.push(worker.url()));
  const finished: { path: string; bytes: number; at: number }[] = [];
  const pending = new Set<string>();
  let lastActivity = Date.now();
  const network = {
    requestWillBeSent: (event: { requestId: string; request: { url: string } }) => {
      urls.set(event.requestId, new URL(event.request.url).pathname);
      pending.add(event.requestId);
      lastActivity = Date.now();
    },
    loadingFinished: (event: { requestId: string; encodedDataLength: number }) => {
      if (!pending.delete(event.requestId) && urls.has(event.requestId)) return; // counted once
      finished.push({ path: urls.get(event.requestId) ?? '?', bytes: event.encodedDataLength, at: Date.now() });
      lastActivity = Date.now();
    },
    loadingFailed: (event: { requestId: string }) => {
      pending.delete(event.requestId);
      lastActivity = Date.now();
    },
  };
  cdp.on('Network.requestWillBeSent', (event) => network.requestWillBeSent(event));
  cdp.on('Network.loadingFinished', (event) => network.loadingFinished(event));
  cdp.on('Network.loadingFailed', (event) => network.loadingFailed(event));
  // A dedicated worker is a target of its own: its requests are neither seen nor throttled through
  // the page's session. Attach to each (held at its start), set it up the same way, then let it run.
  // (CPU throttling does not reach workers: the slow profile's engine work runs at full speed.)
  let messageId = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const send = (method: string, params: object = {}) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) });
    void (async () => {
      if (targetInfo.type === 'worker') await setUp(send);
      await send('Runtime.runIfWaitingForDebugger');
    })();
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: never };
    if (method === 'Network.requestWillBeSent') network.requestWillBeSent(params!);
    else if (method === 'Network.loadingFinished') network.loadingFinished(params!);
    else if (method === 'Network.loadingFailed') network.loadingFailed(params!);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  // The first result (by the page's clocks), and every distinct top 10 shown.
  await page.addInitScript(() => {
    const record = window as unknown as { firstAt?: number; firstNow?: number; shown: string[] };
    record.shown = [];
    new MutationObserver(() => {
      const first = document.querySelector('.search-result, .search-empty');
      if (!first) return;
      if (record.firstAt === undefined) {
        record.firstAt = Date.now();
        record.firstNow = performance.now();
      }
      const top = [...document.querySelectorAll('.search-result__link')].slice(0, 10).map((link) => link.getAttribute('href')).join(' ');
      if (top !== record.shown.at(-1)) record.shown.push(top);
    }).observe(document, { childList: true, subtree: true });
  });
  // Quiet: nothing in flight and nothing finished for `ms`; a request whose end no session reported
  // (a worker's, seen before its session was set up) stops counting after 10 s without any activity.
  const quiet = async (ms: number) => {
    while ((pending.size > 0 && Date.now() - lastActivity < 10_000) || Date.now() - lastActivity < ms) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { firstAt?: number }).firstAt !== undefined, undefined, { timeout: 60_000 });
  const { firstAt, firstNow } = await page.evaluate(() => {
    const record = window as unknown as { firstAt: number; firstNow: number };
    return { firstAt: record.firstAt, firstNow: record.firstNow };
  });
  await quiet(2000);
  // Chromium reports a dedicated worker's own script on neither session: count what it weighs on
  // the wire (gzip, as served), as fetched before the first result (the worker computes every result).
  for (const url of workerScripts) finished.push({ path: new URL(url).pathname, bytes: await wireBytes(url), at: firstAt });
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  const before = finished.filter((file) => file.at <= firstAt);
  const files = new Map(before.map((file) => [file.path, file.bytes]));
  const bytesQuiet = sum(finished.map((file) => file.bytes));

  // A later query, typed into the same page: what it fetches until the page is quiet again.
  const count = finished.length;
  await page.locator('#search-query').fill(later);
  await page.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text && document.querySelector('.search-result, .search-empty') !== null, later);
  await quiet(1500);
  const bytesLater = sum(finished.slice(count).map((file) => file.bytes));
  await page.close();
  return { firstResult: firstNow, bytesBefore: sum(before.map((file) => file.bytes)), bytesQuiet, bytesLater, moved: shown.filter(Boolean).length > 1, files };
}

/** A file's bytes on the wire as the static server sends it to a browser: gzip body and headers. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      let bytes = response.rawHeaders.reduce((total, part) => total + part.length + 2, 0);
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/** Lighthouse (mobile, the default config) on /search/?q=python, three runs: performance score, TBT, LCP (medians). */
async function lighthouseSearchPage(site: string): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serveStatic(site, 0);
  const port = (server.address() as { port: number }).port;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const scores: { performance: number; tbt: number; lcp: number; fcp: number }[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}/search/?q=python`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const audits = result!.lhr.audits;
      scores.push({
        performance: Math.round((result!.lhr.categories['performance']!.score ?? 0) * 100),
        tbt: audits['total-blocking-time']!.numericValue ?? 0,
        lcp: audits['largest-contentful-paint']!.numericValue ?? 0,
        fcp: audits['first-contentful-paint']!.numericValue ?? 0,
      });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  const median = (pick: (score: (typeof scores)[number]) => number) => percentile(scores.map(pick), 50);
  console.log(
    `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} (mobile) on /search/?q=python, median of 3: performance ${median((score) => score.performance)}, ` +
      `TBT ${median((score) => score.tbt).toFixed(0)} ms, FCP ${median((score) => score.fcp).toFixed(0)} ms, LCP ${median((score) => score.lcp).toFixed(0)} ms ` +
      `(scores ${scores.map((score) => score.performance).join(', ')})`,
  );
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function loadProjects(contentDir: string | undefined): Promise<Project[]> {
  if (contentDir) return loadCatalog(contentDir).projects;
  if (!hasWholeArchive()) throw new Error('../shared/corpus is missing: give --content DIR');
  return (await loadWholeArchive()).projects;
}

// ---------------------------------------------------------------------------------------------
// Engines

async function fuseEngine(projects: Project[]): Promise<Engine> {
  const docs = projects.map(({ path, title, organization, abstract }) => ({ path, title, organization, abstract }));
  const keys = ['title', 'organization', 'abstract'];
  const fuse = new Fuse(docs, { keys });
  const payload = gzip(JSON.stringify(docs)) + gzip(JSON.stringify(Fuse.createIndex(keys, docs).toJSON()));
  return {
    name: 'fuse.js',
    search: (query) => fuse.search(query, { limit: LIMIT }).map((result) => result.item.path),
    bytes: { payload, code: await bundledSize("export { default } from 'fuse.js';"), note: 'records + Fuse index + fuse.js' },
  };
}

async function catalogEngines(projects: Project[]): Promise<Engine[]> {
  const started = performance.now();
  const data = buildSearchIndex(projects);
  const built = performance.now() - started;
  const files = searchIndexFiles(data);
  const whole = createSearcher(data);

  const code = await bundledSize("export { openSearch, markTerms } from './lib/search/client.ts';");
  const sizes = new Map<string, number[]>();
  for (const file of files) {
    const kind = file.name.split('/')[0]!;
    sizes.set(kind, [...(sizes.get(kind) ?? []), gzip(file.contents)]);
  }
  const describe = (kind: string, what: string) => {
    const list = sizes.get(kind) ?? [];
    return `${list.length} ${what}, ${kb(list.reduce((sum, bytes) => sum + bytes, 0))} gz in all, ${kb(percentile(list, 50))} median, ${kb(Math.max(...list))} largest`;
  };
  const metaBytes = sizes.get('meta.json')![0]!;
  // What a top 10 needs before it shows, from the files alone: the meta, the term and posting shards of the query's terms, the document chunks of its results.
  const firstBytes = await Promise.all(Object.values(QUERIES).flat().map((query) => queryBytes(data, files, query)));
  console.log(
    [
      `catalog index: built in ${ms(built)}; meta ${kb(metaBytes)} gz, fetched first`,
      `  term shards: ${describe('terms', 'by first character')}`,
      `  posting shards: ${describe('postings', 'binary')}`,
      `  document chunks: ${describe('documents', `of ${data.meta.documentChunkSize} titles`)}`,
      `  name shards: ${describe('names', 'by first character')}; name posting shards: ${describe('name-postings', 'binary')}`,
      `  people chunks: ${describe('people', `of ${data.meta.documentChunkSize} documents' contributors and mentors, fetched for results a name found`)}`,
      `  abstract chunks: ${describe('abstracts', `of ${data.meta.abstractChunkSize} abstracts, fetched for snippets`)} · code ${kb(code)} gz`,
      `  index bytes a query waits for (meta included): ${kb(percentile(firstBytes, 50))} median, ${kb(percentile(firstBytes, 95))} p95, ${kb(Math.max(...firstBytes))} largest (gz)`,
      `  snippet chunks needed by a top 10: ${snippetChunkStats(whole, projects, sizes.get('abstracts') ?? [], data.meta.abstractChunkSize)}`,
    ].join('\n'),
  );
  return [
    {
      name: 'catalog',
      search: (query) => whole.search(query, { limit: LIMIT }).map((hit) => hit.path),
      bytes: { payload: percentile(firstBytes, 50), code, note: 'meta + the shards and document chunks a query needs (median) + code' },
    },
  ];
}

/** Gzip bytes of the index files a query fetches before its top 10 can show, opened from the files as a browser opens them. */
async function queryBytes(data: SearchIndexData, files: SearchIndexFile[], query: string): Promise<number> {
  const byName = new Map(files.map((file) => [file.name, file.contents]));
  let bytes = gzip(byName.get('meta.json')!);
  const read = (name: string) => {
    const contents = byName.get(name)!;
    bytes += gzip(contents);
    return contents;
  };
  const searcher = createSearcher(data.meta, {
    loadTermShard: async (key) => JSON.parse(read(`terms/${key}.json`) as string),
    loadPostingShard: async (shard) => read(`postings/${shard}.bin`) as Uint8Array,
    loadDocumentChunk: async (chunk) => JSON.parse(read(`documents/${chunk}.json`) as string),
    loadNameShard: async (key) => JSON.parse(read(`names/${key}.json`) as string),
    loadNamePostingShard: async (shard) => read(`name-postings/${shard}.bin`) as Uint8Array,
    loadPeopleChunk: async (chunk) => JSON.parse(read(`people/${chunk}.json`) as string),
  });
  await searcher.find(query, { limit: LIMIT });
  return bytes;
}

/** The catalog search of another checkout (--baseline), built from the same records: its ranking beside this one's. */
async function baselineEngine(checkout: string, projects: Project[]): Promise<Engine> {
  const search = (await import(path.resolve(checkout, 'lib/search/index.ts'))) as typeof import('../lib/search');
  const searcher = search.createSearcher(search.buildSearchIndex(projects));
  return {
    name: 'catalog before',
    search: (query) => searcher.search(query, { limit: LIMIT }).map((hit) => hit.path),
    bytes: { payload: 0, code: 0, note: `${checkout} (bytes: run its own bench)` },
  };
}

async function miniSearchEngine(projects: Project[]): Promise<Engine> {
  const docs = projects.map((project, id) => ({
    id,
    path: project.path,
    title: project.title,
    organization: project.organization,
    year: project.year,
    abstract: project.abstract,
    technologies: project.organizationTechnologies.join(' '),
  }));
  const options = {
    fields: ['title', 'organization', 'technologies', 'abstract'],
    // What a result list shows, as the catalog's core holds it: a like-for-like first download.
    storeFields: ['path', 'title', 'organization', 'year'],
    searchOptions: { boost: { title: 3, organization: 2, technologies: 1.5 }, fuzzy: 0.2, prefix: true },
  };
  const miniSearch = new MiniSearch(options);
  miniSearch.addAll(docs);
  return {
    name: 'MiniSearch',
    search: (query) => miniSearch.search(query).slice(0, LIMIT).map((result) => result['path'] as string),
    bytes: {
      payload: gzip(JSON.stringify(miniSearch)),
      code: await bundledSize("export { default } from 'minisearch';"),
      note: 'serialized index with stored title/org/year + minisearch',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measures

interface KnownItem {
  query: string;
  path: string;
}

/** 2–3 consecutive title words, one of them (4+ letters) with one random edit, from a seeded sample. */
function sampleKnownItems(projects: Project[], count: number, seed: number): KnownItem[] {
  const random = mulberry32(seed);
  const items: KnownItem[] = [];
  for (let attempt = 0; items.length < count && attempt < count * 20; attempt++) {
    const project = projects[Math.floor(random() * projects.length)]!;
    const titleWords = (project.title.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !isStopWord(word.toLowerCase()));
    if (titleWords.length < 2) continue;
    const length = Math.min(titleWords.length, 2 + Math.floor(random() * 2));
    const start = Math.floor(random() * (titleWords.length - length + 1));
    const piece = titleWords.slice(start, start + length);
    const typoAt = piece.map((word, index) => (word.length >= 4 ? index : -1)).filter((index) => index >= 0);
    if (typoAt.length === 0) continue;
    const at = typoAt[Math.floor(random() * typoAt.length)]!;
    piece[at] = typo(piece[at]!, random);
    items.push({ query: piece.join(' '), path: project.path });
  }
  return items;
}

interface PersonItem {
  exact: string;
  typo: string;
  reversed: string;
  path: string;
}

/**
 * `count` projects with a contributor, drawn at random (seeded), each with three queries: the
 * name as the archive gives it, with one typo (as the known items') in its family name (its last
 * word: a one-word handle is its own family name), and its words in reverse order.
 */
function samplePeople(projects: Project[], count: number, seed: number): PersonItem[] {
  const random = mulberry32(seed ^ 0x5eed);
  const named = projects.filter((project) => project.contributor && words(project.contributor).length > 0);
  const items: PersonItem[] = [];
  const drawn = new Set<number>();
  while (items.length < Math.min(count, named.length)) {
    const at = Math.floor(random() * named.length);
    if (drawn.has(at)) continue;
    drawn.add(at);
    const project = named[at]!;
    const nameWords = project.contributor!.split(/\s+/).filter(Boolean);
    const family = nameWords.length - 1;
    const typoed = nameWords.map((word, index) => (index === family && word.length > 1 ? typo(word, random) : word));
    items.push({ exact: project.contributor!, typo: typoed.join(' '), reversed: [...nameWords].reverse().join(' '), path: project.path });
  }
  return items;
}

/** One substitution, deletion, insertion or swap of neighbours, not on the first letter. */
function typo(word: string, random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = letters[Math.floor(random() * letters.length)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + (word[at] === letter ? 'x' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at);
  }
}

function keywordPrecision(engine: Engine, byPath: Map<string, Project>): { loose: number; strict: number } {
  let results = 0;
  let loose = 0;
  let strict = 0;
  for (const word of SINGLE_WORDS) {
    for (const path of engine.search(word)) {
      const project = byPath.get(path)!;
      const tokens = new Set(words([project.title, project.abstract, project.organization, ...project.organizationTechnologies].join(' ')));
      results++;
      if (tokens.has(word) || [...tokens].some((token) => stem(token) === stem(word))) strict++;
      if ([...tokens].some((token) => editDistanceWithin(token, word, 1) <= 1)) loose++;
    }
  }
  return { loose: results ? loose / results : 0, strict: results ? strict / results : 0 };
}

/** Gzip bytes of the abstract chunks a top 10 needs for its snippets, over the query list. */
function snippetChunkStats(searcher: Searcher, projects: Project[], chunkBytes: number[], chunkSize: number): string {
  // Documents are in permalink order (build.ts), and chunks are runs of that order.
  const paths = projects.map((project) => project.path.replace(/\/$/, '')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(paths.map((path, index) => [path, index]));
  const chunkOf = (path: string) => Math.floor(position.get(path.replace(/\/$/, ''))! / chunkSize);
  const perQuery = Object.values(QUERIES)
    .flat()
    .map((query) => {
      const chunks = new Set(searcher.search(query, { limit: LIMIT }).map((hit) => chunkOf(hit.path)));
      return [...chunks].reduce((sum, chunk) => sum + (chunkBytes[chunk] ?? 0), 0);
    })
    .filter((bytes) => bytes > 0);
  return `${kb(percentile(perQuery, 50))} median, ${kb(percentile(perQuery, 95))} p95 (gz), fetched after the list shows`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function gzip(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Minified ESM bundle of `source` (resolved from the repository root), gzip bytes. */
async function bundledSize(source: string): Promise<number> {
  const result = await esbuild({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
