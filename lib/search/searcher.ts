/**
 * Query time: a loaded index → ranked results. The same code answers in Node (CLI, tests, bench)
 * and in the browser (the search page's script). This file is the front: tables.ts decodes
 * the index, ranking.ts ranks, filters.ts filters and counts facets, documents.ts turns document
 * ids into permalinks, titles, abstracts and snippets.
 */
import { SEARCH_DEFAULTS, type SearchConfig } from './config';
import { Documents, type SearchDocument } from './documents';
import { OrganizationNameIndex, type OrganizationHit } from './organizations';
import { allowedRuns, browseDocuments, facetsOf, ownsTechnology, type SearchFacets, type SearchOptions } from './filters';
import { INDEX_FORMAT, type DocumentChunk, type PeopleChunk, type SearchIndexData, type SearchMeta, type TermShard } from './format';
import { NameTables } from './names';
import { parseNameQuery, parseQuery, type NameWord, type QueryWord } from './query';
import { foldText } from './text';
import { Ranking, type RankedDocument } from './ranking';
import type { Snippet } from './snippet';
import { NotLoadedError, SearchTables } from './tables';

export type { SearchDocument } from './documents';
export type { SearchFacets, SearchOptions } from './filters';

export interface SearchHit {
  path: string;
  score: number;
  /** The contributor or mentor whose name the query matched, when one did: the result says so. */
  person?: { name: string; role: 'contributor' | 'mentor' };
}

/** Where the pieces of an index come from when they are not all in memory (remote.ts fetches them). */
export interface SearcherSources {
  loadTermShard?: (key: string) => Promise<TermShard>;
  loadPostingShard?: (shard: number) => Promise<Uint8Array>;
  loadDocumentChunk?: (chunk: number) => Promise<DocumentChunk>;
  loadAbstractChunk?: (chunk: number) => Promise<string[]>;
  loadNameShard?: (key: string) => Promise<TermShard>;
  loadNamePostingShard?: (shard: number) => Promise<Uint8Array>;
  loadPeopleChunk?: (chunk: number) => Promise<PeopleChunk>;
  loadOwnTechnologies?: () => Promise<number[]>;
}

export interface Searcher {
  /**
   * The best `limit` matches of `query`, best first, once every piece of the index they depend on
   * is loaded (fetching what is missing): the answer is final, never a guess from part of the data.
   * With no query, what the filters allow (browse). [] for a query with no searchable word.
   */
  find(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** find() without fetching: throws NotLoadedError when a piece it needs is not loaded (Node loads all). */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index terms a query matches (exact, prefix and typo variants): what to highlight. Loaded by find(). */
  matchedTerms(query: string): string[];
  /** The name parts a query matches (exact, prefix and typo variants): what to highlight in a result's person. Loaded by find(). */
  matchedNameParts(query: string): string[];
  /** Title, organization and year of a result (find() loads them); undefined for a path not in the index. */
  document(path: string): SearchDocument | undefined;
  /** The plain-text abstract of a result, fetching its chunk if needed. */
  abstract(path: string): Promise<string | undefined>;
  /** A short piece of the abstract around the query's words, matched words marked. */
  snippet(path: string, query: string, length?: number): Promise<Snippet | undefined>;
  /** Organizations whose names (now or formerly) hold every word of `query`, best first. */
  organizations(query: string, limit?: number): OrganizationHit[];
  /** With no query: the projects the filters allow, newest first ([] without any filter); needs loaded document chunks. */
  browse(options: SearchOptions): SearchHit[];
  /** What the filters can choose from: years (newest first), organizations and technologies (A–Z). */
  facets(): SearchFacets;
  /** The technology `text` names, any case ("PYTHON" → "python"), or undefined: its page is often what was meant. */
  technologyNamed(text: string): string | undefined;
  readonly documentCount: number;
}

/** Opens an index: the whole build output (Node: everything in memory), or the meta alone plus loaders (browser). */
export function createSearcher(data: SearchIndexData | SearchMeta, sources: SearcherSources = {}, config: SearchConfig = SEARCH_DEFAULTS): Searcher {
  const whole = 'meta' in data ? data : undefined;
  const meta = whole ? whole.meta : (data as SearchMeta);
  if (meta?.format !== INDEX_FORMAT) {
    throw new Error(`search index format ${String(meta?.format)} is not ${INDEX_FORMAT}: rebuild the index with this version`);
  }
  const tables = new SearchTables(meta);
  const names = new NameTables(meta);
  const documents = new Documents(meta, tables, { documents: sources.loadDocumentChunk, abstracts: sources.loadAbstractChunk, people: sources.loadPeopleChunk });
  if (whole) {
    tables.addOwnTechnologies(whole.ownTechnologies);
    for (const key of meta.termShards) tables.addTermShard(key, whole.termShards[key]!);
    whole.postingShards.forEach((bytes, shard) => tables.addPostingShard(shard, bytes));
    for (const key of names.shardKeys) names.addShard(key, whole.nameShards[key]!);
    whole.namePostingShards.forEach((bytes, shard) => names.addPostingShard(shard, bytes));
    documents.addChunks(whole.documents, whole.abstracts, whole.people);
  }
  return new CatalogSearcher(tables, names, new Ranking(tables, names, config), documents, sources, config);
}

class CatalogSearcher implements Searcher {
  private organizationNames: OrganizationNameIndex | undefined;
  private technologiesByFoldedName: Map<string, string> | undefined;
  /** Shards being fetched, so that two queries needing one shard fetch it once. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly tables: SearchTables,
    private readonly names: NameTables,
    private readonly ranking: Ranking,
    private readonly documents: Documents,
    private readonly sources: SearcherSources,
    private readonly config: SearchConfig,
  ) {}

  get documentCount(): number {
    return this.tables.documentCount;
  }

  async find(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const text = capped(query, this.config);
    const queryWords = parseQuery(text, this.config);
    if (options.technology && !this.tables.hasOwnTechnologies()) await this.loadOwnTechnologies();
    if (text.trim() === '') {
      const ids = this.browseIds(options);
      await this.documents.load(ids);
      return this.hitsOf(ids.map((id) => ({ id, score: 0 })));
    }
    const nameWords = parseNameQuery(text, this.config);
    // Two steps: the words' vocabularies (terms and names) say which terms they expand to, and so which postings.
    await this.loadTermShards(queryWords, nameWords);
    // Only a word that looks like a mistyped name (ranking.ts widensName) waits for a second step.
    await Promise.all(this.ranking.wideNameShardsNeeded(queryWords, nameWords).filter((key) => !this.names.hasShard(key)).map((key) => this.loadNameShard(key)));
    await Promise.all([
      ...this.ranking.postingShardsNeeded(queryWords).filter((shard) => !this.tables.hasPostingShard(shard)).map((shard) => this.loadPostingShard(shard)),
      ...this.ranking.namePostingShardsNeeded(queryWords, nameWords).filter((shard) => !this.names.hasPostingShard(shard)).map((shard) => this.loadNamePostingShard(shard)),
    ]);
    const ranked = this.rank(queryWords, options, nameWords);
    await Promise.all([this.documents.load(ranked.map(({ id }) => id)), this.documents.loadPeople(ranked.flatMap(({ person }) => (person === undefined ? [] : [person])))]);
    return this.hitsOf(ranked);
  }

  organizations(query: string, limit = this.config.organizationLimit): OrganizationHit[] {
    // Built on the first call: a page that never asks (the CLI, tests) pays nothing.
    this.organizationNames ??= new OrganizationNameIndex(this.tables.runs);
    return this.organizationNames.find(capped(query, this.config), limit, this.config);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const text = capped(query, this.config);
    return this.hitsOf(this.rank(parseQuery(text, this.config), options, parseNameQuery(text, this.config)));
  }

  matchedTerms(query: string): string[] {
    return this.ranking.matchedTerms(parseQuery(capped(query, this.config), this.config));
  }

  matchedNameParts(query: string): string[] {
    const text = capped(query, this.config);
    return this.ranking.matchedNameParts(parseQuery(text, this.config), parseNameQuery(text, this.config));
  }

  browse(options: SearchOptions): SearchHit[] {
    return this.hitsOf(this.browseIds(options).map((id) => ({ id, score: 0 })));
  }

  facets(): SearchFacets {
    return facetsOf(this.tables.runs);
  }

  technologyNamed(text: string): string | undefined {
    this.technologiesByFoldedName ??= new Map(this.tables.technologies.map((name) => [foldText(name), name]));
    return this.technologiesByFoldedName.get(foldText(capped(text, this.config).trim()));
  }

  document(path: string): SearchDocument | undefined {
    return this.documents.document(path);
  }

  abstract(path: string): Promise<string | undefined> {
    return this.documents.abstract(path);
  }

  async snippet(path: string, query: string, length = this.config.snippetLength): Promise<Snippet | undefined> {
    await this.loadTermShards(parseQuery(capped(query, this.config), this.config));
    return this.documents.snippet(path, this.matchedTerms(query), length);
  }

  private rank(queryWords: QueryWord[], options: SearchOptions, nameWords: NameWord[]): RankedDocument[] {
    const requested = Math.floor(options.limit ?? this.config.limit);
    const limit = Number.isFinite(requested) ? Math.max(0, requested) : this.config.limit;
    if (queryWords.length === 0 || limit === 0) return [];
    const allowed = allowedRuns(this.tables.runs, options);
    if (allowed && !allowed.includes(1)) return [];
    const owns = ownsTechnology(this.tables, options.technology);
    const boost = owns && ((id: number) => (owns(id) ? this.config.ownTechnologyBoost : 1));
    return this.ranking.rank(queryWords, allowed, limit, boost, nameWords);
  }

  private browseIds(options: SearchOptions): number[] {
    const allowed = allowedRuns(this.tables.runs, options);
    if (!allowed) return [];
    const limit = Math.max(0, Math.floor(options.limit ?? this.config.limit)) || 0;
    return browseDocuments(this.tables.runs, allowed, limit, ownsTechnology(this.tables, options.technology));
  }

  private hitsOf(ranked: RankedDocument[]): SearchHit[] {
    return ranked.map(({ id, score, person }) => {
      const hit: SearchHit = { path: this.documents.pathOf(id), score: round(score) };
      const named = person === undefined ? undefined : this.documents.person(person);
      if (named) hit.person = named;
      return hit;
    });
  }

  private async loadTermShards(queryWords: QueryWord[], nameWords: NameWord[] = []): Promise<void> {
    await Promise.all([
      ...this.ranking.termShardsNeeded(queryWords, nameWords).filter((key) => !this.tables.hasTermShard(key)).map((key) => this.loadTermShard(key)),
      ...this.ranking.nameShardsNeeded(nameWords).filter((key) => !this.names.hasShard(key)).map((key) => this.loadNameShard(key)),
    ]);
  }

  private loadOwnTechnologies(): Promise<void> {
    return this.once('own technologies', this.sources.loadOwnTechnologies, (load) => load().then((own) => this.tables.addOwnTechnologies(own)));
  }

  private loadNameShard(key: string): Promise<void> {
    return this.once(`names/${key}`, this.sources.loadNameShard, (load) => load(key).then((shard) => this.names.addShard(key, shard)));
  }

  private loadNamePostingShard(shard: number): Promise<void> {
    return this.once(`name-postings/${shard}`, this.sources.loadNamePostingShard, (load) => load(shard).then((bytes) => this.names.addPostingShard(shard, bytes)));
  }

  private loadTermShard(key: string): Promise<void> {
    return this.once(`terms/${key}`, this.sources.loadTermShard, (load) => load(key).then((shard) => this.tables.addTermShard(key, shard)));
  }

  private loadPostingShard(shard: number): Promise<void> {
    return this.once(`postings/${shard}`, this.sources.loadPostingShard, (load) => load(shard).then((bytes) => this.tables.addPostingShard(shard, bytes)));
  }

  private once<L>(name: string, loader: L | undefined, run: (loader: L) => Promise<void>): Promise<void> {
    if (!loader) return Promise.reject(new NotLoadedError(`${name} (no loader given)`));
    let pending = this.pending.get(name);
    if (!pending) {
      pending = run(loader);
      this.pending.set(name, pending);
      // A failed fetch is forgotten, so the next query tries again.
      pending.catch(() => this.pending.delete(name));
    }
    return pending;
  }
}

/** The part of a query the engine reads (config maxQueryLength): a pasted book costs no more than a sentence. */
function capped(query: string, config: SearchConfig): string {
  return String(query ?? '').slice(0, config.maxQueryLength);
}

// Scores are for ordering; six significant digits keep JSON output short and stable.
function round(score: number): number {
  return Number(score.toPrecision(6));
}
