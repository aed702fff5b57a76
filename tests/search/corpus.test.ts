/**
 * The search on the real archive in ../shared/corpus (never copied into the repository). Skipped,
 * with the reason printed, where the corpus is absent. Nothing here is timed: latency is the
 * benchmark's business (npm run bench:search).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, searchIndexFiles, type SearchIndexData } from '../../lib/search';
import { hasFullSizeCorpus, loadFullSizeProjects } from '../../lib/search/node/fullSizeCorpus';

const present = hasFullSizeCorpus();
if (!present) console.warn('search-corpus tests skipped: ../shared/corpus (melange + gsoc-api) is not beside the repository');

describe.skipIf(!present)('search on the full-size archive', () => {
  const projects = present ? loadFullSizeProjects() : [];
  const data = buildSearchIndex(projects);
  const searcher = createSearcher(data);
  const titles = (query: string) => searcher.search(query).map((hit) => searcher.document(hit.path)!.title);

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
