/**
 * The search engines compared by scripts/bench-search-engines.ts, each built from the same
 * records: plain fuse.js, the catalog's own search (lib/search), the catalog search of another
 * checkout ("before"), and MiniSearch. Each answers a query with the paths of its top results
 * and says what a browser downloads before it can show them.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Project } from '../../lib/content/schema';
import { buildSearchIndex, createSearcher, searchIndexFiles, type SearchIndexData, type SearchIndexFile, type Searcher } from '../../lib/search';
import { median } from '../support/statistics';
import { LIMIT, QUERIES } from './queries';

export interface Engine {
  name: string;
  /** Paths of the top `LIMIT` results. */
  search(query: string): string[];
  /** Gzip bytes before the first results: payload(s) and code. */
  bytes: { payload: number; code: number; note: string };
}

export async function fuseEngine(projects: Project[]): Promise<Engine> {
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

/** The catalog's index as the build writes it: what each kind of file weighs, and what a query fetches. */
export interface CatalogIndexReport {
  builtMs: number;
  /** Per kind of file: count, what they are, gzip bytes in all, median and largest. */
  files: { kind: string; what: string; gzip: number[] }[];
  /** Gzip bytes of the search code a page loads (lib/search/client.ts, bundled and minified). */
  code: number;
  /** Gzip bytes a query of the list fetches before its top 10 can show (meta included), one per query. */
  beforeTopTen: number[];
  /** Gzip bytes of the abstract chunks a top 10's snippets need, one per query with a result. */
  snippets: number[];
}

export async function catalogEngine(projects: Project[]): Promise<{ engine: Engine; report: CatalogIndexReport }> {
  const started = performance.now();
  const data = buildSearchIndex(projects);
  const builtMs = performance.now() - started;
  const files = searchIndexFiles(data);
  const whole = createSearcher(data);

  const code = await bundledSize("export { openSearch, markTerms } from './lib/search/client.ts';");
  const sizes = new Map<string, number[]>();
  for (const file of files) {
    const kind = file.name.split('/')[0]!;
    sizes.set(kind, [...(sizes.get(kind) ?? []), gzip(file.contents)]);
  }
  const kinds: [kind: string, label: string, what: string][] = [
    ['meta.json', 'meta', 'fetched first'],
    ['terms', 'term shards', 'by first character'],
    ['postings', 'posting shards', 'binary'],
    ['documents', 'document chunks', `of ${data.meta.documentChunkSize} titles`],
    ['names', 'name shards', 'by first character'],
    ['name-postings', 'name posting shards', 'binary'],
    ['people', 'people chunks', `of ${data.meta.documentChunkSize} documents' contributors and mentors, fetched for results a name found`],
    ['abstracts', 'abstract chunks', `of ${data.meta.abstractChunkSize} abstracts, fetched for snippets`],
  ];
  // What a top 10 needs before it shows, from the files alone: the meta, the term and posting shards of the query's terms, the document chunks of its results.
  const beforeTopTen = await Promise.all(Object.values(QUERIES).flat().map((query) => queryBytes(data, files, query)));
  const report: CatalogIndexReport = {
    builtMs,
    files: kinds.map(([kind, label, what]) => ({ kind: label, what, gzip: sizes.get(kind) ?? [] })),
    code,
    beforeTopTen,
    snippets: snippetBytes(whole, projects, sizes.get('abstracts') ?? [], data.meta.abstractChunkSize),
  };
  const engine: Engine = {
    name: 'catalog',
    search: (query) => whole.search(query, { limit: LIMIT }).map((hit) => hit.path),
    bytes: { payload: median(beforeTopTen), code, note: 'meta + the shards and document chunks a query needs (median) + code' },
  };
  return { engine, report };
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

/** The catalog search of another checkout (--before), built from the same records: its ranking beside this one's. */
export async function beforeEngine(checkout: string, projects: Project[]): Promise<Engine> {
  const search = (await import(path.resolve(checkout, 'lib/search/index.ts'))) as typeof import('../../lib/search');
  const searcher = search.createSearcher(search.buildSearchIndex(projects));
  return {
    name: 'catalog before',
    search: (query) => searcher.search(query, { limit: LIMIT }).map((hit) => hit.path),
    bytes: { payload: 0, code: 0, note: `${checkout} (bytes: run its own bench)` },
  };
}

export async function miniSearchEngine(projects: Project[]): Promise<Engine> {
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

/** Gzip bytes of the abstract chunks a top 10 needs for its snippets, for each query of the list that finds something. */
function snippetBytes(searcher: Searcher, projects: Project[], chunkBytes: number[], chunkSize: number): number[] {
  // Documents are in permalink order (build.ts), and chunks are runs of that order.
  const paths = projects.map((project) => project.path.replace(/\/$/, '')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(paths.map((path, index) => [path, index]));
  const chunkOf = (path: string) => Math.floor(position.get(path.replace(/\/$/, ''))! / chunkSize);
  return Object.values(QUERIES)
    .flat()
    .map((query) => {
      const chunks = new Set(searcher.search(query, { limit: LIMIT }).map((hit) => chunkOf(hit.path)));
      return [...chunks].reduce((sum, chunk) => sum + (chunkBytes[chunk] ?? 0), 0);
    })
    .filter((bytes) => bytes > 0);
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
