/**
 * A piece of an abstract around the words a query matched, split into marked and unmarked runs
 * so the UI can wrap matches in <mark> without parsing HTML or trusting the text.
 */
import { foldText, stem } from './text';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** True when text was cut before or after the window shown. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:\+\+|#)?/gu;

/** Where in `text` the words whose key (index term, or name part) is in `keys` are. */
function findMatches(text: string, keys: Iterable<string>, keyOf: (word: string) => string = (word) => stem(foldText(word))): { start: number; end: number }[] {
  const wanted = new Set(keys);
  const matches: { start: number; end: number }[] = [];
  for (const found of text.matchAll(WORD)) {
    if (wanted.has(keyOf(found[0]))) matches.push({ start: found.index, end: found.index + found[0].length });
  }
  return matches;
}

/** The whole of `text` (a title, say) with the words of `terms` marked. */
export function markTerms(text: string, terms: Iterable<string>): SnippetPart[] {
  return partsOf(text, findMatches(text, terms), 0, text.length);
}

/** The whole of a person's `name` with the words that are in `parts` (name parts: folded, not stemmed, lib/search/names.ts) marked. */
export function markNameParts(name: string, parts: Iterable<string>): SnippetPart[] {
  return partsOf(name, findMatches(name, parts, foldText), 0, name.length);
}

/** The `length`-character window of `text` holding the most words whose index term is in `terms`. */
export function highlightSnippet(text: string, terms: Iterable<string>, length: number): Snippet {
  const matches = findMatches(text, terms);

  let windowStart = 0;
  let bestCount = 0;
  for (let first = 0, last = 0; first < matches.length; first++) {
    while (last < matches.length && matches[last]!.end - matches[first]!.start <= length) last++;
    if (last - first > bestCount) {
      bestCount = last - first;
      // Show a little of what comes before the first match, so it reads as a sentence.
      windowStart = Math.max(0, matches[first]!.start - Math.floor(length / 5));
    }
  }
  let start = windowStart === 0 ? 0 : startOfWord(text, windowStart);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = endOfWord(text, end);
  if (end - start > length * 1.2 && start > 0) start = startOfWord(text, end - length);

  return { parts: partsOf(text, matches, start, end), truncatedStart: start > 0, truncatedEnd: end < text.length };
}

function partsOf(text: string, matches: { start: number; end: number }[], start: number, end: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let position = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    if (match.start > position) parts.push({ text: text.slice(position, match.start), match: false });
    parts.push({ text: text.slice(match.start, match.end), match: true });
    position = match.end;
  }
  if (position < end) parts.push({ text: text.slice(position, end), match: false });
  return parts;
}

function startOfWord(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space === -1 ? index : space + 1;
}

function endOfWord(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}
