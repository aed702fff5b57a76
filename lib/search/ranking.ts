/**
 * Query words → the best documents. Each word is matched exactly, as a prefix if it is the word
 * being typed, and as a typo via the vocabulary; each match scores field weight × idf × match
 * quality, a word counts once per document (its best match), and documents that match more of
 * the words come first.
 */
import type { SearchConfig } from './config';
import type { NameWord, QueryWord } from './query';
import type { SearchTables } from './tables';
import { nameShardKey, termShardKey } from './format';
import { documentOfPerson, type NameTables } from './names';

/** A ranked document: its id (position in the core's titles) and unrounded score. */
export interface RankedDocument {
  id: number;
  score: number;
  /** The person (format.ts PERSON_SLOTS) whose name the query matched best, when one did. */
  person?: number;
  /**
   * Words of the query that one person's name holds, when at least two (a whole name, names.ts):
   * such documents rank first, more words first. 0 otherwise.
   */
  named?: number;
}

/** How the words of a query match one person's name: per name word, the quality (0: no match) and quality × idf. */
interface PersonMatch {
  quality: Float64Array;
  value: Float64Array;
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
    private readonly names: NameTables,
    private readonly config: SearchConfig,
  ) {}

  /**
   * The term shards (format.ts keys) the words need before they can be expanded: their first
   * characters; also those of the name words, whose idf counts the keyword's documents.
   */
  termShardsNeeded(queryWords: readonly QueryWord[], nameWords: readonly NameWord[] = []): string[] {
    return [...new Set([...queryWords.flatMap((word) => [termShardKey(word.term), termShardKey(word.typed)]), ...nameWords.map((word) => termShardKey(word.part))])];
  }

  /** The name shards the name words need first: their first two characters (format.ts nameShardKey). */
  nameShardsNeeded(nameWords: readonly NameWord[]): string[] {
    return [...new Set(nameWords.map((word) => nameShardKey(word.part)))];
  }

  /**
   * The name shards the name words need next, once their own name shards and term shards are
   * loaded: every shard of a first letter for a word that looks like a mistyped name (widensName).
   */
  wideNameShardsNeeded(queryWords: readonly QueryWord[], nameWords: readonly NameWord[]): string[] {
    return [...new Set(nameWords.filter((word) => this.widensName(word, queryWords)).flatMap((word) => this.names.siblingShardsOf(word.part)))];
  }

  /** The name posting shards the name words' expansions need; call once all their name shards are loaded. */
  namePostingShardsNeeded(queryWords: readonly QueryWord[], nameWords: readonly NameWord[]): number[] {
    const shards = new Set<number>();
    for (const expansions of this.expandNames(nameWords, queryWords)) {
      for (const { term } of expansions) {
        const shard = this.names.postingShardOf(term);
        if (shard !== undefined) shards.add(shard);
      }
    }
    return [...shards].sort((a, b) => a - b);
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
   * (all of them when undefined), each score multiplied by `boost` when given. `nameWords` (the
   * same query, parseNameQuery) also match contributor and mentor names.
   */
  rank(queryWords: readonly QueryWord[], allowed: Uint8Array | undefined, limit: number, boost?: (id: number) => number, nameWords: readonly NameWord[] = []): RankedDocument[] {
    const count = this.tables.documentCount;
    const total = new Float64Array(count);
    const matchedWords = new Uint8Array(count);
    const touched: number[] = [];
    const persons = this.matchPersons(nameWords, queryWords);
    this.expandAll(queryWords).forEach((expansions, word) => {
      const best = new Float64Array(count);
      const reached: number[] = [];
      for (const expansion of expansions) this.scoreExpansion(expansion, best, reached);
      this.scoreNames(word, nameWords, persons, reached.length, best, reached);
      for (const id of reached) {
        if (matchedWords[id] === 0) touched.push(id);
        matchedWords[id]!++;
        total[id]! += best[id]!;
      }
    });
    const { person, named } = this.bestPersons(persons);

    // Common words touch thousands of documents: keep the best `limit` as they come rather than
    // sort them all. Ties go by permalink, so results never depend on the order of work above.
    const hits: RankedDocument[] = [];
    const ranksBefore = (a: RankedDocument, b: RankedDocument) =>
      (a.named ?? 0) > (b.named ?? 0) || ((a.named ?? 0) === (b.named ?? 0) && (a.score > b.score || (a.score === b.score && a.id < b.id)));
    for (const id of touched) {
      if (allowed && !allowed[this.tables.runOf[id]!]) continue;
      const coverage = matchedWords[id]! / queryWords.length;
      const hit: RankedDocument = { id, score: total[id]! * coverage ** this.config.coordinationPower * (boost ? boost(id) : 1) };
      if (person.has(id)) hit.person = person.get(id)!;
      if (named.has(id)) hit.named = named.get(id)!;
      if (hits.length === limit && !ranksBefore(hit, hits[limit - 1]!)) continue;
      let at = hits.length;
      while (at > 0 && ranksBefore(hit, hits[at - 1]!)) at--;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    }
    return hits.slice(0, limit);
  }

  /** The name parts the name words match (exact, prefix and typo variants), each once: what to highlight in a name. */
  matchedNameParts(queryWords: readonly QueryWord[], nameWords: readonly NameWord[]): string[] {
    return [...new Set(this.expandNames(nameWords, queryWords).flatMap((expansions) => expansions.map(({ term }) => term)))];
  }

  /** Each person whose name a name word matches, with how well each word matches it. */
  private matchPersons(nameWords: readonly NameWord[], queryWords: readonly QueryWord[]): Map<number, PersonMatch> {
    const persons = new Map<number, PersonMatch>();
    this.expandNames(nameWords, queryWords).forEach((expansions, word) => {
      for (const { term, quality } of expansions) {
        const idf = this.idf(this.names.peopleWith(term) + this.tables.documentsWith(term));
        for (const id of this.names.personsOf(term)) {
          let match = persons.get(id);
          if (!match) persons.set(id, (match = { quality: new Float64Array(nameWords.length), value: new Float64Array(nameWords.length) }));
          if (quality > match.quality[word]!) {
            match.quality[word] = quality;
            match.value[word] = quality * idf;
          }
        }
      }
    });
    return persons;
  }

  /**
   * A name as one more field of keyword `word`, weaker than the abstract: its idf is at most that
   * of the documents the word reaches as a keyword, so a common word ("rust") finds projects about
   * it before people named so, while a family name that is no keyword still finds its people.
   */
  private scoreNames(word: number, nameWords: readonly NameWord[], persons: Map<number, PersonMatch>, keywordDocuments: number, best: Float64Array, reached: number[]): void {
    const at = nameWords.findIndex((nameWord) => nameWord.keyword === word);
    if (at === -1 || persons.size === 0) return;
    const cap = this.idf(keywordDocuments);
    const weight = this.config.names.weight;
    for (const [person, match] of persons) {
      const quality = match.quality[at]!;
      if (quality === 0) continue;
      const id = documentOfPerson(person);
      const value = weight * Math.min(match.value[at]!, quality * cap);
      if (best[id] === 0) reached.push(id);
      if (value > best[id]!) best[id] = value;
    }
  }

  /** Per document: the person the query names best (most words, then best quality), and the words of a whole name. */
  private bestPersons(persons: Map<number, PersonMatch>): { person: Map<number, number>; named: Map<number, number> } {
    const person = new Map<number, number>();
    const named = new Map<number, number>();
    const strength = new Map<number, number>();
    for (const [id, match] of persons) {
      let words = 0;
      let quality = 0;
      for (const value of match.quality) {
        if (value === 0) continue;
        words++;
        quality += value;
      }
      const document = documentOfPerson(id);
      // Words first, then quality (at most 1 a word, so it never outweighs one more word).
      const score = words * 100 + quality;
      if (score > (strength.get(document) ?? 0)) {
        strength.set(document, score);
        person.set(document, id);
      }
      if (words >= 2 && quality >= this.config.names.wholeNameQuality && words > (named.get(document) ?? 0)) named.set(document, words);
    }
    return { person, named };
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

  /** Each name word's name parts (exact, prefix, typo), at most `maxExpansions` in all, as expandAll. */
  private expandNames(nameWords: readonly NameWord[], queryWords: readonly QueryWord[]): Expansion[][] {
    let left = this.config.maxExpansions;
    return nameWords.map((word) => {
      const expansions = this.expandName(word, this.widensName(word, queryWords)).slice(0, Math.max(0, left));
      left -= expansions.length;
      return expansions;
    });
  }

  /**
   * Whether a name word's typos are looked for among all the name parts of its first letter, not
   * only its own shard's (its first two letters): when it is long enough to be mistyped, no
   * person is named by it, and it is no common keyword either (the rule fuzzySkipWhenDocs sets
   * for keywords). So "manamgda" looks in every "m" shard for "manamgoda", while the words of
   * "python web application" fetch three small shards and no more.
   */
  private widensName(word: NameWord, queryWords: readonly QueryWord[]): boolean {
    if (word.part.length < this.config.fuzzyMinLength || this.names.peopleWith(word.part) > 0) return false;
    const keyword = queryWords[word.keyword];
    return (keyword ? this.tables.documentsWith(keyword.term) : 0) < this.config.fuzzySkipWhenDocs;
  }

  /** The name parts one word stands for: itself, the parts it begins while typed, and one-edit typos (names.ts). */
  private expandName(word: NameWord, wide: boolean): Expansion[] {
    const { names, config } = this;
    const expansions: Expansion[] = [];
    if (names.peopleWith(word.part) > 0) expansions.push({ term: word.part, quality: 1 });
    const vocabulary = names.vocabularyOf(word.part);
    if (word.prefix) {
      for (const term of vocabulary.startingWith(word.part, config.prefixMaxTerms)) {
        expansions.push({ term, quality: config.names.prefixFloor + ((1 - config.names.prefixFloor) * word.part.length) / term.length });
      }
    }
    if (word.part.length >= config.fuzzyMinLength) {
      const taken = new Set(expansions.map(({ term }) => term));
      const typos = wide ? names.wideVocabularyOf(word.part) : vocabulary;
      for (const { term } of typos.similarTo(word.part, 1, config.names.typoMaxTerms)) {
        if (!taken.has(term)) expansions.push({ term, quality: config.names.typoWeight });
      }
    }
    return expansions;
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
