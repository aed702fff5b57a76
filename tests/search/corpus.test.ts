/**
 * The search on the whole archive: ../shared/corpus imported and loaded as the site build does
 * (scripts/support/whole-archive.ts), never copied into the repository. Skipped, with the reason
 * printed, where the corpus is absent. Nothing here is timed: latency is the benchmark's business
 * (npm run bench:search-engines).
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../lib/content/schema';
import { buildSearchIndex, createSearcher, searchIndexFiles, type Searcher, type SearchIndexData } from '../../lib/search';
import { hasWholeArchive, loadWholeArchive } from '../../scripts/support/whole-archive';

const present = hasWholeArchive();
if (!present) console.warn('search-corpus tests skipped: ../shared/corpus (melange + gsoc-api) is not beside the repository');

describe.skipIf(!present)('search on the whole archive', () => {
  // Read in beforeAll, not in the describe body: vitest runs a skipped describe's body too.
  let projects: Project[];
  let data: SearchIndexData;
  let searcher: Searcher;
  const titles = (query: string) => searcher.search(query).map((hit) => searcher.document(hit.path)!.title);

  // Loading ~2,400 pages takes 15–35 s on this machine; the first run also imports the JSON (~15 s).
  beforeAll(async () => {
    const catalog = await loadWholeArchive();
    expect(catalog.stats.errors).toBe(0);
    projects = catalog.projects;
    data = buildSearchIndex(projects);
    searcher = createSearcher(data);
  }, 180_000);

  it('indexes every project, each under its own permalink', () => {
    expect(projects.length).toBeGreaterThan(12_000);
    expect(data.meta.titleLengths).toHaveLength(projects.length);
    const paths = new Set(projects.map((project) => project.path));
    expect(paths.size).toBe(projects.length);
    for (const hit of searcher.search('python', { limit: 50 })) expect(paths.has(hit.path)).toBe(true);
  });

  it('finds known projects, with a typo too', () => {
    expect(titles('gnome shell lookingglass')).toContain('Enhance the operation of GNOME Shell LookingGlass');
    expect(titles('gnome shel lookinglass')).toContain('Enhance the operation of GNOME Shell LookingGlass');
    expect(titles('tensorflw').some((title) => /tensorflow/i.test(title))).toBe(true);
  });

  it('answers from the files as from the whole index', async () => {
    const files = new Map(searchIndexFiles(data).map((file) => [file.name, file.contents]));
    const json = async (name: string) => JSON.parse(files.get(name) as string);
    const opened = createSearcher(JSON.parse(files.get('meta.json') as string), {
      loadTermShard: (key) => json(`terms/${key}.json`),
      loadPostingShard: async (shard) => files.get(`postings/${shard}.bin`) as Uint8Array,
      loadDocumentChunk: (chunk) => json(`documents/${chunk}.json`),
      loadNameShard: (key) => json(`names/${key}.json`),
      loadNamePostingShard: async (shard) => files.get(`name-postings/${shard}.bin`) as Uint8Array,
      loadPeopleChunk: (chunk) => json(`people/${chunk}.json`),
    });
    for (const query of ['rust', 'pyhton machine learning', 'c++', 'apache software foundation', 'xen', '(a+b)*', 'qwxzvbn', 'python web application']) {
      expect(await opened.find(query)).toEqual(searcher.search(query));
    }
  });

  it("finds a contributor's project by the name, reversed, and with a typo in the family name", () => {
    // 100 contributors, every 100th with a name (seeded by the order, not random: the benchmark draws 200 at random).
    const named = projects.filter((project) => project.contributor && /\s/.test(project.contributor.trim()));
    const people = Array.from({ length: 100 }, (_, index) => named[Math.floor((index * named.length) / 100)]!);
    const inTop10 = (query: string, path: string) => searcher.search(query).some((hit) => hit.path === path);
    const share = (query: (parts: string[]) => string) => people.filter((project) => inTop10(query(project.contributor!.trim().split(/\s+/)), project.path)).length / people.length;
    // A substitution in the family name's second letter: one edit, the first letter kept.
    const typo = (word: string) => (word.length < 3 ? word : `${word[0]}${word[1] === 'x' ? 'q' : 'x'}${word.slice(2)}`);
    expect(share((parts) => parts.join(' '))).toBeGreaterThanOrEqual(0.98);
    expect(share((parts) => [...parts].reverse().join(' '))).toBeGreaterThanOrEqual(0.95);
    expect(share((parts) => [...parts.slice(0, -1), typo(parts[parts.length - 1]!)].join(' '))).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the first download (the meta) under 64 KB gzip, and every shard under 16 KB', () => {
    for (const file of searchIndexFiles(data)) {
      if (file.name.startsWith('abstracts/')) continue;
      expect(gzipSync(file.contents, { level: 9 }).length, file.name).toBeLessThan((file.name === 'meta.json' ? 64 : 16) * 1024);
    }
  });
});
