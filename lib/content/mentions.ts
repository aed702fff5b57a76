/**
 * Which of its organization-year's technologies a project names itself. In the archive JSON,
 * technologies belong to the organization-year: every project of the Apache Software Foundation
 * in 2021 "uses" rust. A project that says "rust" in its title or abstract is a rust project of
 * its own; that is what the site and search rank first.
 *
 * Words are read as tags are folded (lib/content/tag-vocabulary.ts), so "Node.js", "nodejs" and "node js"
 * all name node.js, and "C++" never names C. Names of one or two letters, and "go", are also
 * English words or parts of "R&D", "3D" or "Plan C": they count only written with a capital
 * ("C", "R", "Go", "Qt"), and "Go" not at the start of a sentence.
 */
import { aliasKeys, foldTag, tagKey } from './tag-vocabulary';

interface Word {
  /** The word folded like a tag, before aliases. */
  folded: string;
  text: string;
  /** The word starts a sentence (the text's first word, or after ".", "!", "?"). */
  sentenceStart: boolean;
}

// Words are split at spaces and punctuation, but "+", "#", "&" and inner dots and hyphens stay
// inside a word: "C++", "C#", "R&D", "node.js", "D-Bus".
const SEPARATORS = /[\s,;:!?()[\]{}"'“”‘’<>|/\\*`=~^]+/;

// Words fold the same every time, and most recur (Zipf): a bounded memo of foldTag saves most of
// the reading of a whole archive's abstracts.
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_KEPT = 200_000;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    folded = foldTag(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let sentenceStart = true;
  for (const raw of text.split(SEPARATORS)) {
    const endsSentence = /[.!?]$/.test(raw);
    const word = raw.replace(/^[.-]+|[.-]+$/g, '');
    if (word) words.push({ folded: foldWord(word), text: word, sentenceStart });
    if (word || endsSentence) sentenceStart = endsSentence || (sentenceStart && !word);
  }
  return words;
}

/** A short name that is also an ordinary word counts only as a capitalized, mid-sentence word. */
function countsAsName(key: string, words: Word[]): boolean {
  if (key.length > 2 && key !== 'go') return true;
  const [first] = words;
  return words.length === 1 && /\p{Lu}/u.test(first!.text) && !(key === 'go' && first!.sentenceStart);
}

/**
 * The technologies of `technologies` (canonical names) that `texts` name, in the given order.
 * Phrases of up to three words are tried, so "machine learning" and "react native" are found.
 */
export function technologiesNamed(texts: readonly string[], technologies: readonly string[]): string[] {
  if (technologies.length === 0) return [];
  return namesMatcher(technologies)(texts);
}

/** The alias table's spellings and their keys, worked out once (technologiesNamed makes a matcher per project). */
let technologyAliasKeys: [string, string][] | undefined;

/**
 * The same matching as technologiesNamed, with the names' keys worked out once: for a whole
 * vocabulary read against every project (the trends, lib/site/trends.ts), where building them per
 * project would cost more than reading the texts. Topics are matched as technologies are, by their
 * folded names.
 */
export function namesMatcher(names: readonly string[]): (texts: readonly string[]) => string[] {
  const wanted = new Map(names.map((name) => [tagKey(name, 'technology'), name]));
  const order = new Map(names.map((name, index) => [name, index]));
  // A phrase of folded words in plain ASCII is its own foldTag but for a "js" ending, so its key is
  // that, or what the alias table makes of it: a phrase that is neither a wanted key nor an alias of
  // one cannot match, and skips tagKey (most phrases; ~3x faster over the whole archive). Others
  // (non-ASCII, where NFKC could change the text) go through tagKey as before.
  technologyAliasKeys ??= aliasKeys('technology');
  const possible = new Set([...wanted.keys(), ...technologyAliasKeys.flatMap(([folded, key]) => (wanted.has(key) ? [folded] : []))]);
  const mayMatch = (folded: string) =>
    !/^[a-z0-9+#&]*$/.test(folded) || possible.has(folded) || (folded.length >= 4 && folded.endsWith('js') && possible.has(folded.slice(0, -2)));
  return (texts) => {
    const found = new Set<string>();
    for (const text of texts) {
      const words = wordsOf(text);
      for (let start = 0; start < words.length; start++) {
        let folded = '';
        for (let length = 1; length <= 3 && start + length <= words.length; length++) {
          folded += words[start + length - 1]!.folded;
          if (!mayMatch(folded)) continue;
          const key = tagKey(folded, 'technology');
          const name = wanted.get(key);
          if (name !== undefined && !found.has(name) && countsAsName(key, words.slice(start, start + length))) found.add(name);
        }
      }
      if (found.size === wanted.size) break;
    }
    // In the given order; sorting what was found, not filtering every name, keeps a big vocabulary cheap.
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}
