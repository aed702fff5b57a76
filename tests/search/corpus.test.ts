/**
 * The search on the whole archive: ../shared/corpus imported and loaded as the site build does
 * (scripts/support/whole-archive.ts), never copied into the repository. Skipped, with the reason
 * printed, where the corpus is absent. Nothing here is timed: latency is the benchmark's business
 * (npm run bench:search).
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
    expect(data.core.titles).toHaveLength(projects.length);
    const paths = new Set(projects.map((project) => project.path));
    expect(paths.size).toBe(projects.length);
    for (const hit of searcher.search('python', { limit: 50 })) expect(paths.has(hit.path)).toBe(true);
  });

  it('finds known projects, with a typo too', () => {
    expect(titles('gnome shell lookingglass')).toContain('Enhance the operation of GNOME Shell LookingGlass');
    expect(titles('gnome shel lookinglass')).toContain('Enhance the operation of GNOME Shell LookingGlass');
    expect(titles('tensorflw').some((title) => /tensorflow/i.test(title))).toBe(true);
  });

  it('round-trips through JSON with the same results', () => {
    const reopened = createSearcher(JSON.parse(JSON.stringify(data)) as SearchIndexData);
    for (const query of ['rust', 'pyhton machine learning', 'c++', 'apache software foundation', 'xen', '(a+b)*', 'qwxzvbn']) {
      expect(reopened.search(query)).toEqual(searcher.search(query));
    }
  });

  it('keeps the first download (the core file) under 570 KB gzip, leaving room for the code', () => {
    const core = searchIndexFiles(data)[0]!;
    expect(core.name).toBe('index.json');
    expect(gzipSync(core.contents, { level: 9 }).length).toBeLessThan(570 * 1024);
  });
});
