/**
 * A typed query → the words to look up. Queries are user input of any length and content:
 * nothing here throws, and no part of a query is ever used as a regular expression.
 */
import { SEARCH_DEFAULTS } from './config';
import { isStopWord, stem, words } from './text';
import { nameParts } from './names';

export interface QueryWord {
  /** The word as an index term (folded, stemmed): what exact and fuzzy matching look up. */
  term: string;
  /** The folded word before stemming: what prefix matching extends. */
  typed: string;
  /** The word may be unfinished (last word, no space after it): it also matches longer terms. */
  prefix: boolean;
  /** A stop word still being typed ("the" of "theory") matches only as a prefix. */
  prefixOnly: boolean;
}

/** Splits a query into the words that will be matched; an empty list means "nothing to search". */
export function parseQuery(query: string, config = SEARCH_DEFAULTS): QueryWord[] {
  const text = String(query ?? '').slice(0, config.maxQueryLength);
  const typed = words(text);
  const lastIsOpen = typed.length > 0 && /[\p{L}\p{N}+#]$/u.test(text);
  const parsed: QueryWord[] = [];
  const seen = new Set<string>();
  typed.forEach((word, index) => {
    const prefix = lastIsOpen && index === typed.length - 1 && word.length >= config.prefixMinLength;
    const stop = isStopWord(word);
    if (stop && !prefix) return;
    const term = stem(word);
    if (seen.has(term)) return;
    seen.add(term);
    parsed.push({ term, typed: word, prefix, prefixOnly: stop });
  });
  return parsed.slice(0, config.maxQueryWords);
}

/** A query word as matched against contributor and mentor names (names.ts). */
export interface NameWord {
  /** The folded word, unstemmed, stop words kept: as nameParts splits names. */
  part: string;
  /** The word may be unfinished (last word, no space after it): it also matches longer name parts. */
  prefix: boolean;
  /** Its position among parseQuery's words (the word it adds a name field to), or -1 for a stop word. */
  keyword: number;
}

/** The words of `query` a name can match: every word, stop words too ("He Wei"), each once. */
export function parseNameQuery(query: string, config = SEARCH_DEFAULTS): NameWord[] {
  const text = String(query ?? '').slice(0, config.maxQueryLength);
  const keywordTerms = parseQuery(text, config).map((word) => word.term);
  const parts = nameParts(text).slice(0, config.maxQueryWords);
  const typed = words(text);
  const lastIsOpen = typed.length > 0 && /[\p{L}\p{N}+#]$/u.test(text);
  const last = typed[typed.length - 1];
  return parts.map((part) => ({
    part,
    prefix: lastIsOpen && part === last && part.length >= config.prefixMinLength,
    keyword: isStopWord(part) ? -1 : keywordTerms.indexOf(stem(part)),
  }));
}
