/**
 * One canonical value per technology, topic and category. The archive's tags are typed by each
 * organization each year: "node.js" and "nodejs", "machine learning" and "machine-learning",
 * "golang" and "go", "html/css/js" for three. Pages keep what they said (`…AsWritten`); the
 * records carry the canonical values, so that a technology has one page and one filter value.
 *
 * Folding (tagKey) ignores case, spaces and punctuation (hyphens, dots, commas…) and a ".js"/"js"
 * ending, and keeps "+" and "#", so c, c++ and c# stay three. Beyond folding, only the curated alias table
 * (lib/content/curated/tag-spellings.ts) joins spellings: no fuzzy matching, which would join java with
 * javascript or r with rust.
 *
 * Keys whose names make one slug ("C#" and "c sharp" → c-sharp, "Español" and "espanol" →
 * espanol) are one tag: a tag's page, its chips, the indexes' counts and the finder all go by the
 * canonical value, and one address can show one tag only. `check` names each page where it happens.
 */
import { tagSlug } from '../slugs';
import { KEPT_WHOLE, TECHNOLOGY_ALIASES, TOPIC_ALIASES } from './curated/tag-spellings';

export type TagKind = 'technology' | 'topic' | 'category';

// Maps, not the tables' plain objects: a tag named "constructor" must not find Object.prototype's.
const ALIASES: Record<TagKind, ReadonlyMap<string, string>> = {
  technology: new Map(Object.entries(TECHNOLOGY_ALIASES)),
  topic: new Map(Object.entries(TOPIC_ALIASES)),
  category: new Map(),
};

/** A key before aliases: lower case, only letters, digits, "+", "#" and "&", without a "js" ending. */
export function foldTag(value: string): string {
  // Only letters, digits and the symbols that make a name ("c++", "c#", "r&d") count.
  const folded = value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+#&]+/gu, '');
  // "react.js", "reactjs" and "react" are one; "js" alone is the language's short name.
  return folded.length >= 4 && folded.endsWith('js') ? folded.slice(0, -2) : folded;
}

/** The key a tag is known by: folded, then through the curated aliases. */
export function tagKey(value: string, kind: TagKind): string {
  const folded = foldTag(value);
  const alias = ALIASES[kind].get(folded);
  return alias === undefined ? folded : foldTag(alias);
}

/** The folded spellings the alias table turns into another key ("golang"), each with that key ("go"). */
export function aliasKeys(kind: TagKind): [string, string][] {
  return [...ALIASES[kind].keys()].map((folded) => [folded, tagKey(folded, kind)]);
}

const KEPT_WHOLE_PATTERN = new RegExp(`(^|[^a-z0-9])(${KEPT_WHOLE.map((value) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})($|[^a-z0-9])`, 'i');

/** The tags a value lists: "html/css/js" → html, css, js; "C\\C++" → C, C++; "gnu/linux" stays whole. */
export function splitTagList(value: string): string[] {
  if (KEPT_WHOLE_PATTERN.test(value)) return [value.trim()];
  return value
    .split(/[/\\]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A canonical tag: its name and every spelling pages gave it. */
export interface CanonicalTag {
  name: string;
  key: string;
  spellings: string[];
}

/**
 * The canonical tags of a whole catalog. Each key is named as most pages spell it (ties: the
 * shortest, then A–Z), and a key reached only through an alias by the alias's target; so the name
 * follows the archive, and adding pages changes a name only when the majority changes.
 */
export class TagVocabulary {
  private readonly tags = new Map<string, CanonicalTag>();
  /** Keys that are not their tag's own: joined to it because their names make its slug. */
  private readonly joined = new Set<string>();

  constructor(
    readonly kind: TagKind,
    values: Iterable<string>,
  ) {
    const counts = new Map<string, Map<string, number>>();
    for (const value of values) {
      for (const part of kind === 'category' ? [value.trim()] : splitTagList(value)) {
        const key = tagKey(part, kind);
        if (!key) continue;
        const spellings = counts.get(key) ?? new Map<string, number>();
        spellings.set(part, (spellings.get(part) ?? 0) + 1);
        counts.set(key, spellings);
      }
    }
    const bySlug = new Map<string, [string, Map<string, number>][]>();
    for (const [key, spellings] of counts) {
      const slug = tagSlug(this.nameOf([[key, spellings]]));
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), [key, spellings]]);
    }
    for (const keys of bySlug.values()) {
      const name = this.nameOf(keys);
      // The key whose spelling names the tag (or, named by an alias, the first).
      const key = keys.find(([each]) => each === foldTag(name))?.[0] ?? keys[0]![0];
      const tag = { name, key, spellings: [...new Set(keys.flatMap(([, spellings]) => [...spellings.keys()]))].sort() };
      for (const [each] of keys) {
        this.tags.set(each, tag);
        if (each !== key) this.joined.add(each);
      }
    }
  }

  /**
   * The name of keys that are one tag: as most pages spell them (ties: the shortest, then A–Z),
   * or, when only aliases reached them, the alias's target.
   */
  private nameOf(keys: readonly (readonly [string, Map<string, number>])[]): string {
    const own = keys.flatMap(([key, spellings]) => [...spellings].filter(([spelling]) => foldTag(spelling) === key));
    if (own.length > 0) return own.sort(([a, countA], [b, countB]) => countB - countA || a.length - b.length || a.localeCompare(b))[0]![0];
    return ALIASES[this.kind].get(foldTag([...keys[0]![1].keys()][0]!))!;
  }

  /** What a page wrote that is shown as another tag only because the two make one slug ("c sharp" → "C#"). */
  joinedBySlug(written: readonly string[]): { written: string; tag: CanonicalTag }[] {
    const joined: { written: string; tag: CanonicalTag }[] = [];
    for (const value of written) {
      for (const part of this.kind === 'category' ? [value.trim()] : splitTagList(value)) {
        const key = tagKey(part, this.kind);
        if (this.joined.has(key)) joined.push({ written: part, tag: this.tags.get(key)! });
      }
    }
    return joined;
  }

  /** The canonical names of what a page wrote, in its order, each once. */
  canonical(written: readonly string[]): string[] {
    const names: string[] = [];
    for (const value of written) {
      for (const part of this.kind === 'category' ? [value.trim()] : splitTagList(value)) {
        const tag = this.tags.get(tagKey(part, this.kind));
        if (tag && !names.includes(tag.name)) names.push(tag.name);
      }
    }
    return names;
  }

  get(key: string): CanonicalTag | undefined {
    return this.tags.get(key);
  }

  /** Every canonical tag. */
  list(): CanonicalTag[] {
    return [...new Set(this.tags.values())];
  }
}
