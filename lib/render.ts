/**
 * Descriptions and abstracts → sanitized HTML, written once for both markups. Content is
 * untrusted: whatever a page holds, no script, style, event handler, or javascript:/data: URL
 * reaches the site.
 */
import type { Paragraph, Root as MdastRoot } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Markup } from './content/schema';
import { truncateAtWord } from './human-readable';
import { literalTextToMdast } from './literal-text';

const markdownParser = unified()
  // GFM: bare URLs become links, and tables and strikethrough read as they do on GitHub.
  .use(remarkParse)
  .use(remarkGfm);

const htmlWriter = unified()
  // Raw HTML in Markdown is dropped here (no allowDangerousHtml), before sanitizing even starts.
  .use(remarkRehype)
  // GitHub's allowlist: no script/style/iframe, no on* attributes, only http(s)/mailto URLs.
  .use(rehypeSanitize, sanitizeSchema())
  // Links that leave the site must not hand it window.opener or a referrer.
  .use(rehypeExternalLinks)
  .use(rehypeStringify);

function sanitizeSchema() {
  return {
    ...defaultSchema,
    // Images never reach this far (contentLinks turns them into their alt text); if one did, it goes.
    tagNames: defaultSchema.tagNames?.filter((tag) => tag !== 'img'),
    protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
    // remark-rehype already prefixes the only ids content can make (footnotes, "user-content-fn-1")
    // and the links to them; a second prefix here would leave every footnote link pointing nowhere.
    clobberPrefix: '',
  };
}

/**
 * Where a link from content may point. Content was written for the archive's own site, so a
 * relative link ("loomio.org", "../ideas") means nothing here: a bare domain gets https://, and
 * anything else relative stops being a link (its text stays).
 */
export function contentHref(url: string): string | undefined {
  const href = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (href.startsWith('//')) return `https:${href}`;
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=$|[/?#:])/i.exec(href)?.[1]?.toLowerCase();
  // "loomio.org" is a site; "setup.py" or "README.md" is a file beside a page we do not have.
  if (host && (host.startsWith('www.') || COMMON_TOP_LEVEL_DOMAINS.has(host.slice(host.lastIndexOf('.') + 1)))) return `https://${href}`;
  return undefined;
}

const COMMON_TOP_LEVEL_DOMAINS = new Set(
  'com org net io dev edu gov info app ai co me tech cloud eu uk de fr nl es it ch at be se no fi dk pl cz ru jp cn in br ca au us'.split(' '),
);

/** Images become their alt text (hot-linking others' servers from every page is not ours to do); links are fixed or unwrapped. */
function contentLinks(tree: MdastRoot): void {
  // A reference link ("[here][ref]") takes its URL from a definition anywhere on the page: one
  // whose URL cannot stand ("[ref]: javascript:…") makes its references text, not <a href="">.
  const unsafeDefinitions = new Set<string>();
  visit(tree, 'definition', (node) => {
    if (!contentHref(node.url)) unsafeDefinitions.add(node.identifier);
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'linkReference' && unsafeDefinitions.has(node.identifier)) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      parent.children.splice(index, 1, ...(node.alt ? [{ type: 'text' as const, value: node.alt }] : []));
      return index;
    }
    if (node.type === 'link') {
      const href = contentHref(node.url);
      if (href) node.url = href;
      else {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
    }
    if (node.type === 'definition') node.url = contentHref(node.url) ?? '';
    return undefined;
  });
}

function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string' && /^(https?:)?\/\//i.test(href)) node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}

/** The syntax tree of a description or abstract, whichever markup it is written in. */
function toMdast(source: string, markup: Markup): MdastRoot {
  if (markup === 'text') return { type: 'root', children: literalTextToMdast(source) };
  if (!MAY_HOLD_MARKDOWN_CONSTRUCT.test(source)) return { type: 'root', children: plainParagraphs(source) };
  return parseMarkdown(source);
}

/** Markdown read by the parser, always: what plainParagraphs must agree with. */
function parseMarkdown(source: string): MdastRoot {
  const tree = markdownParser.runSync(markdownParser.parse(source)) as MdastRoot;
  contentLinks(tree);
  rawHtmlAsText(tree);
  return tree;
}

/**
 * Anything that can make Markdown other than paragraphs of text: a character that can open an
 * inline construct (emphasis, code, link, raw HTML, character reference, escape, strikethrough,
 * table cell, GFM's literal autolinks of URLs and email addresses), a line that can open a block
 * (heading, list, quote, fence, thematic break, setext underline, indented code), a hard break
 * (two spaces at a line's end), a tab, a line ending or control character other than "\n", or a byte
 * order mark (which the parser drops).
 * Stricter than MARKDOWN_SYNTAX below, which only has to keep the words: this keeps the HTML.
 */
const MAY_HOLD_MARKDOWN_CONSTRUCT = /[*_`[\]<>|#~\\&@\0-\x09\x0b-\x1f\x7f\uFEFF]|:\/\/|www\.|^ *(?:[-+=]|\d+[.)](?: |$))|^ {4}| {2}$/im;

/**
 * Paragraphs of text as CommonMark reads them: split at blank lines, each line's leading and
 * trailing spaces dropped, its lines joined by "\n". Three in four of the whole archive's Markdown
 * abstracts and descriptions are only that, and parsing them was half of what rendering the
 * project pages' Markdown cost a build (docs/measurements.md, "Build"); tests/render.test.ts holds
 * this to the parser's tree, text for text.
 */
function plainParagraphs(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of source.split(/\n(?: *\n)+/)) {
    // Spaces only: CommonMark keeps other white space (a no-break space is text).
    const value = block
      .split('\n')
      .map((line) => line.replace(/^ +| +$/g, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (value) paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value }] });
  }
  return paragraphs;
}

/**
 * Raw HTML in content keeps its words and loses its tags: "<div>Use the API</div>" shows "Use the
 * API" instead of vanishing with the element, and no tag, attribute or script ever reaches the
 * page (script and style elements go whole: their text is code, not prose).
 */
function rawHtmlAsText(tree: MdastRoot): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const words = node.value
      .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^>]*>?/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const text = { type: 'text' as const, value: parent.type === 'root' ? words : node.value.replace(/<[^>]*>?/g, '') };
    const replacement = parent.type === 'root' ? (words ? [{ type: 'paragraph', children: [text] }] : []) : [text];
    parent.children.splice(index, 1, ...(replacement as never[]));
    return index;
  });
}

/** Sanitized HTML for a description or an abstract. */
export function renderMarkup(source: string, markup: Markup): string {
  return renderTree(source, () => toMdast(source, markup));
}

/** renderMarkup of Markdown, always parsed: what its shortcut for plain paragraphs must agree with. */
export function renderParsedMarkdown(source: string): string {
  return renderTree(source, () => parseMarkdown(source));
}

function renderTree(source: string, tree: () => MdastRoot): string {
  if (!source.trim()) return '';
  try {
    return String(htmlWriter.stringify(htmlWriter.runSync(tree())));
  } catch (error) {
    // The loader refuses text that nests deep enough to exhaust the stack (lib/content/nesting.ts);
    // should any still do, the page shows it as plain text rather than the build failing.
    if (!(error instanceof RangeError)) throw error;
    return String(htmlWriter.stringify(htmlWriter.runSync(toMdast(source, 'text'))));
  }
}

/**
 * Any character that can make Markdown syntax: emphasis, code, links, HTML, tables, headings,
 * escapes, a character reference, NUL (which CommonMark replaces), or a list, quote or setext
 * marker at a line's start. Markdown without one reads as its own words, whitespace collapsed.
 */
const MARKDOWN_SYNTAX = /[*_`[\]<>|#~\\\0]|^[ \t]*(?:[-+=]|\d+[.)](?:\s|$))|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/im;

/** The readable text of a description or abstract: Markdown read (escapes, links, emphasis), blocks joined by a space. */
export function readableText(source: string, markup: Markup): string {
  // Skipping the parse where there is nothing to parse: 73% of the whole archive's Markdown
  // abstracts and descriptions (9,439 of 12,903), with the same text for every one of them, and
  // 55% less time for the search index and the open data files, which read every abstract
  // (12.0 s against 26.5 s for all of them, on a loaded machine).
  if (markup === 'text' || !MARKDOWN_SYNTAX.test(source)) return source.replace(/\s+/g, ' ').trim();
  return readMarkdownText(source);
}

const abstractTexts = new WeakMap<object, string>();

/**
 * A project's abstract as readableText, read once per record: a build reads every abstract twice
 * over (the search index, the open data files), and reading is most of what either costs.
 */
export function abstractText(project: { abstract: string; markup?: Markup }): string {
  let text = abstractTexts.get(project);
  if (text === undefined) abstractTexts.set(project, (text = readableText(project.abstract, project.markup ?? 'text')));
  return text;
}

/**
 * Gives abstractText each project's text as read before, by `catalog build-data`, which the records
 * snapshot carries (lib/content/snapshot.ts): each of Next's rendering workers lists every project
 * with its excerpt, and reading every abstract again cost each of them 4 s of a build.
 */
export function rememberAbstractTexts(projects: readonly { abstract: string; markup?: Markup }[], texts: readonly string[]): void {
  projects.forEach((project, index) => {
    const text = texts[index];
    if (text !== undefined) abstractTexts.set(project, text);
  });
}

/** readableText of Markdown, always parsed: what the shortcut above must agree with. */
export function readMarkdownText(source: string): string {
  // Leaf block by leaf block, so that paragraphs, list items and cells do not run into each other.
  const blocks: string[] = [];
  visit(parseMarkdown(source), (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return SKIP;
    }
    return undefined;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

/** The readable text of a description or abstract, cut at a word boundary to at most `maxLength`. */
export function excerpt(source: string, markup: Markup, maxLength = 220): string {
  return truncateAtWord(readableText(source, markup), maxLength);
}

/**
 * A project's abstract as excerpt, read once per record (abstractText): the build lists a project
 * with its excerpt on its organization-year's page and on the page of each technology, topic and
 * category of its organization, and names it in its own page's description.
 */
export function abstractExcerpt(project: { abstract: string; markup?: Markup }, maxLength = 220): string {
  return truncateAtWord(abstractText(project), maxLength);
}
