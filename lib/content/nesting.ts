/**
 * How deep a Markdown text nests, measured on its lines before any parser sees it. The Markdown
 * libraries recurse as deep as the text nests: 10,000 list markers, 5,000 emphasis levels or
 * 10,000 ">" exhaust their stack, and a 2,000-level indented list takes minutes. No real page
 * comes near these limits; a page past them is refused at the line where it goes too deep.
 */

/** Lists and quotes inside each other: a real page rarely passes 5. */
export const MAX_BLOCK_NESTING = 32;
/** Emphasis, link and code delimiters on one line: a long line of real prose holds a few dozen. */
export const MAX_INLINE_DELIMITERS = 1_000;

export interface NestingProblem {
  /** 1-based line of the text. */
  line: number;
  kind: 'block' | 'inline';
  depth: number;
}

// One level of block container at the start of a line: a quote marker, or a list marker.
const CONTAINER = /^ {0,3}(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))[ \t]?/;

/** The first line that nests deeper than the limits, or undefined. Linear in the text's length. */
export function nestingProblem(text: string): NestingProblem | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let rest = line;
    let markers = 0;
    for (let match = CONTAINER.exec(rest); match && match[0].length > 0 && markers <= MAX_BLOCK_NESTING; match = CONTAINER.exec(rest)) {
      markers++;
      rest = rest.slice(match[0].length);
    }
    // An indented list nests by indentation: each level is two spaces or more.
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const listByIndent = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line) ? Math.floor(indent / 2) + 1 : 0;
    const depth = Math.max(markers, listByIndent);
    if (depth > MAX_BLOCK_NESTING) return { line: index + 1, kind: 'block', depth };
    let delimiters = 0;
    for (let at = 0; at < line.length; at++) {
      const code = line.charCodeAt(at);
      // * _ [ ] ` < ~
      if (code === 42 || code === 95 || code === 91 || code === 93 || code === 96 || code === 60 || code === 126) delimiters++;
    }
    if (delimiters > MAX_INLINE_DELIMITERS) return { line: index + 1, kind: 'inline', depth: delimiters };
  }
  return undefined;
}
