/**
 * Query time: a loaded index → ranked results. The same code answers in Node (CLI, tests, bench)
 * and in the browser (the search page's Web Worker). This file is the front: tables.ts decodes
 * the index, ranking.ts ranks, filters.ts filters and counts facets, documents.ts turns document
 * ids into permalinks, titles, abstracts and snippets.
 */
import { SEARCH_DEFAULTS, type SearchConfig } from './config';
import { Documents, type SearchDocument } from './documents';
import { OrganizationNameIndex, type OrganizationHit } from './organizations';
import { allowedRuns, browseDocuments, facetsOf, ownsTechnology, type SearchFacets, type SearchOptions } from './filters';
import { INDEX_FORMAT, type CommonTerms, type SearchCore, type SearchIndexData } from './format';
import { parseQuery } from './query';
import { Ranking } from './ranking';
import type { Snippet } from './snippet';
import { SearchTables } from './tables';

export type { SearchDocument } from './documents';
export type { SearchFacets, SearchOptions } from './filters';

export interface SearchHit {
  path: string;
  score: number;
}

export interface SearcherSources {
  /** Fetches abstract chunk `n` (files.ts names the file); without it abstracts must be in the data. */
  loadAbstractChunk?: (chunk: number) => Promise<string[]>;
}

export interface Searcher {
  /** The best `limit` matches of `query`, best first; [] for a query with no searchable word. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index terms a query matches (exact, prefix and typo variants): what to highlight. */
  matchedTerms(query: string): string[];
  /** Title, organization and year of a result; undefined for a path not in the index. */
  document(path: string): SearchDocument | undefined;
  /** The plain-text abstract of a result, fetching its chunk if needed. */
  abstract(path: string): Promise<string | undefined>;
  /** A short piece of the abstract around the query's words, matched words marked. */
  snippet(path: string, query: string, length?: number): Promise<Snippet | undefined>;
  /** Adds the common-terms postings when they arrive; until then `complete` is false. */
  addCommonTerms(common: CommonTerms): void;
  /** Builds what the first typo would otherwise build (~100 ms on the archive); call when idle. */
  warm(): void;
  /** Organizations whose names (now or formerly) hold every word of `query`, best first. */
  organizations(query: string, limit?: number): OrganizationHit[];
  /** With no query: the projects the filters allow, newest first ([] without any filter). */
  browse(options: SearchOptions): SearchHit[];
  /** What the filters can choose from: years (newest first), organizations and technologies (A–Z). */
  facets(): SearchFacets;
  readonly complete: boolean;
  readonly documentCount: number;
}

/** Opens an index: the whole build output (Node), or the core alone plus loaders (browser). */
export function createSearcher(data: SearchIndexData | SearchCore, sources: SearcherSources = {}, config: SearchConfig = SEARCH_DEFAULTS): Searcher {
  const whole = 'core' in data ? data : undefined;
  const core = whole ? whole.core : (data as SearchCore);
  if (core?.format !== INDEX_FORMAT) {
    throw new Error(`search index format ${String(core?.format)} is not ${INDEX_FORMAT}: rebuild the index with this version`);
  }
  const tables = new SearchTables(core);
  const documents = new Documents(core, tables, whole?.abstracts, sources.loadAbstractChunk);
  const searcher = new CatalogSearcher(tables, new Ranking(tables, config), documents, config);
  if (whole) searcher.addCommonTerms(whole.common);
  return searcher;
}

class CatalogSearcher implements Searcher {
  private organizationNames: OrganizationNameIndex | undefined;

  constructor(
    private readonly tables: SearchTables,
    private readonly ranking: Ranking,
    private readonly documents: Documents,
    private readonly config: SearchConfig,
  ) {}

  get complete(): boolean {
    return this.tables.complete;
  }

  get documentCount(): number {
    return this.tables.documentCount;
  }

  addCommonTerms(common: CommonTerms): void {
    if (common.format !== INDEX_FORMAT) throw new Error(`common-terms format ${String(common.format)} is not ${INDEX_FORMAT}`);
    this.tables.addCommonTerms(common.postings);
  }

  warm(): void {
    this.ranking.warm();
  }

  organizations(query: string, limit = this.config.organizationLimit): OrganizationHit[] {
    // Built on the first call: a page that never asks (the CLI, tests) pays nothing.
    this.organizationNames ??= new OrganizationNameIndex(this.tables.runs);
    return this.organizationNames.find(query, limit, this.config);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const requested = Math.floor(options.limit ?? this.config.limit);
    const limit = Number.isFinite(requested) ? Math.max(0, requested) : this.config.limit;
    const queryWords = parseQuery(query, this.config);
    if (queryWords.length === 0 || limit === 0) return [];
    const allowed = allowedRuns(this.tables.runs, options);
    if (allowed && !allowed.includes(1)) return [];
    const owns = ownsTechnology(this.tables, options.technology);
    const boost = owns && ((id: number) => (owns(id) ? this.config.ownTechnologyBoost : 1));
    return this.ranking.rank(queryWords, allowed, limit, boost).map(({ id, score }) => ({ path: this.documents.pathOf(id), score: round(score) }));
  }

  matchedTerms(query: string): string[] {
    return this.ranking.matchedTerms(parseQuery(query, this.config));
  }

  browse(options: SearchOptions): SearchHit[] {
    const allowed = allowedRuns(this.tables.runs, options);
    if (!allowed) return [];
    const limit = Math.max(0, Math.floor(options.limit ?? this.config.limit)) || 0;
    return browseDocuments(this.tables.runs, allowed, limit, ownsTechnology(this.tables, options.technology)).map((id) => ({ path: this.documents.pathOf(id), score: 0 }));
  }

  facets(): SearchFacets {
    return facetsOf(this.tables.runs);
  }

  document(path: string): SearchDocument | undefined {
    return this.documents.document(path);
  }

  abstract(path: string): Promise<string | undefined> {
    return this.documents.abstract(path);
  }

  async snippet(path: string, query: string, length = this.config.snippetLength): Promise<Snippet | undefined> {
    return this.documents.snippet(path, this.matchedTerms(query), length);
  }
}

// Scores are for ordering; six significant digits keep JSON output short and stable.
function round(score: number): number {
  return Number(score.toPrecision(6));
}
