/**
 * `npm run bench:search-weight -- [--site DIR] [--before DIR] [--runs N]`
 *
 * The search page of an export (default out/) in Chromium, served with gzip as a static host
 * serves it: for a few fixed queries, the bytes on the wire before the first result (on the slow
 * phone profile, so that what was fetched by then is what the result waited for), once the page is
 * quiet, and for a later query typed on the same page; the time to the first result unthrottled
 * and on the slow profile (medians of --runs); and whether the top 10 changed after it was first
 * shown. --before DIR: another commit's export of the same content, measured first, in the same run.
 *
 * The engines themselves, in Node: scripts/bench-search-engines.ts. Lighthouse on the search page:
 * `npm run bench:lighthouse -- --site out --only "search with a query" --query python`.
 */
import { get } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { runCommand } from './support/command-line';
import { kb } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { serveExport } from './support/serve-static';
import { median } from './support/statistics';

const COMMAND = {
  usage: 'npm run bench:search-weight --',
  summary: 'What the search page of an export downloads before its first result, and how long that takes, in Chromium (fast and slow phone profiles).',
  flags: {
    site: { type: 'string', placeholder: 'DIR', default: 'out', description: 'the export to measure' },
    before: { type: 'string', placeholder: 'DIR', description: "another commit's export of the same content, measured first in the same run" },
    runs: { type: 'integer', min: 1, default: 3, description: 'runs of each query on each profile; medians reported' },
  },
} as const;

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
  const served = await serveExport(site);
  const context = await launchChromium();
  const rows: string[][] = [];
  let breakdown = new Map<string, number>();
  try {
    for (const { query, later } of PAGE_QUERIES) {
      const slow: PageRun[] = [];
      const fast: PageRun[] = [];
      for (let run = 0; run < runs; run++) slow.push(await measureOnce(context, served.origin, query, later, true));
      for (let run = 0; run < runs; run++) fast.push(await measureOnce(context, served.origin, query, later, false));
      if (query === PAGE_QUERIES[0]!.query) breakdown = slow[0]!.files;
      const medianOf = (list: PageRun[], pick: (run: PageRun) => number) => median(list.map(pick));
      rows.push([
        query,
        kb(medianOf(slow, (run) => run.bytesBefore)),
        kb(medianOf(slow, (run) => run.bytesQuiet)),
        `${medianOf(fast, (run) => run.firstResult).toFixed(0)} ms`,
        `${medianOf(slow, (run) => run.firstResult).toFixed(0)} ms`,
        `"${later}" ${kb(medianOf(slow, (run) => run.bytesLater))}`,
        [...slow, ...fast].some((run) => run.moved) ? 'yes' : 'no',
      ]);
    }
  } finally {
    await context.close();
    served.close();
  }
  console.log(`\nIn Chromium, /search/?q=… on ${site} (served with gzip; bytes on the wire, on the slow profile; medians of ${runs} run${runs === 1 ? '' : 's'}; slow = 1.6 Mbit/s, 150 ms, CPU 4×):\n`);
  console.log(markdownTable(['query', 'before first result', 'once quiet', 'first result, fast', 'first result, slow', 'later query', 'top 10 moved'], rows));
  const kinds = new Map<string, number>();
  for (const [urlPath, bytes] of breakdown) {
    const kind = urlPath.startsWith('/search-data/') ? `index ${urlPath.split('/')[2]!.replace(/\.json$/, '')}` : urlPath.endsWith('.js') ? 'JavaScript' : urlPath.endsWith('.css') ? 'CSS' : urlPath.endsWith('.svg') ? 'icon' : 'HTML';
    kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
  }
  console.log(`\nBefore the first result of "${PAGE_QUERIES[0]!.query}" (first slow run), by kind of file:\n`);
  console.log(markdownTable(['file', 'bytes on the wire'], [...kinds].map(([kind, bytes]) => [kind, kb(bytes)])));
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

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

await runCommand(COMMAND, async ({ values }) => {
  if (values.before) await measureSearchPage(values.before, values.runs);
  await measureSearchPage(values.site, values.runs);
});
