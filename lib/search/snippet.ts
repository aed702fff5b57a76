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

/** The `length`-character window of `text` holding the most words whose index term is in `terms`. */
export function highlightSnippet(text: string, terms: Iterable<string>, length: number): Snippet {
  const wanted = new Set(terms);
  const matches: { start: number; end: number }[] = [];
  for (const found of text.matchAll(WORD)) {
    if (wanted.has(stem(foldText(found[0])))) matches.push({ start: found.index, end: found.index + found[0].length });
  }

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

  const parts: SnippetPart[] = [];
  let position = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    if (match.start > position) parts.push({ text: text.slice(position, match.start), match: false });
    parts.push({ text: text.slice(match.start, match.end), match: true });
    position = match.end;
  }
  if (position < end) parts.push({ text: text.slice(position, end), match: false });
  return { parts, truncatedStart: start > 0, truncatedEnd: end < text.length };
}

function startOfWord(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space === -1 ? index : space + 1;
}

function endOfWord(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}
