/**
 * Opening an index: the core (format.ts) decoded into the tables ranking reads. The organization-
 * year rows become runs of consecutive document ids; title, organization and technology postings,
 * which the core does not ship, are rebuilt here from the titles and the rows (cheaper than
 * downloading them); abstract postings stay encoded until a query needs them.
 */
import { parseOrganizationPath } from '../paths';
import { slugify } from '../slugs';
import type { SearchCore } from './format';
import { countPostings, decodePostings } from './postings';
import { terms as termsOf } from './text';

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

interface AbstractPostings {
  documents: number;
  /** "" until the common-terms file brings the postings of a common term. */
  encoded: string;
  decoded?: Uint32Array;
}

export class SearchTables {
  readonly documentCount: number;
  readonly runs: OrganizationYearRun[] = [];
  /** Document id → the run (organization-year) it belongs to. */
  readonly runOf: Uint32Array;
  readonly titleTerms = new Map<string, number[]>();
  /** Document id → which of its run's technologies the project names itself (format.ts). */
  readonly ownTechnologies: readonly number[];
  /** Title words per document, capped at 255: BM25's length normalization. */
  readonly titleLength: Uint8Array;
  readonly averageTitleLength: number;
  readonly organizationTerms: RunTerms = { runs: new Map(), documents: new Map() };
  readonly technologyTerms: RunTerms = { runs: new Map(), documents: new Map() };
  private readonly abstractTerms = new Map<string, AbstractPostings>();
  private hasCommonTerms = false;

  constructor(core: SearchCore) {
    const count = core.titles.length;
    this.documentCount = count;
    this.runOf = new Uint32Array(count);
    this.titleLength = new Uint8Array(count);
    this.ownTechnologies = core.ownTechnologies;

    let start = 0;
    core.organizationYears.forEach(([name, year, pathPrefix, technologies, projects], run) => {
      const organizationSlug = parseOrganizationPath(pathPrefix)?.organizationSlug ?? slugify(name);
      this.runs.push({ name, organizationSlug, year, pathPrefix, technologies, start, end: start + projects });
      this.runOf.fill(run, start, start + projects);
      addRunTerms(this.organizationTerms, termsOf(name), run);
      for (const technology of technologies) addRunTerms(this.technologyTerms, termsOf(technology), run);
      start += projects;
    });
    if (start !== count) throw new Error(`search index is inconsistent: organization-years cover ${start} projects, titles ${count}`);
    for (const table of [this.organizationTerms, this.technologyTerms]) {
      for (const [term, runs] of table.runs) table.documents.set(term, this.documentsInRuns(runs));
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
  }

  /** False until the common-terms postings are in: common words match no abstract before. */
  get complete(): boolean {
    return this.hasCommonTerms;
  }

  /** Fills in the postings the core left out (common-terms file, by term). */
  addCommonTerms(common: Record<string, string>): void {
    for (const [term, encoded] of Object.entries(common)) {
      const postings = this.abstractTerms.get(term);
      if (postings) {
        postings.encoded = encoded;
        postings.decoded = undefined;
      }
    }
    this.hasCommonTerms = true;
  }

  /** The abstracts holding `term`, decoded on first use; undefined while they are not loaded. */
  abstractPostingsOf(term: string): Uint32Array | undefined {
    const postings = this.abstractTerms.get(term);
    if (!postings || postings.encoded === '') return undefined;
    postings.decoded ??= decodePostings(postings.encoded);
    return postings.decoded;
  }

  /** Documents holding `term` in any field (an upper bound: a document may count twice). */
  documentsWith(term: string): number {
    return (
      (this.titleTerms.get(term)?.length ?? 0) +
      (this.abstractTerms.get(term)?.documents ?? 0) +
      (this.organizationTerms.documents.get(term) ?? 0) +
      (this.technologyTerms.documents.get(term) ?? 0)
    );
  }

  /** Every term of every field once, in UTF-16 code-unit order (the vocabulary's order). */
  sortedTerms(): string[] {
    const all = new Set<string>([
      ...this.titleTerms.keys(),
      ...this.organizationTerms.runs.keys(),
      ...this.technologyTerms.runs.keys(),
      ...this.abstractTerms.keys(),
    ]);
    // The default sort compares UTF-16 code units, as the vocabulary's `<` does, and is faster.
    return [...all].sort();
  }

  private documentsInRuns(runs: readonly number[]): number {
    let documents = 0;
    for (const run of runs) documents += this.runs[run]!.end - this.runs[run]!.start;
    return documents;
  }
}

function addRunTerms(table: RunTerms, terms: string[], run: number): void {
  for (const term of new Set(terms)) {
    const runs = table.runs.get(term);
    if (!runs) table.runs.set(term, [run]);
    else if (runs[runs.length - 1] !== run) runs.push(run);
  }
}
