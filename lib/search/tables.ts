/**
 * Opening an index: the meta (format.ts) decoded into the tables ranking reads, and the shards
 * added as they arrive. The organization-year rows become runs of consecutive document ids, and
 * organization and technology postings are rebuilt from them (cheaper than downloading them).
 * Term shards and posting shards come per query: asking for what is not loaded yet throws
 * (NotLoadedError) rather than answer from part of the data, so a ranking is always the final one.
 */
import { organizationYearPath } from '../paths';
import { slugify } from '../slugs';
import { termShardKey, type SearchMeta, type TermShard } from './format';
import { decodeSortedTerms } from './front-coding';
import { decodePostingShard } from './postings';
import { terms as termsOf } from './text';
import { Vocabulary } from './vocabulary';

/** The documents of one organization-year: ids `start` … `end - 1`, consecutive in permalink order. */
export interface OrganizationYearRun {
  name: string;
  organizationSlug: string;
  year: number;
  /** The organization-year's path, which every permalink of the run starts with. */
  pathPrefix: string;
  technologies: string[];
  start: number;
  end: number;
}

/**
 * Terms of a field every project of an organization-year shares (its name, its technologies):
 * postings list runs, not documents, and the idf is taken from the documents those runs hold.
 */
export interface RunTerms {
  runs: Map<string, number[]>;
  documents: Map<string, number>;
}

/** A search asked for a piece of the index that has not been loaded: load it first (Searcher.find). */
export class NotLoadedError extends Error {
  constructor(what: string) {
    super(`search index: ${what} is not loaded yet`);
    this.name = 'NotLoadedError';
  }
}

const EMPTY = new Uint32Array(0);

export class SearchTables {
  readonly documentCount: number;
  readonly runs: OrganizationYearRun[] = [];
  /** Document id → the run (organization-year) it belongs to. */
  readonly runOf: Uint32Array;
  /** Document id → which of its run's technologies the project names itself (format.ts), once loaded. */
  private own: readonly number[] | undefined;
  /** Title words per document, capped at 255: BM25's length normalization. */
  readonly titleLength: Uint8Array;
  readonly averageTitleLength: number;
  private runTerms: { organization: RunTerms; technology: RunTerms; byKey: Map<string, Set<string>> } | undefined;
  /** Every organization-year technology once, as the meta lists them. */
  readonly technologies: readonly string[];
  /** Title + abstract document counts of the terms of each loaded term shard. */
  private readonly termDocuments = new Map<string, Map<string, number>>();
  private readonly vocabularies = new Map<string, Vocabulary>();
  private readonly titlePostings = new Map<string, Uint32Array>();
  private readonly abstractPostings = new Map<string, Uint32Array>();
  private readonly loadedPostingShards = new Set<number>();

  /** The first term of each posting shard (meta.postingShards decoded). */
  private readonly postingShardStarts: readonly string[];

  constructor(private readonly meta: SearchMeta) {
    const count = meta.titleLengths.length;
    this.documentCount = count;
    this.runOf = new Uint32Array(count);
    this.titleLength = new Uint8Array(count);
    let totalTitleLength = 0;
    for (let id = 0; id < count; id++) totalTitleLength += this.titleLength[id] = meta.titleLengths.charCodeAt(id) - 48;
    this.averageTitleLength = Math.max(1, totalTitleLength / Math.max(1, count));
    this.technologies = meta.technologies;
    this.postingShardStarts = decodeSortedTerms(meta.postingShards);

    let start = 0;
    let previous: OrganizationYearRun | undefined;
    meta.organizationYears.forEach(([written, year, projects, technologyIds, slug, segment], run) => {
      // "" repeats the row before's organization, and then its slug unless one is written (format.ts).
      const name = written || previous?.name || '';
      const organizationSlug = slug || (written ? slugify(name) : (previous?.organizationSlug ?? ''));
      const pathPrefix = organizationYearPath(organizationSlug, segment ?? String(year));
      const technologies = technologyIds.map((id) => meta.technologies[id] ?? '');
      previous = { name, organizationSlug, year, pathPrefix, technologies, start, end: start + projects };
      this.runs.push(previous);
      this.runOf.fill(run, start, start + projects);
      start += projects;
    });
    if (start !== count) throw new Error(`search index is inconsistent: organization-years cover ${start} projects, title lengths ${count}`);
  }

  /** Organization-name terms → the runs that hold them (built on the first query, not when the meta opens: a separate task on a slow phone). */
  get organizationTerms(): RunTerms {
    return this.buildRunTerms().organization;
  }

  /** Technology terms → the runs that hold them. */
  get technologyTerms(): RunTerms {
    return this.buildRunTerms().technology;
  }

  private buildRunTerms() {
    if (this.runTerms) return this.runTerms;
    const organization: RunTerms = { runs: new Map(), documents: new Map() };
    const technology: RunTerms = { runs: new Map(), documents: new Map() };
    // Names repeat over an organization's years and technologies over thousands of rows: split each string once.
    const technologyTerms = this.meta.technologies.map((name) => termsOf(name));
    const nameTerms = new Map<string, string[]>();
    this.meta.organizationYears.forEach(([, , , technologyIds], run) => {
      const { name } = this.runs[run]!;
      let terms = nameTerms.get(name);
      if (!terms) nameTerms.set(name, (terms = termsOf(name)));
      addRunTerms(organization, terms, run);
      for (const id of technologyIds) addRunTerms(technology, technologyTerms[id] ?? [], run);
    });
    // Organization and technology terms by term shard key: they belong to the vocabulary too.
    const byKey = new Map<string, Set<string>>();
    for (const table of [organization, technology]) {
      for (const [term, runs] of table.runs) {
        table.documents.set(term, this.documentsInRuns(runs));
        const key = termShardKey(term);
        const list = byKey.get(key);
        if (!list) byKey.set(key, new Set([term]));
        else list.add(term);
      }
    }
    this.runTerms = { organization, technology, byKey };
    return this.runTerms;
  }

  // ---- what a query needs, and whether it is here

  /** Which of its run's technologies each project names itself: a technology filter needs it. */
  get ownTechnologies(): readonly number[] {
    if (!this.own) throw new NotLoadedError('the projects\' own technologies');
    return this.own;
  }

  hasOwnTechnologies(): boolean {
    return this.own !== undefined;
  }

  addOwnTechnologies(own: readonly number[]): void {
    if (own.length !== this.documentCount) throw new Error(`search index is inconsistent: own technologies of ${own.length} projects, not ${this.documentCount}`);
    this.own = own;
  }

  /** Whether the vocabulary of `key`'s terms is loaded (a key no shard has counts as loaded: it has no terms). */
  hasTermShard(key: string): boolean {
    return this.termDocuments.has(key) || !this.meta.termShards.includes(key);
  }

  addTermShard(key: string, shard: TermShard): void {
    const documents = new Map<string, number>();
    decodeSortedTerms(shard.terms).forEach((term, index) => documents.set(term, shard.documents[index] ?? 0));
    this.termDocuments.set(key, documents);
  }

  /** The posting shard a term's title and abstract postings are in, or undefined when it has none. */
  postingShardOf(term: string): number | undefined {
    if (this.termDocumentCount(term) === 0) return undefined;
    const starts = this.postingShardStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= term) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  hasPostingShard(shard: number): boolean {
    return this.loadedPostingShards.has(shard);
  }

  addPostingShard(shard: number, bytes: Uint8Array): void {
    for (const { term, title, abstract } of decodePostingShard(bytes)) {
      if (title.length > 0) this.titlePostings.set(term, title);
      if (abstract.length > 0) this.abstractPostings.set(term, abstract);
    }
    this.loadedPostingShards.add(shard);
  }

  // ---- what ranking reads (throws NotLoadedError for what a query did not load)

  /** The titles holding `term`. */
  titlePostingsOf(term: string): Uint32Array {
    return this.titlePostings.get(term) ?? this.missingPostings(term);
  }

  /** The abstracts holding `term`. */
  abstractPostingsOf(term: string): Uint32Array {
    return this.abstractPostings.get(term) ?? this.missingPostings(term);
  }

  /** Documents holding `term` in any field (an upper bound: a document may count twice). */
  documentsWith(term: string): number {
    return this.termDocumentCount(term) + (this.organizationTerms.documents.get(term) ?? 0) + (this.technologyTerms.documents.get(term) ?? 0);
  }

  /**
   * The vocabulary of the terms that start with `term`'s first character: every field's terms,
   * for prefix completions and typo variants. Built once per character.
   */
  vocabularyOf(term: string): Vocabulary {
    const key = termShardKey(term);
    let vocabulary = this.vocabularies.get(key);
    if (!vocabulary) {
      const documents = this.termShardOf(term);
      const all = new Set([...documents.keys(), ...(this.buildRunTerms().byKey.get(key) ?? new Set<string>())]);
      // The default sort compares UTF-16 code units, as the vocabulary's `<` does, and is faster.
      vocabulary = new Vocabulary([...all].sort(), (found) => this.documentsWith(found));
      this.vocabularies.set(key, vocabulary);
    }
    return vocabulary;
  }

  private termDocumentCount(term: string): number {
    return this.termShardOf(term).get(term) ?? 0;
  }

  private termShardOf(term: string): ReadonlyMap<string, number> {
    const key = termShardKey(term);
    const documents = this.termDocuments.get(key);
    if (documents) return documents;
    if (!this.meta.termShards.includes(key)) return NO_TERMS;
    throw new NotLoadedError(`the term shard of "${term}"`);
  }

  private missingPostings(term: string): Uint32Array {
    const shard = this.postingShardOf(term);
    if (shard !== undefined && !this.loadedPostingShards.has(shard)) throw new NotLoadedError(`the posting shard of "${term}"`);
    return EMPTY;
  }

  private documentsInRuns(runs: readonly number[]): number {
    let documents = 0;
    for (const run of runs) documents += this.runs[run]!.end - this.runs[run]!.start;
    return documents;
  }
}

const NO_TERMS: ReadonlyMap<string, number> = new Map();

function addRunTerms(table: RunTerms, terms: string[], run: number): void {
  for (const term of new Set(terms)) {
    const runs = table.runs.get(term);
    if (!runs) table.runs.set(term, [run]);
    else if (runs[runs.length - 1] !== run) runs.push(run);
  }
}
