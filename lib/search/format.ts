/**
 * The shapes of a built search index. A static site serves it as many small files (files.ts), so
 * that a query fetches only what it needs:
 * - the meta (JSON, first): the organization-year table, title lengths, where every shard starts;
 * - own technologies (JSON): which technologies each project names itself, for a technology filter;
 * - term shards (JSON, one per first character of a term): the vocabulary with document counts,
 *   for exact, prefix and typo matching of the words that start with that character;
 * - posting shards (binary, postings.ts): title and abstract postings of a range of terms;
 * - document chunks (JSON): titles and slugs of a run of documents, for the results shown;
 * - abstract chunks (JSON): plain-text abstracts, for snippets;
 * - the names' index, apart from the terms (a name is not a keyword): name shards (JSON, one per
 *   first two characters: the name parts people are named by), name posting shards (binary: the
 *   people holding each part) and people chunks (JSON: the names of a run of documents, shown on
 *   the results a name found).
 */

/**
 * Bumped whenever text.ts or the layout below changes what a built index means.
 * 2: the organization-year table is `organizationYears` (was `organizations`).
 * 4: split by term (term shards, binary posting shards, document chunks) instead of core + common.
 * 5: contributor and mentor names (name shards, name posting shards, people chunks).
 * 6: lighter first download: term lists front-coded (front-coding.ts), title lengths as one
 *    character each, an organization's name and slug written once for its consecutive years,
 *    the projects' own technologies in a file of their own (only a technology filter needs them).
 * 7: name shards by a name part's first two characters (nameShardKey), not its first: a keyword
 *    query looks its words up among the names too, and paid a whole letter's names for each.
 */
export const INDEX_FORMAT = 7;

/**
 * One organization-year: the projects of one organization in one edition, consecutive in document
 * order. `[name, year, project count, technologies (indices into SearchMeta.technologies),
 * organization slug ("" when it is slugify(name)), edition segment (when not the year, like
 * "code-in-2014")]`. Slugs and segments that can be rebuilt are left out: the table is most of
 * the meta, the first download. So is a name repeated: "" names the row before's organization,
 * and its slug, when left out, is then the row before's too (an organization's years are
 * consecutive rows). Decoded by tables.ts.
 */
export type OrganizationYearRow = [name: string, year: number, projects: number, technologies: number[], slug?: string, segment?: string];

/** What the browser downloads first: enough to filter, to find organizations, and to know which shard holds a term. */
export interface SearchMeta {
  format: typeof INDEX_FORMAT;
  /** Organization-years in document order; document ids are positions in that order. */
  organizationYears: OrganizationYearRow[];
  /** Every organization-year technology once, as the rows name them by index. */
  technologies: string[];
  /**
   * By document id: the words of its title (BM25's length normalization), capped at 255, one
   * character each (code point 48 + length): a third smaller on the wire than a JSON array.
   */
  titleLengths: string;
  /** The term shards there are, by key (termShardKey: the first character's code point in hex), sorted. */
  termShards: string[];
  /** The first term of each posting shard, sorted and front-coded (front-coding.ts): shard n holds the terms from its first to the next one's. */
  postingShards: string;
  /** The name shards there are, by key (nameShardKey of a name part), sorted and front-coded (hundreds of keys: "73-61", "73-62", …). */
  nameShards: string;
  /** The first name part of each name posting shard, sorted and front-coded (as postingShards). */
  namePostingShards: string;
  /** Documents per document chunk, people chunk and abstract chunk; chunk n holds documents n*size … (n+1)*size-1. */
  documentChunkSize: number;
  abstractChunkSize: number;
  /**
   * A hash of every other file of the index (files.ts sets it when writing them): fetched with
   * it, no file of one build is ever mixed with a cached file of another.
   */
  version?: string;
}

/** The vocabulary of one first character: its terms (sorted, front-coded: front-coding.ts) and in how many titles + abstracts each is. */
export interface TermShard {
  format: typeof INDEX_FORMAT;
  terms: string;
  documents: number[];
}

/**
 * The people of a run of documents (chunked as documents), by position in the chunk: the
 * contributor ("" when none), then the mentors, as the page names them. A person is a slot in
 * that list (personSlot): name postings point at (document, slot).
 */
export type PeopleChunk = Record<string, string[]>;

/**
 * A person's place in the name postings: document id × 8 + slot (0 the contributor, 1–7 the
 * mentors), so that two words of a query are known to name one person, not two of a project.
 */
export const PERSON_SLOTS = 8;

/** Titles of a run of documents, and the permalink slugs among them that are not slugify(title) (by position in the chunk). */
export interface DocumentChunk {
  titles: string[];
  slugs: Record<string, string>;
}

/** Everything buildSearchIndex produces; Node code (CLI, tests) keeps it whole in memory. */
export interface SearchIndexData {
  meta: SearchMeta;
  /**
   * By document id: which of its organization-year's technologies the project names itself, as
   * a bit mask over the row's technologies (bit 0: the first). Most are 0; a filter by technology
   * ranks the projects that name it first. Apart from the meta: no query without that filter needs it.
   */
  ownTechnologies: number[];
  /** By key, as meta.termShards lists them. */
  termShards: Record<string, TermShard>;
  /** Binary posting shards (postings.ts), as meta.postingShards lists them. */
  postingShards: Uint8Array[];
  documents: DocumentChunk[];
  /** By key, as meta.nameShards lists them: name parts and how many people hold each. */
  nameShards: Record<string, TermShard>;
  /** Binary name posting shards (postings.ts, person ids in `title`), as meta.namePostingShards lists them. */
  namePostingShards: Uint8Array[];
  /** People chunks, as many as document chunks. */
  people: PeopleChunk[];
  /** Plain-text abstracts, chunked; the browser fetches the chunks its results need. */
  abstracts: string[][];
}

/** The term shard a term is in: its first character's code point, in hex ("python" → "70"). */
export function termShardKey(term: string): string {
  return (term.codePointAt(0) ?? 0).toString(16);
}

/**
 * The name shard a name part is in: its first two characters' code points in hex, joined by "-"
 * ("sanchez" → "73-61"; a part of one character: "j" → "6a"). Two, not one as for terms: every
 * word of a keyword query is looked up among the names too, and a letter's names weigh a few KB.
 * The shards of one first character (nameShardSiblings) hold the typo variants that differ in the
 * second.
 */
export function nameShardKey(part: string): string {
  const [first, second] = Array.from(part);
  return second === undefined ? termShardKey(part) : `${termShardKey(first!)}-${termShardKey(second)}`;
}

/** The name shards (of `keys`, meta.nameShards decoded) holding parts that start with `part`'s first character. */
export function nameShardSiblings(part: string, keys: readonly string[]): string[] {
  const first = termShardKey(part);
  return keys.filter((key) => key === first || key.startsWith(`${first}-`));
}
