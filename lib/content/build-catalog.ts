/**
 * Loads a content folder into organization-year and project records (lib/content/load.ts is the
 * entry point with both parsers built in).
 *
 * The flow is: walk the folder → read each file → parse it (text-page.ts or markdown-page.ts) → validate
 * its fields against the schema → derive slugs and permalinks → check rules that span pages.
 * Every problem becomes an Issue with its file and line; all of them are collected in one run.
 * A project ends up either in the records or named in an error: never silently dropped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { checkCharacters } from './characters';
import { ContentFolderError, MAX_ISSUES_PER_PAGE, messages, type Issue } from './issues';
import { mergeOrganizations, type Merge, type MergeCandidateReport } from './merge';
import type { PageField, ParsedPage } from './parsed-page';
import {
  OrganizationFieldsSchema,
  ProjectFieldsSchema,
  type OrganizationYear,
  type Project,
  type Source,
} from './schema';
import { readPagesOnTwoCores } from './read-pages';
import { parseTextPage, type TextParseOptions } from './text-page';
import { organizationYearPath, projectPath, tagPath } from '../paths';
import { editionName } from '../programs';
import { technologiesNamed } from './mentions';
import { TagVocabulary, type TagKind } from './tag-vocabulary';
import { organizationSlug, tagSlug, uniqueSlugs } from '../slugs';

export interface Catalog {
  organizationYears: OrganizationYear[];
  projects: Project[];
  issues: Issue[];
  /** Organizations whose pages came under several slugs and now share one (see merge.ts). */
  merges: Merge[];
  /** Organizations that some evidence ties together but that were not merged: for a curator. */
  unmerged: MergeCandidateReport[];
  stats: CatalogStats;
}

export interface CatalogStats {
  /** Files read as pages (.txt and .md). */
  pages: number;
  /** Files and folders passed over: other extensions, hidden or "_"-prefixed names. */
  skipped: number;
  errors: number;
  warnings: number;
}

export type LoadOptions = TextParseOptions;

/** A parser of one page format: the page's text → what it says, unvalidated. */
export type PageParser = (source: string, file: string, options: LoadOptions) => ParsedPage;

/** The page formats by file extension. */
export const PAGE_EXTENSIONS = ['.txt', '.md'] as const;
export type PageExtension = (typeof PAGE_EXTENSIONS)[number];

/** Loads every page under `contentDir` with the given parsers. Never throws for bad content: problems are in `issues`. */
export function loadCatalogWith(contentDir: string, parsers: Record<PageExtension, PageParser>, options: LoadOptions = {}): Catalog {
  const { files, skipped } = listPages(contentDir);
  const pages: ParsedPage[] = files.map((file) => readPage(contentDir, file, parsers, options));
  return buildCatalog(pages, skipped);
}

/**
 * The same, for the CLI: the Markdown parser (remark, its GFM extension, gray-matter: a third of
 * a second to import) loads only when the folder has Markdown pages, so that `check` on a folder
 * of text pages starts faster; a large folder is read on two cores (lib/content/read-pages.ts).
 */
export async function loadCatalogAsync(contentDir: string, options: LoadOptions = {}): Promise<Catalog> {
  const { files, skipped } = listPages(contentDir);
  const hasMarkdown = files.some((file) => extensionOf(file) === '.md');
  const parseMarkdown: PageParser = hasMarkdown
    ? (await import('./markdown-page')).parseMarkdownPage
    : () => {
        throw new Error('no Markdown pages were listed');
      };
  const parsers = { '.txt': parseTextPage, '.md': parseMarkdown };
  const readOne = (file: string) => readPage(contentDir, file, parsers, options);
  // A worker thread reads with the default options only (a function does not cross to it).
  const pages = options.splitBullet ? files.map(readOne) : await readPagesOnTwoCores(contentDir, files, readOne);
  return buildCatalog(pages, skipped);
}

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** Turns parsed pages into records; exported for tests that parse pages from strings. */
export function buildCatalog(pages: ParsedPage[], skipped = 0): Catalog {
  const issues: Issue[] = [];
  const seen = new Map<string, OrganizationYear>();
  const loaded: { page: ParsedPage; organizationYear: OrganizationYear; explicitSlug: boolean }[] = [];

  for (const page of pages) {
    checkCharacters(page);
    appendIssues(issues, page);
    const result = page.unreadable ? undefined : toOrganizationYear(page, issues);
    const organizationYear = result?.organizationYear;
    const key = organizationYear && `${organizationYear.programId}/${organizationYear.year}/${organizationYear.slug}`;
    const earlier = key ? seen.get(key) : undefined;
    if (organizationYear && earlier) {
      issues.push(error(page, page.line, messages.duplicateOrganizationYear(organizationYear.name, editionName(organizationYear), earlier.source.file, earlier.source.line)));
    }
    if (!result || !organizationYear || earlier) {
      for (const project of page.projects) issues.push(error(page, project.line, messages.projectNotLoaded(project.title)));
      continue;
    }
    seen.set(key!, organizationYear);
    loaded.push({ page, organizationYear, explicitSlug: result.explicitSlug });
  }

  // One organization across eras and renames: its pages may come under several slugs.
  const { slugs, merges, unmerged } = mergeOrganizations(loaded.map(({ organizationYear, explicitSlug }) => ({ ...organizationYear, explicitSlug })));
  const finalSlugs = new Set(slugs);
  const vocabularies = tagVocabularies(loaded.map(({ organizationYear }) => organizationYear));
  const organizationYears: OrganizationYear[] = [];
  const projects: Project[] = [];
  // An old address leads to one organization: the first page to claim an alias (a merge's old
  // slugs first, then curators' aliases in file order) keeps it, a later claim is an error.
  const aliasClaims = new Map<string, { slug: string; source: Source }>();
  const claim = (alias: string, slug: string, source: Source) => {
    const earlier = aliasClaims.get(alias);
    if (!earlier) aliasClaims.set(alias, { slug, source });
    return !earlier || earlier.slug === slug ? undefined : earlier;
  };
  loaded.forEach(({ organizationYear }, index) => {
    if (slugs[index] !== organizationYear.slug) claim(organizationYear.slug, slugs[index]!, organizationYear.source);
  });
  loaded.forEach(({ page, organizationYear }, index) => {
    const slug = slugs[index]!;
    const merged = slug !== organizationYear.slug ? organizationYear.slug : undefined;
    if (merged) {
      organizationYear.slug = slug;
      organizationYear.path = organizationYearPath(slug, organizationYear);
    }
    organizationYear.aliases = organizationYear.aliases.filter((alias) => {
      if (alias === slug) return false;
      const line = page.fields.aliases?.line ?? page.line;
      if (finalSlugs.has(alias)) {
        issues.push(error(page, line, messages.aliasTaken(alias)));
        return false;
      }
      const earlier = claim(alias, slug, organizationYear.source);
      if (earlier) {
        issues.push(error(page, line, messages.aliasClaimed(alias, earlier.slug, earlier.source.file, earlier.source.line)));
        return false;
      }
      return true;
    });
    if (merged && !organizationYear.aliases.includes(merged)) organizationYear.aliases.push(merged);
    organizationYear.category = vocabularies.category.canonical(organizationYear.categoryAsWritten ? [organizationYear.categoryAsWritten] : [])[0];
    organizationYear.topics = vocabularies.topic.canonical(organizationYear.topicsAsWritten);
    organizationYear.technologies = vocabularies.technology.canonical(organizationYear.technologiesAsWritten);
    for (const [kind, written, fieldName] of [
      ['technology', organizationYear.technologiesAsWritten, 'technologies'],
      ['topic', organizationYear.topicsAsWritten, 'topics'],
      ['category', organizationYear.categoryAsWritten ? [organizationYear.categoryAsWritten] : [], 'category'],
    ] as const) {
      for (const joined of vocabularies[kind].joinedBySlug(written)) {
        issues.push({ ...error(page, page.fields[fieldName]?.line ?? page.line, messages.tagsJoinedBySlug(kind, joined.written, joined.tag.name, tagPath(kind, tagSlug(joined.tag.name)))), severity: 'warning' });
      }
    }
    const loadedProjects = toProjects(page, organizationYear, issues);
    organizationYear.projectCount = loadedProjects.length;
    organizationYears.push(organizationYear);
    for (const project of loadedProjects) projects.push(project);
  });

  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    organizationYears,
    projects,
    issues,
    merges,
    unmerged,
    stats: { pages: pages.length, skipped, errors, warnings: issues.length - errors },
  };
}

function toOrganizationYear(page: ParsedPage, issues: Issue[]): { organizationYear: OrganizationYear; explicitSlug: boolean } | undefined {
  const result = OrganizationFieldsSchema.safeParse(valuesOf(page.fields));
  if (!result.success) {
    for (const issue of zodIssues(page, page.fields, result.error, page.line)) issues.push(issue);
    return undefined;
  }
  const fields = result.data;
  const slug = fields.slug ?? organizationSlug(fields.name);
  const organizationYear: OrganizationYear = {
    program: fields.program.name,
    programId: fields.program.id,
    year: fields.year,
    name: fields.name,
    slug,
    aliases: fields.aliases,
    path: organizationYearPath(slug, { programId: fields.program.id, year: fields.year }),
    description: fields.description,
    markup: page.markup,
    license: fields.license,
    webPage: fields.webPage,
    mailingList: fields.mailingList,
    links: fields.links,
    // Canonical values once every page is read (buildCatalog): the vocabulary is the catalog's.
    category: fields.category,
    topics: fields.topics,
    technologies: fields.technologies,
    categoryAsWritten: fields.category,
    topicsAsWritten: fields.topics,
    technologiesAsWritten: fields.technologies,
    projectCount: 0,
    source: { file: page.file, line: page.line },
  };
  return { organizationYear, explicitSlug: fields.slug !== undefined };
}

function toProjects(page: ParsedPage, organizationYear: OrganizationYear, issues: Issue[]): Project[] {
  // Slugs come from every title on the page, loaded or not, so that fixing one project never
  // renumbers another's permalink.
  const slugs = uniqueSlugs(page.projects.map((project) => project.title || `project-${project.line}`));
  const projects: Project[] = [];
  page.projects.forEach((parsed, index) => {
    const result = ProjectFieldsSchema.safeParse(valuesOf(parsed.fields));
    if (!result.success) {
      for (const issue of zodIssues(page, parsed.fields, result.error, parsed.line)) issues.push(issue);
      issues.push(error(page, parsed.line, messages.projectNotLoaded(parsed.title)));
      return;
    }
    const slug = slugs[index]!;
    projects.push({
      ...result.data,
      markup: page.markup,
      organization: organizationYear.name,
      organizationSlug: organizationYear.slug,
      program: organizationYear.program,
      programId: organizationYear.programId,
      year: organizationYear.year,
      technologies: technologiesNamed([result.data.title, result.data.abstract], organizationYear.technologies),
      organizationTechnologies: organizationYear.technologies,
      slug,
      path: projectPath(organizationYear.slug, organizationYear, slug),
      source: { file: page.file, line: parsed.line },
    });
  });
  return projects;
}

/** The catalog's canonical categories, topics and technologies, from what every page wrote. */
export function tagVocabularies(organizationYears: readonly OrganizationYear[]): Record<TagKind, TagVocabulary> {
  return {
    category: new TagVocabulary('category', organizationYears.flatMap((organizationYear) => organizationYear.categoryAsWritten ?? [])),
    topic: new TagVocabulary('topic', organizationYears.flatMap((organizationYear) => organizationYear.topicsAsWritten)),
    technology: new TagVocabulary('technology', organizationYears.flatMap((organizationYear) => organizationYear.technologiesAsWritten)),
  };
}

/**
 * A page's own issues, at most MAX_ISSUES_PER_PAGE of them and a last one saying how many more:
 * a hostile page of 100,000 broken lines is one page to fix, not a report nobody can read.
 * (A loop, not push(...issues): spreading that many arguments overflows the stack.)
 */
function appendIssues(issues: Issue[], page: ParsedPage): void {
  const shown = page.issues.slice(0, MAX_ISSUES_PER_PAGE);
  for (const issue of shown) issues.push(issue);
  const more = page.issues.length - shown.length;
  if (more > 0) issues.push({ file: page.file, line: page.issues[MAX_ISSUES_PER_PAGE]!.line, severity: 'error', message: messages.moreIssues(more) });
}

function valuesOf(fields: Record<string, PageField>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, pageField]) => [name, pageField.value]));
}

/** One issue per schema complaint, on the line of the field it is about, named as the page names it. */
function zodIssues(page: ParsedPage, fields: Record<string, PageField>, zodError: z.ZodError, fallbackLine: number): Issue[] {
  return zodError.issues.map((issue) => {
    const [name, ...rest] = issue.path.map(String);
    const pageField = name === undefined ? undefined : fields[name];
    const label = [pageField?.label ?? page.fieldLabels[name ?? ''] ?? name ?? 'page', ...rest].join('.');
    return error(page, pageField?.line ?? fallbackLine, messages.invalidField(label, issue.message));
  });
}

function error(page: ParsedPage, line: number, message: string): Issue {
  return { file: page.file, line, severity: 'error', message };
}

// ---------------------------------------------------------------------------------------------
// Reading files

/** Lists page files under `contentDir`, sorted, relative with forward slashes; counts the rest. */
export function listPages(contentDir: string): { files: string[]; skipped: number } {
  const files: string[] = [];
  let skipped = 0;
  const walk = (relative: string) => {
    const entries = readdirSync(path.join(contentDir, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const entryPath = relative ? `${relative}/${entry.name}` : entry.name;
      // Hidden files are tooling's; "_" parks a draft, as in Astro and Jekyll.
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) skipped++;
      else if (entry.isDirectory()) walk(entryPath);
      else if (entry.isFile() && (PAGE_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name))) files.push(entryPath);
      else skipped++;
    }
  };
  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ContentFolderError(contentDir);
  }
  walk('');
  return { files, skipped };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One page read and parsed; a file that is no page (unreadable, binary, empty) is a page with its error. */
export function readPage(contentDir: string, file: string, parsers: Record<PageExtension, PageParser>, options: LoadOptions): ParsedPage {
  const failed = (message: string): ParsedPage => ({
    file,
    markup: 'text',
    line: 1,
    fields: {},
    fieldLabels: {},
    projects: [],
    issues: [{ file, line: 1, severity: 'error', message }],
    unreadable: true,
  });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(contentDir, file));
  } catch (cause) {
    return failed(messages.unreadableFile((cause as Error).message));
  }
  if (bytes.includes(0)) return failed(messages.binaryFile('it contains NUL bytes'));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return failed(messages.binaryFile('it is not valid UTF-8'));
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return failed(messages.emptyFile());
  return parsers[extensionOf(file) as PageExtension](text, file, options);
}

export { ContentFolderError };
