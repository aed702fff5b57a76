/**
 * `npm run bench:search-engines -- [--content DIR] [--rounds N] [--sample N] [--seed N] [--people N] [--engines fuse,catalog,minisearch] [--before DIR]`
 *
 * Plain fuse.js, the catalog's search and MiniSearch, side by side on the same records in one run,
 * in Node: query latency (median and p95 over a fixed query list, scripts/search-bench/queries.ts;
 * each round timed separately, the median of rounds reported because the machine is shared),
 * known-item recall with a typo, keyword precision, and the gzip bytes a browser downloads before
 * the first results; the catalog index's files and what a query fetches of them. Then people: for
 * contributors drawn at random (seeded), whether their project is in the top 10 for their exact
 * name, with a one-letter typo in the family name, and with the name reversed.
 *
 * --before DIR (a checkout of another commit, with its node_modules): its catalog search too, as
 * "catalog before", on the same records in the same run.
 *
 * Without --content it benches the whole archive (docs/measurements.md): the Melange pages and the
 * archive JSON of ../shared/corpus, imported and loaded as the site build would
 * (scripts/support/whole-archive.ts).
 *
 * What the search page downloads in a browser is scripts/bench-search-weight.ts; its Lighthouse
 * figures, scripts/bench-lighthouse.ts.
 */
import { loadCatalog } from '../lib/content/load';
import type { Project } from '../lib/content/schema';
import { beforeEngine, catalogEngine, fuseEngine, miniSearchEngine, type CatalogIndexReport, type Engine } from './search-bench/engines';
import { keywordPrecision, time } from './search-bench/measures';
import { QUERIES } from './search-bench/queries';
import { sampleKnownItems, samplePeople, type PersonItem } from './search-bench/samples';
import { runCommand, UsageError } from './support/command-line';
import { count, kb, ms, percent } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { median, percentile } from './support/statistics';
import { hasWholeArchive, loadWholeArchive } from './support/whole-archive';

const ENGINES = ['fuse', 'catalog', 'minisearch'];

const COMMAND = {
  usage: 'npm run bench:search-engines --',
  summary: 'fuse.js, the catalog search and MiniSearch on the same records, in Node: latency, known-item recall, precision, first download; then names.',
  flags: {
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder (default: the whole archive, ../shared/corpus imported)' },
    rounds: { type: 'integer', min: 1, default: 5, description: 'rounds of the query list per engine; the median of rounds reported' },
    // 1,000 known items: 300 left a standard error of ±1.3 points on a ~95% figure, 1,000 leaves ±0.6.
    sample: { type: 'integer', min: 1, default: 1000, description: 'known items drawn (a title piece with a typo)' },
    seed: { type: 'integer', default: 20250101, description: 'seed of the known items and people drawn' },
    people: { type: 'integer', min: 1, default: 200, description: 'contributors drawn for the name measures' },
    // fuse.js alone takes minutes on the archive: leave it out to measure the others quickly.
    engines: { type: 'string', placeholder: 'LIST', default: ENGINES.join(','), description: 'the engines to compare (catalog is always measured)' },
    before: { type: 'string', placeholder: 'DIR', description: "a checkout of another commit (with node_modules): its catalog search beside this one's" },
  },
} as const;

await runCommand(COMMAND, async ({ values }) => {
  const chosen = new Set(values.engines.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean));
  const unknown = [...chosen].filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new UsageError(`--engines: no engine ${unknown.join(', ')} (engines: ${ENGINES.join(', ')})`);
  const projects = await loadProjects(values.content);
  console.log(`records: ${count(projects.length)} projects (${values.content ?? 'the whole archive: melange + archive JSON imported'})`);
  const byPath = new Map(projects.map((project) => [project.path, project]));

  const catalog = await catalogEngine(projects);
  const engines = [
    ...(chosen.has('fuse') ? [await fuseEngine(projects)] : []),
    catalog.engine,
    ...(values.before ? [await beforeEngine(values.before, projects)] : []),
    ...(chosen.has('minisearch') ? [await miniSearchEngine(projects)] : []),
  ];

  const queries = Object.values(QUERIES).flat();
  const knownItems = sampleKnownItems(projects, values.sample, values.seed);
  console.log(`queries: ${queries.length} (${Object.entries(QUERIES).map(([kind, list]) => `${list.length} ${kind}`).join(', ')}); known items: ${knownItems.length} (seed ${values.seed}); rounds: ${values.rounds}\n`);

  printIndexReport(catalog.report);

  const rows: string[][] = [];
  for (const engine of engines) {
    // fuse.js takes ~0.3–1 s a query on the archive: it gets no warm-up (it builds nothing lazily),
    // at most two rounds and the first 100 known items, so the bench ends in minutes.
    const slow = engine.name === 'fuse.js';
    if (!slow) for (const query of queries) engine.search(query); // warm-up: lazy structures, JIT
    const engineRounds = slow ? Math.min(values.rounds, 2) : values.rounds;
    const items = slow ? knownItems.slice(0, 100) : knownItems;
    const medians: number[] = [];
    const p95s: number[] = [];
    for (let round = 0; round < engineRounds; round++) {
      const times = queries.map((query) => time(() => engine.search(query)));
      medians.push(median(times));
      p95s.push(percentile(times, 95));
    }
    const recall = items.filter(({ query, path }) => engine.search(query).includes(path)).length / Math.max(1, items.length);
    const precision = keywordPrecision(engine, byPath);
    rows.push([
      engine.name,
      ms(median(medians)),
      ms(median(p95s)),
      `${percent(recall)}${items.length < knownItems.length ? ` (n=${items.length})` : ''}`,
      percent(precision.loose),
      percent(precision.strict),
      kb(engine.bytes.payload + engine.bytes.code),
      engine.bytes.note,
    ]);
  }
  console.log(`\nEngines, in Node, on ${count(projects.length)} projects (${queries.length} queries, ${count(knownItems.length)} known items, seed ${values.seed}, median of ${values.rounds} rounds):\n`);
  console.log(markdownTable(['engine', 'median', 'p95', 'known-item', 'precision', 'strict', 'first download, gzip', 'what the first download is'], rows));
  console.log(
    [
      '',
      'median / p95: per-query latency in Node over the query list, median of rounds; known-item: a 2–3 word piece of a',
      'title with one typo finds that project in the top 10; precision: share of single-word top-10 results holding the',
      'word or a one-edit variant in title, abstract, organization or technologies (strict: the word or its plural form).',
      'first download: index payload(s) + search code, gzip -9, that a browser needs before it can show results.',
    ].join('\n'),
  );

  const people = samplePeople(projects, values.people, values.seed);
  if (people.length === 0) {
    console.log('\nNames: no project of these records names its contributor: nothing to draw.');
    return;
  }
  const found = (engine: Engine, pick: (item: PersonItem) => string) => percent(people.filter((item) => engine.search(pick(item)).includes(item.path)).length / people.length);
  console.log(`\n${people.length} contributors drawn at random (seed ${values.seed}): their project in the top 10 for\n`);
  console.log(
    markdownTable(
      ['engine', 'the exact name', 'a typo in the family name', 'the name reversed'],
      engines.filter((engine) => engine.name !== 'fuse.js').map((engine) => [engine.name, found(engine, (item) => item.exact), found(engine, (item) => item.typo), found(engine, (item) => item.reversed)]),
    ),
  );
});

function printIndexReport(report: CatalogIndexReport): void {
  console.log(`The catalog index, built in ${ms(report.builtMs)}; search code ${kb(report.code)} gzip:\n`);
  console.log(
    markdownTable(
      ['files', 'count', 'what they are', 'gzip in all', 'median', 'largest'],
      report.files.map(({ kind, what, gzip }) => [kind, count(gzip.length), what, kb(gzip.reduce((sum, bytes) => sum + bytes, 0)), gzip.length ? kb(median(gzip)) : '–', gzip.length ? kb(Math.max(...gzip)) : '–']),
    ),
  );
  const spread = (bytes: number[]) => (bytes.length ? [kb(median(bytes)), kb(percentile(bytes, 95)), kb(Math.max(...bytes))] : ['–', '–', '–']);
  console.log('');
  console.log(
    markdownTable(
      ['what a query of the list fetches, gzip', 'median', 'p95', 'largest'],
      [
        ['index files before its top 10 shows (meta included)', ...spread(report.beforeTopTen)],
        ['abstract chunks for its snippets, after the list shows', ...spread(report.snippets)],
      ],
    ),
  );
}

async function loadProjects(contentDir: string | undefined): Promise<Project[]> {
  if (contentDir) return loadCatalog(contentDir).projects;
  if (!hasWholeArchive()) throw new UsageError('../shared/corpus is missing: give --content DIR');
  return (await loadWholeArchive()).projects;
}
