/**
 * Contributor and mentor names: the index's second vocabulary, apart from the terms, because a
 * name is not a keyword ("Rust", "Young" and "Page" are both). Build side: nameParts splits a name
 * as the build indexes it. Query side: NameTables holds the name shards and name posting shards a
 * query loaded (as tables.ts holds the term shards); ranking.ts reads them through `personsOf`.
 */
import { PERSON_SLOTS, termShardKey, type SearchMeta, type TermShard } from './format';
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

  constructor(private readonly meta: Pick<SearchMeta, 'nameShards' | 'namePostingShards'>) {
    this.postingShardStarts = decodeSortedTerms(meta.namePostingShards);
  }

  /** Whether the name shard `key` is loaded (a key no shard has counts as loaded: no name starts so). */
  hasShard(key: string): boolean {
    return this.shards.has(key) || !this.meta.nameShards.includes(key);
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

  /** The name parts starting with `part`'s first character: prefix completions and typo variants. */
  vocabularyOf(part: string): Vocabulary {
    const key = termShardKey(part);
    let vocabulary = this.vocabularies.get(key);
    if (!vocabulary) {
      vocabulary = new Vocabulary([...this.shardOf(part).keys()], (found) => this.peopleWith(found));
      this.vocabularies.set(key, vocabulary);
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
    const key = termShardKey(part);
    const people = this.shards.get(key);
    if (people) return people;
    if (!this.meta.nameShards.includes(key)) return NO_PARTS;
    throw new NotLoadedError(`the name shard of "${part}"`);
  }
}
