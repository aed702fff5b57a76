/**
 * `npm run bench:lighthouse -- [--site DIR] [--runs N] [--query WORD] [--only TYPE,TYPE] [--page PATH]...`: Lighthouse 12 (the
 * devDependency) with its mobile preset (a mid-range phone, 4× slower CPU, slow 4G simulated) on
 * one page of every type of an export, served gzipped as a static host would: performance,
 * accessibility, best practices and SEO scores, total blocking time, first and largest contentful
 * paint and cumulative layout shift, the median of N runs each (every run's performance score
 * too, where they differ); then every audit that cost a page a point, and why. Targets:
 * performance ≥ 95, the other three 100.
 *
 * The page of each type is the largest HTML file of that type in the export (a site is as fast as
 * its heaviest page); search opens with a query (--query, default "compiler"); the 404 page is
 * measured at /404.html (Lighthouse refuses a page answered with status 404). By default the
 * export the browser tests build (test-results/site). --page PATH (repeatable) measures those
 * addresses instead: `--page /orgs/ --page '/orgs/?year=2025'`. The search page alone, as the
 * search benches' figures quote it: `--only "search with a query" --query python`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCommand, UsageError } from './support/command-line';
import { LIGHTHOUSE_VERSION, startLighthouse, type Category } from './support/lighthouse';
import { markdownTable } from './support/markdown-table';
import { serveExport } from './support/serve-static';
import { median } from './support/statistics';

const COMMAND = {
  usage: 'npm run bench:lighthouse --',
  summary: 'Lighthouse (mobile preset) on the largest page of each type of an export, or on the pages named with --page.',
  flags: {
    site: { type: 'string', placeholder: 'DIR', default: 'test-results/site', description: 'the export to measure' },
    runs: { type: 'integer', min: 1, default: 3, description: 'Lighthouse runs per page; medians reported' },
    query: { type: 'string', placeholder: 'WORD', default: 'compiler', description: 'what the search page is opened with' },
    only: { type: 'string', placeholder: 'TYPE,TYPE', description: 'only these page types, as the table names them ("home,one project")' },
    page: { type: 'string', placeholder: 'PATH', multiple: true, description: 'measure this address instead of the page types' },
  },
} as const;

const CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { TBT: 'total-blocking-time', FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', CLS: 'cumulative-layout-shift' } as const;

interface Run {
  scores: Record<Category, number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits that cost a category points, by "category: audit id": the audit's title and what it found. */
  lost: Map<string, { title: string; found: string }>;
  /** Where the page ended, when not where it was asked for (a redirect page's meta refresh). */
  finalPath?: string;
}

/** The pages of each type of an export, found in its files. */
class ExportPages {
  constructor(private readonly site: string) {}

  /** The index.html files `depth` folders under `section` (orgs/SLUG/YEAR/ is depth 2), redirect pages left out. */
  private pagesUnder(section: string, depth: number): { urlPath: string; bytes: number }[] {
    const found: { urlPath: string; bytes: number }[] = [];
    const walk = (relative: string, level: number) => {
      for (const entry of readdirSync(path.join(this.site, relative), { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const child = `${relative}/${entry.name}`;
        if (level + 1 === depth) {
          const bytes = statSync(path.join(this.site, child, 'index.html'), { throwIfNoEntry: false })?.size;
          if (bytes !== undefined) found.push({ urlPath: `${child}/`, bytes });
        } else walk(child, level + 1);
      }
    };
    walk(`/${section}`, 0);
    return found.filter(({ urlPath }) => !this.isRedirect(urlPath));
  }

  private isRedirect(urlPath: string): boolean {
    return readFileSync(path.join(this.site, urlPath, 'index.html'), 'utf8').includes('http-equiv="refresh"');
  }

  /** The largest page `depth` folders under `section`; undefined when the content has none (no technology in the built-in sample). */
  largest(section: string, depth: number): string | undefined {
    if (!statSync(path.join(this.site, section), { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const pages = this.pagesUnder(section, depth).sort((a, b) => b.bytes - a.bytes || a.urlPath.localeCompare(b.urlPath));
    return pages[0]?.urlPath;
  }

  /** A redirect page (an old address): the first, A–Z, among the technologies, topics, categories and organizations. */
  redirectPage(): string | undefined {
    for (const section of ['technologies', 'topics', 'categories', 'orgs']) {
      if (!statSync(path.join(this.site, section), { throwIfNoEntry: false })?.isDirectory()) continue;
      const names = readdirSync(path.join(this.site, section), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
      const name = names.find((candidate) => statSync(path.join(this.site, section, candidate, 'index.html'), { throwIfNoEntry: false }) && this.isRedirect(`/${section}/${candidate}/`));
      if (name) return `/${section}/${name}/`;
    }
    return undefined;
  }
}

/** Each page type with its address, found lazily: --only measures a few without walking the whole export. */
function pageTypes(pages: ExportPages, query: string): [type: string, urlPath: () => string | undefined][] {
  return [
    ['home', () => '/'],
    ['years', () => '/years/'],
    ['one year', () => pages.largest('years', 1)],
    ['organizations finder', () => '/orgs/'],
    ['one organization', () => pages.largest('orgs', 1)],
    ['one organization-year', () => pages.largest('orgs', 2)],
    ['one project', () => pages.largest('orgs', 3)],
    ['technologies', () => '/technologies/'],
    ['one technology', () => pages.largest('technologies', 1)],
    ['topics', () => '/topics/'],
    ['one topic', () => pages.largest('topics', 1)],
    ['categories', () => '/categories/'],
    ['one category', () => pages.largest('categories', 1)],
    ['search with a query', () => `/search/?q=${encodeURIComponent(query)}`],
    ['trends', () => '/trends/'],
    ['trends comparing', () => '/trends/?compare=rust,go,python'],
    ['redirect page', () => pages.redirectPage()],
    // Lighthouse does not audit a page answered with status 404 (ERRORED_DOCUMENT_REQUEST): the
    // 404 page is measured at its own address, where a static host serves it with status 200.
    ['404 page', () => '/404.html'],
  ];
}

await runCommand(COMMAND, async ({ values }) => {
  const only = (values.only ?? '').split(',').map((type) => type.trim()).filter(Boolean);
  const known = pageTypes(new ExportPages(values.site), values.query);
  const unknown = only.filter((type) => !known.some(([name]) => name === type));
  if (unknown.length > 0) throw new UsageError(`--only: no page type ${unknown.map((type) => `"${type}"`).join(', ')} (types: ${known.map(([name]) => name).join(', ')})`);
  const served = await serveExport(values.site);
  const lighthouse = await startLighthouse();
  const rows: { type: string; urlPath: string; runs: Run[] }[] = [];
  try {
    const types: [string, () => string | undefined][] = values.page.length > 0 ? values.page.map((urlPath) => ['page', () => urlPath]) : known.filter(([type]) => only.length === 0 || only.includes(type));
    console.log(`Lighthouse ${LIGHTHOUSE_VERSION} (mobile preset), ${values.site}, ${values.runs} run${values.runs === 1 ? '' : 's'} per page:\n`);
    for (const [type, findPath] of types) {
      const urlPath = findPath();
      if (urlPath === undefined) {
        console.log(`${type.padEnd(22)} none in this export (its content has no such page)`);
        continue;
      }
      const row = { type, urlPath, runs: [] as Run[] };
      for (let run = 0; run < values.runs; run++) row.runs.push(await auditOnce(lighthouse.audit, `${served.origin}${urlPath}`));
      rows.push(row);
      const medianOf = (pick: (run: Run) => number) => median(row.runs.map(pick));
      // Progress, one line a page as it is measured: the table follows at the end.
      console.log(
        `${type.padEnd(22)} perf ${String(medianOf((r) => r.scores.performance)).padStart(3)}  a11y ${String(medianOf((r) => r.scores.accessibility)).padStart(3)}  bp ${String(medianOf((r) => r.scores['best-practices'])).padStart(3)}  seo ${String(medianOf((r) => r.scores.seo)).padStart(3)}  TBT ${medianOf((r) => r.metrics.TBT).toFixed(0).padStart(4)} ms  LCP ${(medianOf((r) => r.metrics.LCP) / 1000).toFixed(2)} s  ${urlPath}${row.runs[0]!.finalPath ? ` (ended at ${row.runs[0]!.finalPath})` : ''}`,
      );
    }
  } finally {
    await lighthouse.close();
    served.close();
  }

  console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile; medians of ${values.runs} run${values.runs === 1 ? '' : 's'} (performance of each run in brackets where they differ):\n`);
  console.log(
    markdownTable(
      ['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'TBT', 'FCP', 'LCP', 'CLS'],
      rows.map(({ type, urlPath, runs }) => {
        const medianOf = (pick: (run: Run) => number) => median(runs.map(pick));
        const performances = runs.map((run) => run.scores.performance);
        const performance = `${medianOf((r) => r.scores.performance)}${new Set(performances).size > 1 ? ` (${performances.join(', ')})` : ''}`;
        return [
          type,
          `\`${urlPath}\`${runs[0]!.finalPath ? ` → \`${runs[0]!.finalPath}\`` : ''}`,
          performance,
          String(medianOf((r) => r.scores.accessibility)),
          String(medianOf((r) => r.scores['best-practices'])),
          String(medianOf((r) => r.scores.seo)),
          `${medianOf((r) => r.metrics.TBT).toFixed(0)} ms`,
          `${(medianOf((r) => r.metrics.FCP) / 1000).toFixed(1)} s`,
          `${(medianOf((r) => r.metrics.LCP) / 1000).toFixed(1)} s`,
          medianOf((r) => r.metrics.CLS).toFixed(3),
        ];
      }),
    ),
  );

  console.log('\nWhat cost points, in how many runs, and what each run found:');
  for (const { type, runs } of rows) {
    const lost = new Map<string, { title: string; found: string[] }>();
    for (const run of runs) {
      for (const [key, { title, found }] of run.lost) lost.set(key, { title, found: [...(lost.get(key)?.found ?? []), found] });
    }
    if (lost.size === 0) continue;
    console.log(`  ${type}:`);
    for (const [key, { title, found }] of lost) console.log(`    ${key}, ${found.length} of ${runs.length}: ${title}${found.some(Boolean) ? ` (${[...new Set(found)].join('; ')})` : ''}`);
  }
});

async function auditOnce(audit: Awaited<ReturnType<typeof startLighthouse>>['audit'], url: string): Promise<Run> {
  const lhr = await audit(url, CATEGORIES);
  const lost: Run['lost'] = new Map();
  for (const category of CATEGORIES) {
    for (const reference of lhr.categories[category]!.auditRefs) {
      const result = lhr.audits[reference.id]!;
      if (reference.weight === 0 || result.score === null || result.score >= 1) continue;
      lost.set(`${category}: ${reference.id}`, { title: result.title, found: (result.explanation ?? result.displayValue ?? '').replace(/\s+/g, ' ').slice(0, 160) });
    }
  }
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]!.score ?? 0) * 100)])) as Run['scores'],
    metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]!.numericValue ?? NaN])) as Run['metrics'],
    lost,
    ...(finalPath !== new URL(url).pathname && { finalPath }),
  };
}
