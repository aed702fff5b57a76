/**
 * Query time: a loaded index → ranked results. The same code answers in Node (CLI, tests, bench)
 * and in the browser (a Web Worker, most likely).
 *
 * Ranking: each query word is matched exactly, as a prefix if it is the word being typed, and as
 * a typo via the vocabulary; each match scores field weight × idf × match quality, a word counts
 * once per document (its best match), and documents that match more of the words come first.
 */
import { slugify } from '../slugs';
import { SEARCH_DEFAULTS, type SearchConfig } from './config';
import { INDEX_FORMAT, type CommonTerms, type SearchCore, type SearchIndexData } from './format';
import { countPostings, decodePostings } from './postings';
import { parseQuery, type QueryWord } from './query';
import { highlightSnippet, type Snippet } from './snippet';
import { foldText, terms as termsOf } from './text';
import { Vocabulary } from './vocabulary';

export interface SearchOptions {
  limit?: number;
  year?: number;
  /** An organization's slug ("xen-project") or name, any case. */
  organization?: string;
  /** One of the organization-year's technologies, any case ("python"). */
  technology?: string;
}

export interface SearchHit {
  path: string;
  score: number;
}

/** What a result list shows without any further download. */
export interface SearchDocument {
  path: string;
  title: string;
  organization: string;
  organizationSlug: string;
  year: number;
  technologies: string[];
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
  /** With no query: the projects the filters allow, newest first ([] without any filter). */
  browse(options: SearchOptions): SearchHit[];
  /** What the filters can choose from: years (newest first), organizations and technologies (A–Z). */
  facets(): SearchFacets;
  readonly complete: boolean;
  readonly documentCount: number;
}

export interface SearchFacets {
  years: number[];
  organizations: { slug: string; name: string }[];
  technologies: string[];
}

interface OrganizationYear {
  name: string;
  slug: string;
  year: number;
  pathPrefix: string;
  technologies: string[];
  start: number;
  end: number;
}

interface AbstractPostings {
  documents: number;
  encoded: string;
  decoded?: Uint32Array;
}

interface Expansion {
  term: string;
  quality: number;
  /** Documents to take the idf from when not the term's own (prefix completions share one). */
  idfDocuments?: number;
}

/** Opens an index: the whole build output (Node), or the core alone plus loaders (browser). */
export function createSearcher(data: SearchIndexData | SearchCore, sources: SearcherSources = {}, config: SearchConfig = SEARCH_DEFAULTS): Searcher {
  const whole = 'core' in data ? data : undefined;
  const core = whole ? whole.core : (data as SearchCore);
  if (core?.format !== INDEX_FORMAT) {
    throw new Error(`search index format ${String(core?.format)} is not ${INDEX_FORMAT}: rebuild the index with this version`);
  }
  const searcher = new CatalogSearcher(core, config, whole?.abstracts, sources.loadAbstractChunk);
  if (whole) searcher.addCommonTerms(whole.common);
  return searcher;
}

class CatalogSearcher implements Searcher {
  readonly documentCount: number;
  private hasCommonTerms = false;
  private readonly organizationYears: OrganizationYear[] = [];
  private readonly organizationYearOf: Uint32Array;
  private readonly titleLength: Uint8Array;
  private readonly averageTitleLength: number;
  private readonly titleTerms = new Map<string, number[]>();
  private readonly organizationTerms = new Map<string, number[]>();
  private readonly technologyTerms = new Map<string, number[]>();
  private readonly abstractTerms = new Map<string, AbstractPostings>();
  private readonly documentsOfGroupTerm = new Map<string, number>();
  private readonly pathOfDocument: (string | undefined)[];
  private readonly groupsOfPrefix = new Map<string, number[]>();
  private readonly abstractChunks = new Map<number, Promise<string[]>>();
  private readonly vocabulary: Vocabulary;

  constructor(
    private readonly core: SearchCore,
    private readonly config: SearchConfig,
    abstracts: string[][] | undefined,
    private readonly loadAbstractChunk: ((chunk: number) => Promise<string[]>) | undefined,
  ) {
    const count = core.titles.length;
    this.documentCount = count;
    this.organizationYearOf = new Uint32Array(count);
    this.titleLength = new Uint8Array(count);
    this.pathOfDocument = new Array<string>(count);
    abstracts?.forEach((chunk, index) => this.abstractChunks.set(index, Promise.resolve(chunk)));

    let start = 0;
    core.organizations.forEach(([name, year, pathPrefix, technologies, projects], group) => {
      const slug = pathPrefix.split('/').filter(Boolean)[1] ?? slugify(name);
      this.organizationYears.push({ name, slug, year, pathPrefix, technologies, start, end: start + projects });
      const groups = this.groupsOfPrefix.get(pathPrefix);
      if (groups) groups.push(group);
      else this.groupsOfPrefix.set(pathPrefix, [group]);
      this.organizationYearOf.fill(group, start, start + projects);
      addGroupTerms(this.organizationTerms, termsOf(name), group);
      for (const technology of technologies) addGroupTerms(this.technologyTerms, termsOf(technology), group);
      start += projects;
    });
    if (start !== count) throw new Error(`search index is inconsistent: organizations cover ${start} projects, titles ${count}`);
    for (const [table, prefix] of [[this.organizationTerms, 'o:'], [this.technologyTerms, 't:']] as const) {
      for (const [term, groups] of table) this.documentsOfGroupTerm.set(prefix + term, this.documentsInGroups(groups));
    }

    let totalTitleLength = 0;
    core.titles.forEach((title, id) => {
      const words = termsOf(title);
      this.titleLength[id] = Math.min(255, words.length);
      totalTitleLength += words.length;
      for (const term of new Set(words)) {
        const postings = this.titleTerms.get(term);
        if (postings) postings.push(id);
        else this.titleTerms.set(term, [id]);
      }
    });
    this.averageTitleLength = Math.max(1, totalTitleLength / Math.max(1, count));

    let common = 0;
    core.abstractTerms.forEach((term, index) => {
      const encoded = core.abstractPostings[index] ?? '';
      const documents = encoded === '' ? (core.commonTermDocs[common++] ?? 0) : countPostings(encoded);
      this.abstractTerms.set(term, { documents, encoded });
    });
    this.vocabulary = this.buildVocabulary();
  }

  get complete(): boolean {
    return this.hasCommonTerms;
  }

  addCommonTerms(common: CommonTerms): void {
    if (common.format !== INDEX_FORMAT) throw new Error(`common-terms format ${String(common.format)} is not ${INDEX_FORMAT}`);
    for (const [term, encoded] of Object.entries(common.postings)) {
      const entry = this.abstractTerms.get(term);
      if (entry) {
        entry.encoded = encoded;
        entry.decoded = undefined;
      }
    }
    this.hasCommonTerms = true;
  }

  warm(): void {
    this.vocabulary.warm();
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const requested = Math.floor(options.limit ?? this.config.limit);
    const limit = Number.isFinite(requested) ? Math.max(0, requested) : this.config.limit;
    const queryWords = parseQuery(query, this.config);
    if (queryWords.length === 0 || limit === 0) return [];
    const allowed = this.allowedOrganizationYears(options);
    if (allowed && !allowed.includes(1)) return [];

    const count = this.documentCount;
    const total = new Float64Array(count);
    const matchedWords = new Uint8Array(count);
    const touched: number[] = [];
    for (const word of queryWords) {
      const best = new Float64Array(count);
      const reached: number[] = [];
      for (const expansion of this.expand(word)) this.scoreExpansion(expansion, best, reached);
      for (const id of reached) {
        if (matchedWords[id] === 0) touched.push(id);
        matchedWords[id]!++;
        total[id]! += best[id]!;
      }
    }

    // Common words touch thousands of documents: keep the best `limit` as they come rather than
    // sort them all. Ties go by permalink, so results never depend on the order of work above.
    const hits: { id: number; score: number }[] = [];
    const ranksBefore = (a: { id: number; score: number }, b: { id: number; score: number }) => a.score > b.score || (a.score === b.score && a.id < b.id);
    for (const id of touched) {
      if (allowed && !allowed[this.organizationYearOf[id]!]) continue;
      const coverage = matchedWords[id]! / queryWords.length;
      const hit = { id, score: total[id]! * coverage ** this.config.coordinationPower };
      if (hits.length === limit && !ranksBefore(hit, hits[limit - 1]!)) continue;
      let at = hits.length;
      while (at > 0 && ranksBefore(hit, hits[at - 1]!)) at--;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    }
    return hits.slice(0, limit).map(({ id, score }) => ({ path: this.pathOf(id), score: round(score) }));
  }

  matchedTerms(query: string): string[] {
    const found = new Set<string>();
    for (const word of parseQuery(query, this.config)) {
      for (const { term } of this.expand(word)) if (this.documentsWith(term) > 0) found.add(term);
    }
    return [...found];
  }

  browse(options: SearchOptions): SearchHit[] {
    const allowed = this.allowedOrganizationYears(options);
    if (!allowed) return [];
    const limit = Math.max(0, Math.floor(options.limit ?? this.config.limit)) || 0;
    const groups = this.organizationYears
      .map((entry, group) => ({ entry, group }))
      .filter(({ group }) => allowed[group] === 1)
      .sort((a, b) => b.entry.year - a.entry.year || a.entry.name.localeCompare(b.entry.name));
    const hits: SearchHit[] = [];
    for (const { entry } of groups) {
      for (let id = entry.start; id < entry.end && hits.length < limit; id++) hits.push({ path: this.pathOf(id), score: 0 });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  facets(): SearchFacets {
    const organizations = new Map<string, { slug: string; name: string; year: number }>();
    const technologies = new Map<string, string>();
    for (const entry of this.organizationYears) {
      const known = organizations.get(entry.slug);
      // An organization goes by its most recent name.
      if (!known || entry.year > known.year) organizations.set(entry.slug, { slug: entry.slug, name: entry.name, year: entry.year });
      for (const technology of entry.technologies) if (!technologies.has(foldText(technology))) technologies.set(foldText(technology), technology);
    }
    const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
    return {
      years: [...new Set(this.organizationYears.map((entry) => entry.year))].sort((a, b) => b - a),
      organizations: [...organizations.values()].map(({ slug, name }) => ({ slug, name })).sort((a, b) => byName(a.name, b.name)),
      technologies: [...technologies.values()].sort(byName),
    };
  }

  document(path: string): SearchDocument | undefined {
    const id = this.documentAt(path);
    if (id === undefined) return undefined;
    const organizationYear = this.organizationYears[this.organizationYearOf[id]!]!;
    return {
      path,
      title: this.core.titles[id]!,
      organization: organizationYear.name,
      organizationSlug: organizationYear.slug,
      year: organizationYear.year,
      technologies: [...organizationYear.technologies],
    };
  }

  async abstract(path: string): Promise<string | undefined> {
    const id = this.documentAt(path);
    if (id === undefined) return undefined;
    const chunkIndex = Math.floor(id / this.core.abstractChunkSize);
    let chunk = this.abstractChunks.get(chunkIndex);
    if (!chunk) {
      if (!this.loadAbstractChunk) return undefined;
      chunk = this.loadAbstractChunk(chunkIndex);
      this.abstractChunks.set(chunkIndex, chunk);
      // A failed fetch is not cached, so the next call tries again.
      chunk.catch(() => this.abstractChunks.delete(chunkIndex));
    }
    return (await chunk)[id % this.core.abstractChunkSize];
  }

  async snippet(path: string, query: string, length = this.config.snippetLength): Promise<Snippet | undefined> {
    const text = await this.abstract(path);
    return text === undefined ? undefined : highlightSnippet(text, this.matchedTerms(query), length);
  }

  // ------------------------------------------------------------------------------------------

  // Permalinks are made when asked for: slugify on every title would slow the first load.
  private pathOf(id: number): string {
    let path = this.pathOfDocument[id];
    if (path === undefined) {
      const title = this.core.titles[id]!;
      path = `${this.organizationYears[this.organizationYearOf[id]!]!.pathPrefix}${this.core.slugs[id] ?? slugify(title)}/`;
      this.pathOfDocument[id] = path;
    }
    return path;
  }

  private documentAt(path: string): number | undefined {
    const cut = path.slice(0, -1).lastIndexOf('/');
    for (const group of this.groupsOfPrefix.get(path.slice(0, cut + 1)) ?? []) {
      const { start, end } = this.organizationYears[group]!;
      for (let id = start; id < end; id++) if (this.pathOf(id) === path) return id;
    }
    return undefined;
  }

  /** The terms one query word stands for, with how much a match on each is worth (1 = exact). */
  private expand(word: QueryWord): Expansion[] {
    const config = this.config;
    const expansions: Expansion[] = [];
    if (!word.prefixOnly) expansions.push({ term: word.term, quality: 1 });
    if (word.prefix) {
      // Completions share the idf of all of them together: otherwise the rarest completion of
      // "pyth" ("pythia") would outrank the one people mean ("python").
      const completions = this.vocabulary.startingWith(word.typed, config.prefixMaxTerms).filter((term) => term !== word.term);
      let idfDocuments = this.documentsWith(word.term);
      for (const term of completions) idfDocuments += this.documentsWith(term);
      for (const term of completions) {
        expansions.push({ term, quality: config.prefixWeight * Math.sqrt(word.typed.length / term.length), idfDocuments });
      }
    }
    if (!word.prefixOnly && word.term.length >= config.fuzzyMinLength && this.documentsWith(word.term) < config.fuzzySkipWhenDocs) {
      const maxEdits = word.term.length >= config.fuzzyTwoEditsFrom ? 2 : 1;
      const taken = new Set(expansions.map(({ term }) => term));
      for (const { term, score } of this.vocabulary.similarTo(word.term, maxEdits, config.fuzzyMaxTerms)) {
        if (!taken.has(term)) expansions.push({ term, quality: config.fuzzyWeight * (1 - score) });
      }
    }
    return expansions;
  }

  /** Raises `best[id]` to what a match of `expansion` in each field of document `id` is worth. */
  private scoreExpansion({ term, quality, idfDocuments }: Expansion, best: Float64Array, reached: number[]): void {
    const weights = this.config.fieldWeights;
    const idf = (documents: number) => this.idf(idfDocuments ?? documents);
    const raise = (id: number, value: number) => {
      if (best[id] === 0) reached.push(id);
      if (value > best[id]!) best[id] = value;
    };
    const titleDocs = this.titleTerms.get(term);
    if (titleDocs) {
      const { titleLengthK1: k1, titleLengthB: b } = this.config;
      const weight = weights.title * idf(titleDocs.length) * quality;
      for (const id of titleDocs) {
        const norm = (k1 + 1) / (1 + k1 * (1 - b + (b * this.titleLength[id]!) / this.averageTitleLength));
        raise(id, weight * norm);
      }
    }
    for (const [field, table, prefix] of [
      ['organization', this.organizationTerms, 'o:'],
      ['technology', this.technologyTerms, 't:'],
    ] as const) {
      const groups = table.get(term);
      if (!groups) continue;
      const weight = weights[field] * idf(this.documentsOfGroupTerm.get(prefix + term) ?? 0) * quality;
      for (const group of groups) {
        const { start, end } = this.organizationYears[group]!;
        for (let id = start; id < end; id++) raise(id, weight);
      }
    }
    const abstractDocs = this.abstractPostingsOf(term);
    if (abstractDocs) {
      const weight = weights.abstract * idf(abstractDocs.length) * quality;
      for (const id of abstractDocs) raise(id, weight);
    }
  }

  private abstractPostingsOf(term: string): Uint32Array | undefined {
    const entry = this.abstractTerms.get(term);
    if (!entry || entry.encoded === '') return undefined;
    entry.decoded ??= decodePostings(entry.encoded);
    return entry.decoded;
  }

  /** Documents holding `term` in any field (an upper bound: a document may count twice). */
  private documentsWith(term: string): number {
    return (
      (this.titleTerms.get(term)?.length ?? 0) +
      (this.abstractTerms.get(term)?.documents ?? 0) +
      (this.documentsOfGroupTerm.get(`o:${term}`) ?? 0) +
      (this.documentsOfGroupTerm.get(`t:${term}`) ?? 0)
    );
  }

  /** BM25's idf: rare terms count more; never negative. */
  private idf(documents: number): number {
    return Math.log(1 + (this.documentCount - documents + 0.5) / (documents + 0.5));
  }

  private documentsInGroups(groups: readonly number[]): number {
    let documents = 0;
    for (const group of groups) documents += this.organizationYears[group]!.end - this.organizationYears[group]!.start;
    return documents;
  }

  /** One flag per organization-year, or undefined when no filter is set. */
  private allowedOrganizationYears({ year, organization, technology }: SearchOptions): Uint8Array | undefined {
    if (year === undefined && !organization && !technology) return undefined;
    const wantedOrganization = organization ? foldText(organization.trim()) : undefined;
    const wantedTechnology = technology ? foldText(technology.trim()) : undefined;
    return Uint8Array.from(this.organizationYears, (entry) => {
      if (year !== undefined && entry.year !== year) return 0;
      if (wantedOrganization && entry.slug !== wantedOrganization && foldText(entry.name) !== wantedOrganization) return 0;
      if (wantedTechnology && !entry.technologies.some((name) => foldText(name) === wantedTechnology)) return 0;
      return 1;
    });
  }

  private buildVocabulary(): Vocabulary {
    const all = new Set<string>([...this.titleTerms.keys(), ...this.organizationTerms.keys(), ...this.technologyTerms.keys(), ...this.abstractTerms.keys()]);
    // The default sort compares UTF-16 code units, as the vocabulary's `<` does, and is faster.
    const sorted = [...all].sort();
    return new Vocabulary(sorted, (term) => this.documentsWith(term));
  }
}

function addGroupTerms(table: Map<string, number[]>, terms: string[], group: number): void {
  for (const term of new Set(terms)) {
    const groups = table.get(term);
    if (!groups) table.set(term, [group]);
    else if (groups[groups.length - 1] !== group) groups.push(group);
  }
}

// Scores are for ordering; six significant digits keep JSON output short and stable.
function round(score: number): number {
  return Number(score.toPrecision(6));
}
