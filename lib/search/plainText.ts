/**
 * Abstracts as plain text, for indexing and snippets: Markdown abstracts lose their link targets,
 * emphasis marks and heading hashes, so neither a URL nor "**" shows up in a snippet or the index.
 */
export type AbstractMarkup = 'text' | 'markdown';

/** The readable text of an abstract, whitespace collapsed. */
export function plainAbstract(abstract: string, markup: AbstractMarkup = 'text'): string {
  const text =
    markup === 'markdown'
      ? abstract
          .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/<[^>\s][^>]*>/g, ' ')
          .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
          .replace(/(\*\*|__|[*_`~])/g, '')
      : abstract;
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
