/**
 * Parser for Markdown pages: front matter for the organization-year, the body for its
 * description and projects (see README, "Markdown pages"):
 *
 *     ---
 *     program: Google Summer of Code
 *     year: 2014
 *     organization: Xen Project
 *     ---
 *     Description…
 *
 *     ## Projects
 *
 *     ### Lazy Restore Using Memory Paging
 *
 *     - Contributor: …          (optional details: a list right under the heading)
 *
 *     Abstract…
 *
 * The body is read as a Markdown syntax tree (remark), never with regexes over the text, so
 * that a "## Projects" inside a code block or a list is not mistaken for the section.
 */
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading, List, Root, RootContent } from 'mdast';
import { messages, type Issue, type Severity } from './issues';
import { MAX_BLOCK_NESTING, MAX_INLINE_DELIMITERS, nestingProblem } from './nesting';
import { field, normalizeNewlines, type PageField, type ParsedPage, type ParsedProject } from './parsed-page';

/** Front matter keys and the record field each fills. */
export const FRONT_MATTER_KEYS = {
  program: 'program',
  year: 'year',
  organization: 'name',
  slug: 'slug',
  aliases: 'aliases',
  license: 'license',
  web_page: 'webPage',
  mailing_list: 'mailingList',
  links: 'links',
  category: 'category',
  topics: 'topics',
  technologies: 'technologies',
} as const satisfies Record<string, string>;

/** Project details, written as "- Key: value" items in a list right under the project heading. */
export const PROJECT_DETAILS = {
  contributor: 'contributor',
  mentors: 'mentors',
  code: 'codeUrl',
  'project page': 'projectUrl',
} as const satisfies Record<string, string>;

/** Record field → the front matter key that fills it, to name a missing field as the page would. */
const FIELD_LABELS = Object.fromEntries(Object.entries(FRONT_MATTER_KEYS).map(([key, recordField]) => [recordField, key]));

const DETAIL_ITEM = /^([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*([\s\S]*)$/;
const PROJECTS_HEADING = /^projects$/i;
// The page's structure (headings, lists, code blocks) is all the loader needs of most of the
// body: abstracts are kept as source. So the body is parsed with inline constructs turned off,
// which is what costs most on an archive of 11 MB of Markdown, and only project headings and
// details lists are parsed again in full, with GFM, as the page is rendered.
const INLINE_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];
const structureParser = remark().data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]);
const fullParser = remark().use(remarkGfm);

/**
 * The body's block structure, parsed a project at a time. micromark takes time quadratic in the
 * number of top-level blocks of one document (5,000 projects: 9 s; 10,000: 32 s), so the body is
 * cut before each "### " heading that follows a blank line outside a code fence or a raw HTML block
 * that spans blank lines: there CommonMark has closed every open block, so each piece parses as it
 * would have in the whole, and the pieces' trees are joined with their positions shifted back.
 */
function parseStructure(text: string, onSwallowed: (line: number, openedAt: number) => void): Root {
  const children: RootContent[] = [];
  const { starts, swallowed } = pieceStarts(text);
  for (const { line, openedAt } of swallowed) onSwallowed(line, openedAt);
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.offset ?? text.length;
    const piece = structureParser.parse(text.slice(start.offset, end));
    if (start.offset > 0) {
      visit(piece, (node) => {
        if (!node.position) return;
        for (const point of [node.position.start, node.position.end]) {
          point.line += start.line - 1;
          if (point.offset !== undefined) point.offset += start.offset;
        }
      });
    }
    for (const child of piece.children) children.push(child);
  });
  return { type: 'root', children };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Raw HTML blocks that CommonMark keeps open across blank lines, until their closing marker.
const OPEN_HTML = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)|^ {0,3}<!--/i;
const PROJECT_HEADING_LINE = /^ {0,3}###(?:[ \t]|$)/;

/** Where each piece of the body starts: offset and 1-based line. */
function pieceStarts(text: string): { starts: { offset: number; line: number }[]; swallowed: { line: number; openedAt: number }[] } {
  const starts = [{ offset: 0, line: 1 }];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  // "### " lines inside the open fence or HTML block, and where it opened: if it never closes,
  // CommonMark reads them as its content, and the projects they look like are not projects.
  let openedAt = 0;
  let inside: number[] = [];
  let previousBlank = true;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (fence || htmlEnd) {
      const closing = FENCE.exec(line)?.[1];
      if (fence && closing && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing) fence = undefined;
      else if (htmlEnd?.test(line)) htmlEnd = undefined;
      else if (PROJECT_HEADING_LINE.test(line)) inside.push(index + 1);
      if (!fence && !htmlEnd) inside = [];
    } else if (previousBlank && index > 0 && PROJECT_HEADING_LINE.test(line)) {
      starts.push({ offset, line: index + 1 });
    } else {
      const opening = FENCE.exec(line)?.[1];
      const html = OPEN_HTML.exec(line);
      if (opening) fence = opening;
      else if (html) {
        const end = html[1] ? new RegExp(`</${html[1]}>`, 'i') : /-->/;
        if (!end.test(line.slice(html[0].length))) htmlEnd = end;
      }
      if (fence || htmlEnd) openedAt = index + 1;
    }
    previousBlank = line.trim() === '';
    offset += line.length + 1;
  });
  return { starts, swallowed: fence || htmlEnd ? inside.map((line) => ({ line, openedAt })) : [] };
}

/** The body of a page, and where it starts in the file. */
class Body {
  constructor(
    readonly text: string,
    readonly firstLine: number,
  ) {}

  /** The file line a node starts on. */
  lineOf(node: { position?: { start: { line: number } } }): number {
    return (node.position?.start.line ?? 1) + this.firstLine - 1;
  }

  /** The Markdown source of consecutive nodes, as written. */
  slice(nodes: RootContent[]): string {
    return nodes.length === 0 ? '' : this.text.slice(nodes[0]!.position!.start.offset, nodes.at(-1)!.position!.end.offset).trim();
  }

  /** A node parsed again with every construct on, its lines still counted as in the body. */
  reparse<T extends RootContent>(node: T): T {
    const { start, end } = node.position!;
    const tree = fullParser.parse(this.text.slice(start.offset! - (start.column - 1), end.offset));
    const shift = start.line - 1;
    visit(tree, (child) => {
      if (child.position) {
        child.position.start.line += shift;
        child.position.end.line += shift;
      }
    });
    return tree.children[0] as T;
  }
}

export function parseMarkdownPage(source: string, file: string): ParsedPage {
  const text = normalizeNewlines(source);
  const issues: Issue[] = [];
  const report = (line: number, message: string, severity: Severity = 'error') =>
    issues.push({ file, line, severity, message });
  const fields: Record<string, PageField> = {};
  const page: ParsedPage = { file, markup: 'markdown', line: 1, fields, fieldLabels: FIELD_LABELS, projects: [], issues, unreadable: false };

  const { body: bodyText, bodyLine } = readFrontMatter(text, page, report);
  const tooDeep = nestingProblem(bodyText);
  if (tooDeep) {
    report(bodyLine + tooDeep.line - 1, tooDeep.kind === 'block' ? messages.nestedTooDeep(tooDeep.depth, MAX_BLOCK_NESTING) : messages.tooManyDelimiters(tooDeep.depth, MAX_INLINE_DELIMITERS));
    return refusedBody(page, bodyText, bodyLine, report);
  }
  const body = new Body(bodyText, bodyLine);
  let tree: Root;
  try {
    tree = parseStructure(bodyText, (line, openedAt) =>
      report(bodyLine + line - 1, messages.headingInUnclosedBlock(bodyLine + openedAt - 1), 'warning'),
    );
  } catch (error) {
    // A stack overflow the line scan did not foresee: this page, not the run.
    if (!(error instanceof RangeError)) throw error;
    report(bodyLine, messages.nestedTooDeep(undefined, MAX_BLOCK_NESTING));
    return refusedBody(page, bodyText, bodyLine, report);
  }

  const sections = splitAtProjectsHeading(tree, body, report);
  fields.description = field(body.slice(sections.description), bodyLine, 'the description');
  if (sections.projects) readProjects(sections.projects, page, body, report);
  return page;
}

/**
 * A body that cannot be read: the page is unreadable, and each "### " heading line is still named
 * as a project not loaded, so that no project disappears without a word.
 */
function refusedBody(page: ParsedPage, bodyText: string, bodyLine: number, report: (line: number, message: string) => void): ParsedPage {
  page.unreadable = true;
  bodyText.split('\n').forEach((line, index) => {
    const title = /^ {0,3}###[ \t]+(.+?)[ \t#]*$/.exec(line)?.[1];
    if (title) report(bodyLine + index, messages.projectNotLoaded(title));
  });
  return page;
}

function readFrontMatter(
  text: string,
  page: ParsedPage,
  report: (line: number, message: string) => void,
): { body: string; bodyLine: number } {
  const lines = text.split('\n');
  // Where front matter ends, one definition for every step: the first line after the opening one
  // that starts with "---", as gray-matter reads it. A fence with more on its line ("--- ",
  // "---x") would be read differently by a person, a YAML tool and gray-matter: it is an error.
  const closing = lines[0] === '---' ? lines.findIndex((line, index) => index > 0 && line.startsWith('---')) : -1;
  if (closing !== -1 && lines[closing] !== '---') {
    report(closing + 1, messages.frontMatterFence(lines[closing]!));
    page.unreadable = true;
    return { body: lines.slice(closing + 1).join('\n'), bodyLine: closing + 2 };
  }
  if (closing === -1) {
    report(1, lines[0] === '---' ? messages.frontMatterSyntax('the block opened on line 1 is never closed by a "---" line') : messages.frontMatterMissing());
    page.unreadable = true;
    return { body: text, bodyLine: 1 };
  }
  const body = lines.slice(closing + 1).join('\n');
  const bodyLine = closing + 2;

  let data: unknown;
  try {
    // Passing options keeps gray-matter from caching by content: a file edited back to an
    // earlier text must be parsed again, not served from the cache.
    data = matter(text, { language: 'yaml' }).data;
  } catch (error) {
    const yamlError = error as { reason?: string; mark?: { line?: number }; message?: string };
    report(Math.min((yamlError.mark?.line ?? 0) + 1, closing + 1), messages.frontMatterSyntax(yamlError.reason ?? String(yamlError.message)));
    page.unreadable = true;
    return { body, bodyLine };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(2, messages.frontMatterNotMapping());
    page.unreadable = true;
    return { body, bodyLine };
  }

  const keyLines = new Map<string, number>();
  lines.slice(1, closing).forEach((line, index) => {
    const key = /^([^\s#:][^:]*?)\s*:/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 2);
  });
  // A key YAML reads into no own property ("__proto__") would vanish without a word.
  for (const [key, line] of keyLines) {
    if (!Object.hasOwn(data, key) && !Object.hasOwn(FRONT_MATTER_KEYS, key)) report(line, messages.unknownFrontMatterKey(key, closestKey(key, Object.keys(FRONT_MATTER_KEYS))));
  }
  for (const [key, value] of Object.entries(data)) {
    const line = keyLines.get(key) ?? 2;
    // Own properties only: "constructor" or "toString" is an unknown key, not Object.prototype's.
    const recordField = Object.hasOwn(FRONT_MATTER_KEYS, key) ? FRONT_MATTER_KEYS[key as keyof typeof FRONT_MATTER_KEYS] : undefined;
    if (!recordField) {
      report(line, messages.unknownFrontMatterKey(key, closestKey(key, Object.keys(FRONT_MATTER_KEYS))));
      continue;
    }
    page.fields[recordField] = field(recordField === 'links' ? linksFrom(value) : value, line, key);
  }
  page.line = keyLines.get('organization') ?? 1;
  return { body, bodyLine };
}

/** `links: {IRC: "#xen", Blog: https://…}` → [{label, value}]; anything else is left for validation to reject. */
function linksFrom(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.entries(value).map(([label, linkValue]) => ({ label, value: linkValue }));
}

function splitAtProjectsHeading(
  tree: Root,
  body: Body,
  report: (line: number, message: string) => void,
): { description: RootContent[]; projects?: RootContent[] } {
  const index = tree.children.findIndex((node) => node.type === 'heading' && PROJECTS_HEADING.test(toString(node).trim()));
  if (index === -1) return { description: tree.children };
  const heading = tree.children[index] as Heading;
  if (heading.depth !== 2) report(body.lineOf(heading), messages.projectsHeadingLevel(heading.depth));
  return { description: tree.children.slice(0, index), projects: tree.children.slice(index + 1) };
}

function readProjects(nodes: RootContent[], page: ParsedPage, body: Body, report: (line: number, message: string, severity?: Severity) => void): void {
  let current: { heading: Heading; nodes: RootContent[] } | undefined;
  // After a stray "#"/"##" heading, its text belongs to no project; its error covers it.
  let underStrayHeading = false;
  const finish = () => {
    if (current) page.projects.push(toProject(current.heading, current.nodes, body, report));
    current = undefined;
  };
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) {
      finish();
      underStrayHeading = false;
      current = { heading: node, nodes: [] };
    } else if (node.type === 'heading' && node.depth < 3) {
      finish();
      underStrayHeading = true;
      report(body.lineOf(node), messages.headingAfterProjects(toString(body.reparse(node))));
    } else if (current) {
      current.nodes.push(node);
    } else if (!underStrayHeading) {
      report(body.lineOf(node), messages.contentBeforeFirstProject());
    }
  }
  finish();
}

function toProject(heading: Heading, nodes: RootContent[], body: Body, report: (line: number, message: string, severity?: Severity) => void): ParsedProject {
  const line = body.lineOf(heading);
  const title = headingText(heading, body);
  const fields: Record<string, PageField> = { title: field(title, line, 'title') };
  let abstractNodes = nodes;
  const details = nodes[0]?.type === 'list' ? readDetails(body.reparse(nodes[0])) : undefined;
  if (details) {
    abstractNodes = nodes.slice(1);
    for (const detail of details) {
      const detailLine = body.lineOf(detail.node);
      const detailKey = detail.key.toLowerCase();
      const recordField = Object.hasOwn(PROJECT_DETAILS, detailKey) ? PROJECT_DETAILS[detailKey as keyof typeof PROJECT_DETAILS] : undefined;
      if (!recordField) {
        report(detailLine, messages.unknownProjectField(detail.key, Object.keys(PROJECT_DETAILS)));
        continue;
      }
      if (recordField === 'contributor' || recordField === 'mentors') {
        // Names are text: a link inside ("Jane Doe (jane@example.org)") is read as the text it
        // shows, beside the names, never in their place. Only an address no text shows is lost.
        for (const link of detail.hiddenLinks) report(detailLine, messages.linkInNamesDropped(detail.key, link.text, link.url), 'warning');
        const value = recordField === 'mentors' ? detail.text.split(',').map((name) => name.trim()).filter(Boolean) : detail.text;
        fields[recordField] = field(value, detailLine, detail.key);
      } else fields[recordField] = field(detail.value, detailLine, detail.key);
    }
  }
  fields.abstract = field(body.slice(abstractNodes), line, 'abstract');
  return { line, title, fields };
}

// Characters that can start an inline construct (emphasis, code, links, entities, escapes, GFM
// strikethrough and autolinks): a heading without them reads the same unparsed.
const MAY_HOLD_INLINE_SYNTAX = /[\\`*_[\]<>&!~@]|https?:|www\./i;

/** A heading's text, inline syntax read: "Faster `grep`" → "Faster grep". */
function headingText(heading: Heading, body: Body): string {
  const raw = toString(heading);
  return (MAY_HOLD_INLINE_SYNTAX.test(raw) ? toString(body.reparse(heading)) : raw).trim();
}

/**
 * A list right under a project heading is the project's details when every item is one
 * "Key: value" paragraph; any other list is the start of the abstract.
 */
function readDetails(list: List): Detail[] | undefined {
  const details: Detail[] = [];
  for (const item of list.children) {
    const paragraph = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined;
    const match = paragraph && DETAIL_ITEM.exec(toString(paragraph));
    if (!match) return undefined;
    const links = paragraph.children.flatMap((child) => (child.type === 'link' ? [{ text: toString(child), url: child.url }] : []));
    const text = match[2]!.trim();
    details.push({
      key: match[1]!.trim(),
      // For an address ("Code: [repo](https://…)") a link's target is the value, its text a label.
      value: links[0]?.url ?? text,
      text,
      // An autolink shows its address ("https://…", "jane@example.org" for mailto:); a link with
      // other text ("[Jane](https://…)") hides it.
      hiddenLinks: links.filter((link) => link.url !== link.text && link.url !== `mailto:${link.text}`),
      node: item,
    });
  }
  return details;
}

interface Detail {
  key: string;
  /** The value of an address field: the first link's target, or the text. */
  value: string;
  /** The value as it reads, links as their text: names are this. */
  text: string;
  /** Links whose address the text does not show. */
  hiddenLinks: { text: string; url: string }[];
  node: RootContent;
}

function closestKey(key: string, known: string[]): string | undefined {
  const normalized = key.toLowerCase().replace(/[-\s]/g, '_');
  return known.find((candidate) => candidate === normalized || editDistance(candidate, normalized) <= 2);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
