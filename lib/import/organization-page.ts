/**
 * Writes one organization-year of the archive JSON as a catalog page in the Markdown format that
 * lib/content/markdown-page.ts reads: front matter for the organization, its description, then
 * "## Projects" with one "### Title" per project, a details list, and the abstract.
 *
 * Everything here is a pure function of the JSON: the same organization always gives the same
 * bytes, which is what lets a second import report every page as unchanged.
 */
import matter from 'gray-matter';
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { FRONT_MATTER_KEYS, PROJECT_DETAILS } from '../content/markdown-page';
import { programById } from '../programs';
import { organizationSlug } from '../slugs';
import type { ArchiveOrganization, ArchiveProject } from './archive';
import { descriptionToMarkdown, plainTextToMarkdown } from './description';

export interface GeneratedPage {
  /** Relative to the output folder, with forward slashes: "2016/apache-software-foundation.md". */
  path: string;
  /** The page's Markdown, before the importer's stamp is added. */
  text: string;
}

const PROGRAM_NAME = programById('gsoc').name;

/**
 * The JSON fields that have no front matter key of their own, as `links` (label → value), in the
 * order the page lists them.
 */
const LINK_FIELDS = [
  ['Contact email', (organization) => asMailto(organization.contact_email)],
  ['IRC', (organization) => organization.irc_channel],
  ['Twitter', (organization) => organization.twitter_url],
  ['Blog', (organization) => organization.blog_url],
  ['Facebook', (organization) => organization.facebook_url],
  ['Ideas list', (organization) => organization.ideas_url],
  ['Contributor guidance', (organization) => organization.guide_url],
  // The organization's page on the archive site, which lists its projects.
  ['Archive page', (organization) => organization.projects_url],
] as const satisfies readonly (readonly [string, (organization: ArchiveOrganization) => string | null | undefined])[];

type FrontMatter = Partial<Record<keyof typeof FRONT_MATTER_KEYS, unknown>>;
type DetailLabel = 'Contributor' | 'Code' | 'Project page';
// Ties the labels written here to the ones the page parser knows.
type KnownDetail = Lowercase<DetailLabel> extends keyof typeof PROJECT_DETAILS ? DetailLabel : never;

// GFM, as the loader and the renderer read pages: its writer escapes what GFM would misread
// (a "~" that would strike text through), and it can write the tables some HTML abstracts hold.
const markdownWriter = unified().use(remarkGfm).use(remarkStringify, {
  // "-" for the details lists, as the page format documents them; a list right after one then
  // gets "*", so that an abstract opening with a list never merges into the details.
  bullet: '-',
});

/**
 * A description holds something Markdown (as we write it) has no syntax for, like an HTML table:
 * the organization cannot be imported as it is, and the message says which project to look at.
 */
export class UnwritableDescriptionError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: cannot be written as Markdown (${detail})`);
    this.name = 'UnwritableDescriptionError';
  }
}

/** The page of one organization-year, at `YYYY/<organization-slug>.md`. */
export function organizationPage(organization: ArchiveOrganization, year: number): GeneratedPage {
  return {
    path: pagePath(organization.name, year),
    text: `${frontMatterOf(organization, year)}\n${bodyTextOf(organization)}`,
  };
}

function bodyTextOf(organization: ArchiveOrganization): string {
  try {
    return markdownWriter.stringify(bodyOf(organization));
  } catch (cause) {
    // remark-stringify refuses a node it has no syntax for. Only on this rare path, find the
    // description that holds it, so the message points at it; anything else is a bug.
    const descriptions = [
      ['description', organization.description, plainTextToMarkdown] as const,
      ...organization.projects.map((project, index) => [`projects[${index}].description`, project.description, descriptionToMarkdown] as const),
    ];
    for (const [field, description, toMarkdown] of descriptions) {
      try {
        markdownWriter.stringify({ type: 'root', children: toMarkdown(description) });
      } catch (descriptionCause) {
        throw new UnwritableDescriptionError(field, (descriptionCause as Error).message);
      }
    }
    throw cause;
  }
}

/** The page of an organization-year, named by the organization slug rules (organizationSlug: "C# Tools" → c-sharp-tools, apart from "C Tools"). */
export function pagePath(organizationName: string, year: number): string {
  return `${year}/${organizationSlug(organizationName)}.md`;
}

function frontMatterOf(organization: ArchiveOrganization, year: number): string {
  // Typed as front matter, so a key the page parser does not know fails to compile.
  const fields = withoutEmpty<FrontMatter>({
    program: PROGRAM_NAME,
    year,
    organization: organization.name,
    web_page: organization.url,
    mailing_list: organization.mailing_list,
    category: organization.category,
    topics: tags(organization.topics),
    technologies: tags(organization.technologies),
  });
  const links = withoutEmpty(Object.fromEntries(LINK_FIELDS.map(([label, value]) => [label, value(organization)?.trim()])));
  // Tags read best on one line ("topics: [web, cloud]"), links one per line.
  const yaml = toYaml(fields, 1) + (Object.keys(links).length > 0 ? toYaml({ links } satisfies FrontMatter, -1) : '');
  return `---\n${yaml}---\n`;
}

/**
 * YAML written by gray-matter, the library that reads the pages back (js-yaml inside): whatever
 * it quotes or leaves plain, it reads the same way. No line folding, so a long value stays on one line.
 */
function toYaml(data: Record<string, unknown>, flowLevel: number): string {
  const options = { language: 'yaml', lineWidth: -1, flowLevel };
  const page = matter.stringify('', data, options);
  return page.slice('---\n'.length, page.lastIndexOf('---\n'));
}

function bodyOf(organization: ArchiveOrganization): Root {
  const children: RootContent[] = [...plainTextToMarkdown(organization.description)];
  if (organization.projects.length > 0) {
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Projects' }] });
    for (const project of organization.projects) for (const node of projectNodes(project)) children.push(node);
  }
  return { type: 'root', children };
}

function projectNodes(project: ArchiveProject): RootContent[] {
  return [
    { type: 'heading', depth: 3, children: [{ type: 'text', value: oneLine(project.title) }] },
    detailsOf(project),
    ...descriptionToMarkdown(project.description),
  ];
}

/**
 * "- Contributor: …", "- Code: <URL>", "- Project page: <URL>". Every project gets the list, so
 * that an abstract which itself opens with a list is never read as the project's details.
 */
function detailsOf(project: ArchiveProject): List {
  const details: [KnownDetail, PhrasingContent][] = [];
  if (project.student_name) details.push(['Contributor', { type: 'text', value: oneLine(project.student_name) }]);
  if (project.code_url) details.push(['Code', link(project.code_url)]);
  if (project.project_url) details.push(['Project page', link(project.project_url)]);
  // No detail at all (none in the archive, but possible): an empty contributor keeps the list.
  if (details.length === 0) details.push(['Contributor', { type: 'text', value: '' }]);
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: details.map(([label, value]): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: `${label}: ` }, value] }],
    })),
  };
}

/** A link whose text is its URL: written as an autolink, `<https://…>`. */
function link(url: string): PhrasingContent {
  return { type: 'link', url, children: [{ type: 'text', value: url }] };
}

/** A heading or a list item is one line: a line break inside a title would cut it in two. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Topics and technologies as the loader wants them: no empty entries. */
function tags(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter(Boolean);
}

/** A bare address becomes a mailto: URL, as most years give it; a web form's URL stays as it is. */
function asMailto(value: string): string {
  const address = value.trim();
  return /^[^\s@:/]+@[^\s@/]+$/.test(address) ? `mailto:${address}` : address;
}

/** Drops the fields a page need not write: empty text, empty lists, absent values. */
function withoutEmpty<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}
