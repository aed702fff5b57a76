/**
 * Contributor and mentor names: the index's second vocabulary, apart from the terms, because a
 * name is not a keyword ("Rust", "Young" and "Page" are both). Build side: nameParts splits a name
 * as the build indexes it. Query side: NameTables holds the name shards and name posting shards a
 * query loaded (as tables.ts holds the term shards); ranking.ts reads them through `personsOf`.
 */
import { PERSON_SLOTS, nameShardKey, nameShardSiblings, termShardKey, type SearchMeta, type TermShard } from './format';
import { decodeSortedTerms } from './front-coding';
import { decodePostingShard } from './postings';
import { NotLoadedError } from './tables';
import { words } from './text';
import { Vocabulary } from './vocabulary';

/**
 * The parts a name is searched by: its words, folded ("Müller" → "muller"), each once, in order.
 * Not stemmed and no stop word dropped: "Jones" is not a plural, and "He" is a family name.
 * A handle splits too: "anurag_rai" → anurag, rai.
 */
export function nameParts(name: string): string[] {
  return [...new Set(words(name))];
}

/** The document a person id (format.ts PERSON_SLOTS) belongs to, and the person's slot in it. */
export function documentOfPerson(person: number): number {
  return Math.floor(person / PERSON_SLOTS);
}

export function slotOfPerson(person: number): number {
  return person % PERSON_SLOTS;
}

const EMPTY = new Uint32Array(0);
const NO_PARTS: ReadonlyMap<string, number> = new Map();

/** The loaded part of the names' index; reading what is not loaded throws NotLoadedError. */
export class NameTables {
  /** People per name part, for each loaded name shard. */
  private readonly shards = new Map<string, Map<string, number>>();
  private readonly vocabularies = new Map<string, Vocabulary>();
  private readonly postings = new Map<string, Uint32Array>();
  private readonly loadedPostingShards = new Set<number>();

  /** The first name part of each name posting shard (meta.namePostingShards decoded). */
  private readonly postingShardStarts: readonly string[];

  /** The name shards there are (meta.nameShards decoded), sorted. */
  readonly shardKeys: readonly string[];
  private readonly shardKeySet: ReadonlySet<string>;

  constructor(meta: Pick<SearchMeta, 'nameShards' | 'namePostingShards'>) {
    this.postingShardStarts = decodeSortedTerms(meta.namePostingShards);
    this.shardKeys = decodeSortedTerms(meta.nameShards);
    this.shardKeySet = new Set(this.shardKeys);
  }

  /** Whether the name shard `key` is loaded (a key no shard has counts as loaded: no name starts so). */
  hasShard(key: string): boolean {
    return this.shards.has(key) || !this.shardKeySet.has(key);
  }

  addShard(key: string, shard: TermShard): void {
    const people = new Map<string, number>();
    decodeSortedTerms(shard.terms).forEach((part, index) => people.set(part, shard.documents[index] ?? 0));
    this.shards.set(key, people);
  }

  /** How many people have `part` in their name (its name shard must be loaded). */
  peopleWith(part: string): number {
    return this.shardOf(part).get(part) ?? 0;
  }

  /** The name parts in `part`'s own shard (its first two characters): prefix completions and most typo variants. */
  vocabularyOf(part: string): Vocabulary {
    return this.vocabularyOfShards(nameShardKey(part), [nameShardKey(part)]);
  }

  /** The name shards that hold parts starting with `part`'s first character (see wideVocabularyOf). */
  siblingShardsOf(part: string): string[] {
    return nameShardSiblings(part, this.shardKeys);
  }

  /**
   * The name parts starting with `part`'s first character, in every shard of it: the typo variants
   * that differ from `part` in its second character too. Their shards (siblingShardsOf) must be loaded.
   */
  wideVocabularyOf(part: string): Vocabulary {
    const keys = this.siblingShardsOf(part);
    for (const key of keys) if (!this.shards.has(key)) throw new NotLoadedError(`the name shard ${key} beside "${part}"`);
    return this.vocabularyOfShards(`${termShardKey(part)}*`, keys);
  }

  private vocabularyOfShards(name: string, keys: readonly string[]): Vocabulary {
    let vocabulary = this.vocabularies.get(name);
    if (!vocabulary) {
      const parts = keys.flatMap((key) => [...this.shardOfKey(key).keys()]);
      // One shard's parts are sorted (code-unit order, as the build sorts); several shards' follow their keys' order.
      if (keys.length > 1) parts.sort();
      vocabulary = new Vocabulary(parts, (found) => this.peopleWith(found));
      this.vocabularies.set(name, vocabulary);
    }
    return vocabulary;
  }

  /** The name posting shard holding `part`, or undefined when nobody has it. */
  postingShardOf(part: string): number | undefined {
    if (this.peopleWith(part) === 0) return undefined;
    const starts = this.postingShardStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= part) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  hasPostingShard(shard: number): boolean {
    return this.loadedPostingShards.has(shard);
  }

  addPostingShard(shard: number, bytes: Uint8Array): void {
    for (const { term, title } of decodePostingShard(bytes)) this.postings.set(term, title);
    this.loadedPostingShards.add(shard);
  }

  /** The person ids (format.ts PERSON_SLOTS) whose names hold `part`, ascending. */
  personsOf(part: string): Uint32Array {
    const found = this.postings.get(part);
    if (found) return found;
    const shard = this.postingShardOf(part);
    if (shard !== undefined && !this.loadedPostingShards.has(shard)) throw new NotLoadedError(`the name posting shard of "${part}"`);
    return EMPTY;
  }

  private shardOf(part: string): ReadonlyMap<string, number> {
    return this.shardOfKey(nameShardKey(part), part);
  }

  private shardOfKey(key: string, part = key): ReadonlyMap<string, number> {
    const people = this.shards.get(key);
    if (people) return people;
    if (!this.shardKeySet.has(key)) return NO_PARTS;
    throw new NotLoadedError(`the name shard of "${part}"`);
  }
}
