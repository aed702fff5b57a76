/**
 * `npm run bench:lighthouse -- [--site DIR] [--runs N] [--query WORD] [--only TYPE,TYPE] [--page PATH]...`: Lighthouse 12 (the
 * devDependency) with its mobile preset (a mid-range phone, 4× slower CPU, slow 4G simulated) on
 * one page of every type of an export, served gzipped as a static host would: performance,
 * accessibility, best practices and SEO scores, total blocking time, largest contentful paint and
 * cumulative layout shift, the median of N runs each; then every audit that cost a page a point,
 * and why. Targets: performance ≥ 95, the other three 100.
 *
 * The page of each type is the largest HTML file of that type in the export (a site is as fast as
 * its heaviest page); search opens with a query (--query, default "compiler"); the 404 page is
 * measured at /404.html (Lighthouse refuses a page answered with status 404). By default the export the browser tests build (test-results/site).
 * --page PATH (repeatable) measures those addresses instead: `--page /orgs/ --page '/orgs/?year=2025'`.
 * One Debian Chromium (CHROMIUM_PATH) serves every run, started here with remote debugging.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './support/chromium';
import { serveStatic } from './support/serve-static';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}

const site = option('site', 'test-results/site');
const runs = Number(option('runs', '3'));
const query = option('query', 'compiler');
const pages = process.argv.flatMap((argument, index) => (process.argv[index - 1] === '--page' ? [argument] : []));
// --only TYPE,TYPE: only the page types named (as the table names them), to measure a few.
const only = option('only', '')
  .split(',')
  .map((type) => type.trim())
  .filter(Boolean);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = { TBT: 'total-blocking-time', LCP: 'largest-contentful-paint', CLS: 'cumulative-layout-shift' } as const;

/** The index.html files `depth` folders under `section` (orgs/SLUG/YEAR/ is depth 2), redirect pages left out. */
function pagesUnder(section: string, depth: number): { urlPath: string; bytes: number }[] {
  const found: { urlPath: string; bytes: number }[] = [];
  const walk = (relative: string, level: number) => {
    for (const entry of readdirSync(path.join(site, relative), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = `${relative}/${entry.name}`;
      if (level + 1 === depth) {
        const file = path.join(site, child, 'index.html');
        const bytes = statSync(file, { throwIfNoEntry: false })?.size;
        if (bytes !== undefined) found.push({ urlPath: `${child}/`, bytes });
      } else walk(child, level + 1);
    }
  };
  walk(`/${section}`, 0);
  return found.filter(({ urlPath }) => !isRedirect(urlPath));
}

const isRedirect = (urlPath: string) => readFileSync(path.join(site, urlPath, 'index.html'), 'utf8').includes('http-equiv="refresh"');

function largest(section: string, depth: number): string {
  const pages = pagesUnder(section, depth).sort((a, b) => b.bytes - a.bytes || a.urlPath.localeCompare(b.urlPath));
  if (pages.length === 0) throw new Error(`${site} has no page under /${section}/ at depth ${depth}: is it an export of the site?`);
  return pages[0]!.urlPath;
}

/** A redirect page (an old address): the first, A–Z, among the technologies, topics, categories and organizations. */
function redirectPage(): string {
  for (const section of ['technologies', 'topics', 'categories', 'orgs']) {
    const names = readdirSync(path.join(site, section), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    const name = names.find((candidate) => statSync(path.join(site, section, candidate, 'index.html'), { throwIfNoEntry: false }) && isRedirect(`/${section}/${candidate}/`));
    if (name) return `/${section}/${name}/`;
  }
  throw new Error(`${site} has no redirect page`);
}

function pageTypes(): [type: string, urlPath: string][] {
  return [
    ['home', '/'],
    ['years', '/years/'],
    ['one year', largest('years', 1)],
    ['organizations finder', '/orgs/'],
    ['one organization', largest('orgs', 1)],
    ['one organization-year', largest('orgs', 2)],
    ['one project', largest('orgs', 3)],
    ['technologies', '/technologies/'],
    ['one technology', largest('technologies', 1)],
    ['topics', '/topics/'],
    ['one topic', largest('topics', 1)],
    ['categories', '/categories/'],
    ['one category', largest('categories', 1)],
    ['search with a query', `/search/?q=${encodeURIComponent(query)}`],
    ['trends', '/trends/'],
    ['trends comparing', '/trends/?compare=rust,go,python'],
    ['redirect page', redirectPage()],
    // Lighthouse does not audit a page answered with status 404 (ERRORED_DOCUMENT_REQUEST): the
    // 404 page is measured at its own address, where a static host serves it with status 200.
    ['404 page', '/404.html'],
  ];
}

/** Chromium with remote debugging on a free port, as Lighthouse's CLI starts it. */
async function startChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'catalog-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium (${CHROMIUM_PATH}) did not open its debugging port in 30 s:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)));
  });
  return { port, process: child, profile };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits that cost a category points, by "category: audit id": the audit's title and what it found. */
  lost: Map<string, { title: string; found: string }>;
  /** Where the page ended, when not where it was asked for (a redirect page's meta refresh). */
  finalPath?: string;
}

const server = await serveStatic(site, 0);
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const chromium = await startChromium();
const rows: { type: string; urlPath: string; runs: Run[] }[] = [];
try {
  const types: [string, string][] = pages.length > 0 ? pages.map((urlPath) => ['page', urlPath]) : pageTypes().filter(([type]) => only.length === 0 || only.includes(type));
  console.log(`Lighthouse (mobile preset), ${site}, ${runs} run${runs === 1 ? '' : 's'} per page:\n`);
  for (const [type, urlPath] of types) {
    const row = { type, urlPath, runs: [] as Run[] };
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${base}${urlPath}`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${urlPath}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${urlPath}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const lost: Run['lost'] = new Map();
      for (const category of CATEGORIES) {
        for (const reference of lhr.categories[category]!.auditRefs) {
          const audit = lhr.audits[reference.id]!;
          if (reference.weight === 0 || audit.score === null || audit.score >= 1) continue;
          lost.set(`${category}: ${reference.id}`, { title: audit.title, found: (audit.explanation ?? audit.displayValue ?? '').replace(/\s+/g, ' ').slice(0, 160) });
        }
      }
      const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
      row.runs.push({
        scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]!.score ?? 0) * 100)])) as Run['scores'],
        metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]!.numericValue ?? NaN])) as Run['metrics'],
        lost,
        ...(finalPath !== new URL(`${base}${urlPath}`).pathname && { finalPath }),
      });
    }
    rows.push(row);
    const medianOf = (pick: (run: Run) => number) => median(row.runs.map(pick));
    console.log(
      `${type.padEnd(22)} perf ${String(medianOf((r) => r.scores.performance)).padStart(3)}  a11y ${String(medianOf((r) => r.scores.accessibility)).padStart(3)}  bp ${String(medianOf((r) => r.scores['best-practices'])).padStart(3)}  seo ${String(medianOf((r) => r.scores.seo)).padStart(3)}  TBT ${medianOf((r) => r.metrics.TBT).toFixed(0).padStart(4)} ms  LCP ${(medianOf((r) => r.metrics.LCP) / 1000).toFixed(2)} s  CLS ${medianOf((r) => r.metrics.CLS).toFixed(3)}  ${urlPath}${row.runs[0]!.finalPath ? ` (ended at ${row.runs[0]!.finalPath})` : ''}`,
    );
  }

  console.log('\n| page type | page | performance | accessibility | best practices | SEO | TBT | LCP | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { type, urlPath, runs: all } of rows) {
    const medianOf = (pick: (run: Run) => number) => median(all.map(pick));
    console.log(
      `| ${type} | \`${urlPath}\` | ${medianOf((r) => r.scores.performance)} | ${medianOf((r) => r.scores.accessibility)} | ${medianOf((r) => r.scores['best-practices'])} | ${medianOf((r) => r.scores.seo)} | ${medianOf((r) => r.metrics.TBT).toFixed(0)} ms | ${(medianOf((r) => r.metrics.LCP) / 1000).toFixed(1)} s | ${medianOf((r) => r.metrics.CLS).toFixed(3)} |`,
    );
  }

  console.log('\nWhat cost points, in how many runs, and what each run found:');
  for (const { type, runs: all } of rows) {
    const lost = new Map<string, { title: string; found: string[] }>();
    for (const run of all) {
      for (const [key, { title, found }] of run.lost) lost.set(key, { title, found: [...(lost.get(key)?.found ?? []), found] });
    }
    if (lost.size === 0) continue;
    console.log(`  ${type}:`);
    for (const [key, { title, found }] of lost) console.log(`    ${key}, ${found.length} of ${all.length}: ${title}${found.some(Boolean) ? ` (${[...new Set(found)].join('; ')})` : ''}`);
  }
} finally {
  await new Promise((resolve) => {
    chromium.process.once('exit', resolve);
    chromium.process.kill();
  });
  server.close();
  rmSync(chromium.profile, { recursive: true, force: true });
}
