/**
 * Query words → the best documents. Each word is matched exactly, as a prefix if it is the word
 * being typed, and as a typo via the vocabulary; each match scores field weight × idf × match
 * quality, a word counts once per document (its best match), and documents that match more of
 * the words come first.
 */
import type { SearchConfig } from './config';
import type { QueryWord } from './query';
import type { SearchTables } from './tables';
import { termShardKey } from './format';

/** A ranked document: its id (position in the core's titles) and unrounded score. */
export interface RankedDocument {
  id: number;
  score: number;
}

interface Expansion {
  term: string;
  quality: number;
  /** Documents to take the idf from when not the term's own (prefix completions share one). */
  idfDocuments?: number;
}

export class Ranking {
  constructor(
    private readonly tables: SearchTables,
    private readonly config: SearchConfig,
  ) {}

  /** The term shards (format.ts keys) the words need before they can be expanded: their first characters. */
  termShardsNeeded(queryWords: readonly QueryWord[]): string[] {
    return [...new Set(queryWords.flatMap((word) => [termShardKey(word.term), termShardKey(word.typed)]))];
  }

  /** The posting shards the words' expansions need; call once their term shards are loaded. */
  postingShardsNeeded(queryWords: readonly QueryWord[]): number[] {
    const shards = new Set<number>();
    for (const expansions of this.expandAll(queryWords)) {
      for (const { term } of expansions) {
        const shard = this.tables.postingShardOf(term);
        if (shard !== undefined) shards.add(shard);
      }
    }
    return [...shards].sort((a, b) => a - b);
  }

  /**
   * The best `limit` documents matching `queryWords`, best first, among the runs `allowed` flags
   * (all of them when undefined), each score multiplied by `boost` when given.
   */
  rank(queryWords: readonly QueryWord[], allowed: Uint8Array | undefined, limit: number, boost?: (id: number) => number): RankedDocument[] {
    const count = this.tables.documentCount;
    const total = new Float64Array(count);
    const matchedWords = new Uint8Array(count);
    const touched: number[] = [];
    for (const expansions of this.expandAll(queryWords)) {
      const best = new Float64Array(count);
      const reached: number[] = [];
      for (const expansion of expansions) this.scoreExpansion(expansion, best, reached);
      for (const id of reached) {
        if (matchedWords[id] === 0) touched.push(id);
        matchedWords[id]!++;
        total[id]! += best[id]!;
      }
    }

    // Common words touch thousands of documents: keep the best `limit` as they come rather than
    // sort them all. Ties go by permalink, so results never depend on the order of work above.
    const hits: RankedDocument[] = [];
    const ranksBefore = (a: RankedDocument, b: RankedDocument) => a.score > b.score || (a.score === b.score && a.id < b.id);
    for (const id of touched) {
      if (allowed && !allowed[this.tables.runOf[id]!]) continue;
      const coverage = matchedWords[id]! / queryWords.length;
      const hit = { id, score: total[id]! * coverage ** this.config.coordinationPower * (boost ? boost(id) : 1) };
      if (hits.length === limit && !ranksBefore(hit, hits[limit - 1]!)) continue;
      let at = hits.length;
      while (at > 0 && ranksBefore(hit, hits[at - 1]!)) at--;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    }
    return hits.slice(0, limit);
  }

  /** The index terms the words match (exact, prefix and typo variants), each once. */
  matchedTerms(queryWords: readonly QueryWord[]): string[] {
    const found = new Set<string>();
    for (const expansions of this.expandAll(queryWords)) {
      for (const { term } of expansions) if (this.tables.documentsWith(term) > 0) found.add(term);
    }
    return [...found];
  }

  /**
   * Each word's expansions, at most `maxExpansions` in all (a word's exact term first, then its
   * prefix and typo variants): a hostile query cannot make a search look up, or fetch, without end.
   */
  private expandAll(queryWords: readonly QueryWord[]): Expansion[][] {
    let left = this.config.maxExpansions;
    return queryWords.map((word) => {
      const expansions = this.expand(word).slice(0, Math.max(0, left));
      left -= expansions.length;
      return expansions;
    });
  }

  /** The terms one query word stands for, with how much a match on each is worth (1 = exact). */
  private expand(word: QueryWord): Expansion[] {
    const config = this.config;
    const tables = this.tables;
    const expansions: Expansion[] = [];
    if (!word.prefixOnly) expansions.push({ term: word.term, quality: 1 });
    if (word.prefix) {
      // Completions share the idf of all of them together: otherwise the rarest completion of
      // "pyth" ("pythia") would outrank the one people mean ("python").
      const completions = tables.vocabularyOf(word.typed).startingWith(word.typed, config.prefixMaxTerms).filter((term) => term !== word.term);
      let idfDocuments = tables.documentsWith(word.term);
      for (const term of completions) idfDocuments += tables.documentsWith(term);
      for (const term of completions) {
        expansions.push({ term, quality: config.prefixWeight * Math.sqrt(word.typed.length / term.length), idfDocuments });
      }
    }
    if (!word.prefixOnly && word.term.length >= config.fuzzyMinLength && tables.documentsWith(word.term) < config.fuzzySkipWhenDocs) {
      const maxEdits = word.term.length >= config.fuzzyTwoEditsFrom ? 2 : 1;
      const taken = new Set(expansions.map(({ term }) => term));
      for (const { term, score } of tables.vocabularyOf(word.term).similarTo(word.term, maxEdits, config.fuzzyMaxTerms)) {
        if (!taken.has(term)) expansions.push({ term, quality: config.fuzzyWeight * (1 - score) });
      }
    }
    return expansions;
  }

  /** Raises `best[id]` to what a match of `expansion` in each field of document `id` is worth. */
  private scoreExpansion({ term, quality, idfDocuments }: Expansion, best: Float64Array, reached: number[]): void {
    const tables = this.tables;
    const weights = this.config.fieldWeights;
    const idf = (documents: number) => this.idf(idfDocuments ?? documents);
    const raise = (id: number, value: number) => {
      if (best[id] === 0) reached.push(id);
      if (value > best[id]!) best[id] = value;
    };
    const titleDocs = tables.titlePostingsOf(term);
    if (titleDocs.length > 0) {
      const { titleLengthK1: k1, titleLengthB: b } = this.config;
      const weight = weights.title * idf(titleDocs.length) * quality;
      for (const id of titleDocs) {
        const norm = (k1 + 1) / (1 + k1 * (1 - b + (b * tables.titleLength[id]!) / tables.averageTitleLength));
        raise(id, weight * norm);
      }
    }
    for (const [field, table] of [
      ['organization', tables.organizationTerms],
      ['technology', tables.technologyTerms],
    ] as const) {
      const runs = table.runs.get(term);
      if (!runs) continue;
      const weight = weights[field] * idf(table.documents.get(term) ?? 0) * quality;
      for (const run of runs) {
        const { start, end } = tables.runs[run]!;
        for (let id = start; id < end; id++) raise(id, weight);
      }
    }
    const abstractDocs = tables.abstractPostingsOf(term);
    if (abstractDocs.length > 0) {
      const weight = weights.abstract * idf(abstractDocs.length) * quality;
      for (const id of abstractDocs) raise(id, weight);
    }
  }

  /** BM25's idf: rare terms count more; never negative. */
  private idf(documents: number): number {
    return Math.log(1 + (this.tables.documentCount - documents + 0.5) / (documents + 0.5));
  }
}
