/**
 * Turns an archive description into Markdown syntax nodes (mdast), for the page writer to place
 * under an organization or a project. Nodes rather than text, so that the whole page is written
 * by one remark-stringify pass, which escapes every character Markdown would misread and keeps
 * neighbouring lists apart.
 *
 * The archive has two kinds of description:
 * - HTML (every project of 2016–2021): parsed with rehype-parse and mapped to Markdown's syntax
 *   tree by rehype-remark; whitespace is normalized and entities decoded on the way.
 * - plain text (2022 on, and every organization's one-line description): what the contributor
 *   typed, shown by the archive as typed. Many look like Markdown but are not written as such
 *   (`Vec<ll>`, `Get*****Color()`, a line of dashes under a sentence, indented "1." lines), so
 *   the text is kept as text: paragraphs at blank lines, a line break at each line end, and every
 *   Markdown-significant character escaped on output. The page then reads as the archive did.
 */
import type { Heading, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { linkifyBareUrls, literalTextToMdast } from '../literal-text';

/** Headings inside an abstract start at this level: "###" starts the next project, "##" ends the list. */
export const FIRST_ABSTRACT_HEADING_DEPTH = 4;

// A description is HTML when it opens with one of the tags the archive's HTML descriptions use.
// Plain-text descriptions do contain things like "<inertia>" or "<S>", but never open with a
// real HTML block or inline tag.
const HTML_START = /^\s*<(?:p|div|ul|ol|li|h[1-6]|pre|blockquote|table|br|hr|strong|em|b|i|a|code|span)\b[^>]*>/i;

const htmlToMarkdown = unified()
  // A description is a fragment of a page: no <html>/<body> wrapper to add or drop.
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark);

export function isHtml(description: string): boolean {
  return HTML_START.test(description);
}

/** The description as Markdown nodes: HTML converted, plain text kept as text. */
export function descriptionToMarkdown(description: string): RootContent[] {
  return isHtml(description) ? htmlDescriptionToMarkdown(description) : plainTextToMarkdown(description);
}

export function htmlDescriptionToMarkdown(html: string): RootContent[] {
  const tree = htmlToMarkdown.runSync(htmlToMarkdown.parse(html)) as Root;
  demoteHeadings(tree);
  // A URL the HTML left as text is still a URL: a link reads better than an escaped "https\://".
  linkifyBareUrls(tree);
  return tree.children;
}

/** Paragraphs at blank lines; within one, each line ends in a hard break, as the text was shown. Bare URLs become links. */
export function plainTextToMarkdown(text: string): RootContent[] {
  return literalTextToMdast(text, { lineBreaks: true });
}

/**
 * Shifts the abstract's headings so that its highest one is a "####": a "## Projects" or "###"
 * inside an abstract would otherwise end the projects or start a new one. Their order is kept,
 * and nothing goes deeper than Markdown's "######".
 */
function demoteHeadings(tree: Root): void {
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    headings.push(heading);
  });
  if (headings.length === 0) return;
  const shift = Math.max(0, FIRST_ABSTRACT_HEADING_DEPTH - Math.min(...headings.map((heading) => heading.depth)));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}
