/**
 * The shapes of a built search index, as JSON. A static site serves it as several files (see
 * files.ts): the core to rank and list results, the common-terms postings, and abstract chunks.
 */

/**
 * Bumped whenever text.ts or the layout below changes what a built index means.
 * 2: the organization-year table is `organizationYears` (was `organizations`).
 */
export const INDEX_FORMAT = 3;

/**
 * One organization-year: the projects of one organization in one edition, consecutive in document
 * order. `[name, year, path prefix like "/orgs/xen-project/2014/", technologies, project count]`.
 */
export type OrganizationYearRow = [name: string, year: number, pathPrefix: string, technologies: string[], projects: number];

/** What the browser downloads first: enough to rank, to build every permalink and to show titles. */
export interface SearchCore {
  format: typeof INDEX_FORMAT;
  /** Organization-years in document order; document ids are positions in `titles`. */
  organizationYears: OrganizationYearRow[];
  titles: string[];
  /**
   * By document id: which of its organization-year's technologies the project names itself, as
   * a bit mask over the row's technologies (bit 0: the first). Most are 0; a filter by technology
   * ranks the projects that name it first.
   */
  ownTechnologies: number[];
  /** Permalink last segments that are not slugify(title), by document id (duplicate titles, custom slugs). */
  slugs: Record<string, string>;
  /** Every term of the abstracts, sorted. */
  abstractTerms: string[];
  /**
   * Postings of each abstract term (postings.ts), or "" when the term is common enough to be
   * in the common-terms file instead.
   */
  abstractPostings: string[];
  /** For each "" in `abstractPostings`, in order: how many abstracts hold that term. */
  commonTermDocs: number[];
  /** Abstracts per chunk file; chunk n holds documents n*size … (n+1)*size-1. */
  abstractChunkSize: number;
  abstractChunks: number;
}

/** The second download: postings of the abstract terms left out of the core, by term. */
export interface CommonTerms {
  format: typeof INDEX_FORMAT;
  postings: Record<string, string>;
}

/** Everything buildSearchIndex produces; Node code (CLI, tests) keeps it whole in memory. */
export interface SearchIndexData {
  core: SearchCore;
  common: CommonTerms;
  /** Plain-text abstracts, chunked; the browser fetches the chunks its results need. */
  abstracts: string[][];
}
