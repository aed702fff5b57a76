/**
 * Text → index terms, the one definition shared by the index build (Node) and the query side
 * (browser). Anything that changes here changes what is in a built index: bump INDEX_FORMAT.
 */
import { STOP_WORDS } from './stop-words';

// Letters that NFKD does not split into an ASCII letter plus a combining mark (as in lib/slugs.ts).
const FOLDINGS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' };
const FOLDING_PATTERN = new RegExp(`[${Object.keys(FOLDINGS).join('')}]`, 'g');

// A word is a run of letters and digits; "c++", "c#" and "f#" keep their symbols because the
// names of those languages are nothing without them.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:\+\+|#)?/gu;
// Most of the archive is ASCII, where these cheaper patterns give the same answer: Unicode
// property classes make tokenizing every title at load several times slower.
const ASCII_WORD_PATTERN = /[a-z0-9]+(?:\+\+|#)?/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lowercase, accents folded: "Müller" and "muller" are one word to search. */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLDING_PATTERN, (letter) => FOLDINGS[letter] ?? letter);
}

/** The words of a text as typed, folded, in order; stop words included. */
export function words(text: string): string[] {
  const folded = foldText(text);
  return (ASCII_ONLY.test(folded) ? folded.match(ASCII_WORD_PATTERN) : folded.match(WORD_PATTERN)) ?? [];
}

/**
 * A light plural stemmer (Harman's S-stemmer): "libraries" → "library", "databases" → "database",
 * "projects" → "project". Heavier stemming (Porter) merges words people tell apart ("organ",
 * "organization") and breaks the "one edit away" rule fuzzy matching relies on.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /\d/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/(?:a|e|o)es$/.test(word)) return word.slice(0, -1);
  if (/(?:u|s|i)s$/.test(word)) return word; // "status", "class", "analysis"
  return word.slice(0, -1);
}

/** True for words too common to tell projects apart ("the", "and", "with"). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Index terms of a text: words, stop words dropped, stemmed. Duplicates are kept (callers count). */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const word of words(text)) if (!STOP_WORDS.has(word)) result.push(stem(word));
  return result;
}
