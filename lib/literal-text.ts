/**
 * Literal text as a Markdown syntax tree, for text that must never be read as Markdown (text pages,
 * and the archive's plain-text abstracts): "a_b_c", "C++" and "Vec<ll>" stay as written. Its
 * paragraphs are blank-line separated, and its bare http(s) URLs become links.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';

// Trailing punctuation ends a sentence more often than a URL: "see http://x.org." links http://x.org.
const BARE_URL = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’]/gi;

export interface LiteralTextOptions {
  /** Keep each line end as a line break, as the archive showed typed text; otherwise lines flow. */
  lineBreaks?: boolean;
}

export function literalTextToMdast(text: string, { lineBreaks = false }: LiteralTextOptions = {}): Paragraph[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map(
      (lines): Paragraph => ({
        type: 'paragraph',
        children: lineBreaks
          ? lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }]))
          : [{ type: 'text', value: lines.join(' ') }],
      }),
    );
  linkifyBareUrls({ type: 'root', children: paragraphs });
  return paragraphs;
}

/** Turns the bare http(s) URLs in a tree's text into links, leaving links and code alone. */
export function linkifyBareUrls(tree: Root): void {
  findAndReplace(tree, [BARE_URL, (url: string): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value: url }] })], {
    ignore: ['link', 'linkReference', 'inlineCode', 'code'],
  });
}
