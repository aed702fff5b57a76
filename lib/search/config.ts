/**
 * Every tunable of the search engine in one place. Ranking weights are relative; sizes trade the
 * bytes of the first download against what has to wait for a second one.
 */
export const SEARCH_DEFAULTS = Object.freeze({
  /** Results returned when a caller gives no limit. */
  limit: 10,
  /** Organizations shown above the projects when the query names them: few, so projects stay in view on a phone. */
  organizationLimit: 3,
  /** Words of a query looked at; the rest of a pasted paragraph is ignored, not an error. */
  maxQueryWords: 12,
  /** Characters of a query looked at, so a pasted book costs no more than a sentence. */
  maxQueryLength: 256,

  /** How much a match in each field counts; a title says most about what a project is. */
  fieldWeights: Object.freeze({ title: 3, organization: 2, technology: 1.5, abstract: 1 }),
  /** BM25 length normalization of titles: a word in a short title counts more. */
  titleLengthK1: 1.2,
  titleLengthB: 0.5,
  /**
   * Under a technology filter, the score of a project that names the technology itself (not only
   * its organization) is multiplied by this: a rust project of its own above one whose
   * organization also uses rust, when both match the words alike.
   */
  ownTechnologyBoost: 2,
  /** Score multiplied by (words matched / words asked)^this: documents matching every word first. */
  coordinationPower: 3,

  /** The last word, still being typed, also matches terms it begins (shortest prefix, cap, weight). */
  prefixMinLength: 2,
  prefixMaxTerms: 40,
  prefixWeight: 0.6,

  /** Typo tolerance, via Fuse over the index vocabulary. Words shorter than this must be exact. */
  fuzzyMinLength: 3,
  /** Edits forgiven: one up to this length, two from it on. */
  fuzzyTwoEditsFrom: 8,
  /** Fuzzy variants kept per word (best Fuse score first). */
  fuzzyMaxTerms: 8,
  /** A fuzzy match counts this much of an exact one, so exact matches rank first. */
  fuzzyWeight: 0.3,
  /** A word that is an index term in at least this many documents is taken as typed, not corrected. */
  fuzzySkipWhenDocs: 3,

  /**
   * Contributor and mentor names (names.ts). A name is not a keyword: a query word that is a
   * person's name part counts like a field weaker than the abstract (so "rust" finds projects
   * about Rust before a contributor named Rust), with an idf over both the keyword's documents and
   * the people named so; a person named by two or more words of the query (a whole name, in
   * either order) ranks above every project that no person's name matches so.
   */
  names: Object.freeze({
    /** The field weight of a name part matched by one word alone (abstract: 1). */
    weight: 0.8,
    /** A name part the last word begins: 0.5 + 0.5 × typed / part length (exact is 1). */
    prefixFloor: 0.5,
    /** A name part one edit from the word (a typo), whatever the word's length. */
    typoWeight: 0.5,
    /** Typo variants kept per word, best first. */
    typoMaxTerms: 8,
    /**
     * A person is named when at least two words match parts of that one name with these
     * qualities summed: an exact part and a typo (1.5) or a part being typed, not two typos.
     */
    wholeNameQuality: 1.5,
  }),

  /**
   * Bytes of postings per posting shard (before gzip; a term with more gets a shard of its own).
   * Smaller shards waste fewer bytes on terms a query does not need, but cost more requests and
   * lengthen the meta's list of first terms. Hosts serve .bin files as they are (no gzip). At
   * 2 KB (~900 shards, first terms ~3 KB of the meta) "python web application" fetches 4 shards,
   * 6 KB; at 4 KB, 10 KB.
   */
  postingShardBytes: 2048,
  /**
   * The same for name posting shards. Smaller: a name query needs the postings of two or three
   * rare parts, and a keyword query may need one name part's, so every byte fetched beside them
   * is waste (1 KB: ~150 shards, whose first parts cost the meta ~0.5 KB gzip).
   */
  namePostingShardBytes: 1024,
  /**
   * Titles per document chunk: what a result list fetches for the results it shows (~0.3 KB gzip
   * each). A top 10 falls in ~9 chunks whatever their size, so smaller chunks fetch fewer titles
   * that are not shown (16: ~0.5 KB each).
   */
  documentChunkSize: 8,
  /**
   * Query terms looked up at most (exact, prefix and typo expansions of all words together): a
   * hostile query cannot make the page fetch more than this many posting shards.
   */
  maxExpansions: 96,
  /**
   * Abstracts per lazily loaded chunk (snippets), and the characters of each kept. A top 10 spans
   * up to ten chunks: at 32 abstracts (~7.4 KB gzip a chunk) its snippets cost ~80 KB, at 8 ~25 KB.
   */
  abstractChunkSize: 8,
  abstractMaxLength: 1200,
  /** Characters of a snippet around the matched words. */
  snippetLength: 180,
});

export type SearchConfig = typeof SEARCH_DEFAULTS;
