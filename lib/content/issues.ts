/**
 * Every problem the loader finds, written for the curator who has to fix it. One catalogue, so
 * that the same problem reads the same way from either parser, and tests can name the messages.
 */

export type Severity = 'error' | 'warning';

export interface Issue {
  /** File relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based line the problem is on. */
  line: number;
  severity: Severity;
  message: string;
}

export const PAGE_HEADER = 'GSoC/GCI Archive';

/** Keeps long quoted values readable in a one-line message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** Issues listed per page before "and N more": a real page has a handful. */
export const MAX_ISSUES_PER_PAGE = 200;

export const messages = {
  emptyFile: () => 'empty file: a page needs at least a program and year line and an organization name',
  binaryFile: (detail: string) => `not a text page (${detail}); archive pages are UTF-8 text (.txt) or Markdown (.md)`,
  unreadableFile: (detail: string) => `cannot read this file: ${detail}`,

  // Text pages.
  missingHeader: (found: string) =>
    `expected the page header "${PAGE_HEADER}" on the first line, found ${quote(found)}; read the page anyway`,
  missingProgramLine: (found: string | undefined) =>
    found === undefined
      ? 'missing the program and year line, like "Google Summer of Code 2014"'
      : `expected a program and year line like "Google Summer of Code 2014", found ${quote(found)}`,
  missingOrganizationName: (found: string | undefined) =>
    found === undefined
      ? 'missing the organization name: it goes on the first non-blank line after the program and year'
      : `expected the organization name after the program and year, found ${quote(found)}`,
  bulletBeforeProjects: (text: string) =>
    `project ${quote(text)} is not loaded: its bullet comes before the "Projects" line; add a line "Projects" above the first project`,
  unexpectedProjectsLine: (found: string) =>
    `unexpected line in the projects list: ${quote(found)}; each project is a "•" bullet, and an abstract on its own line must be indented under its bullet`,
  emptyBullet: () => 'empty project bullet: write the title and abstract after the "•"',
  emptyFieldValue: (key: string) => `"${key}:" has no value; remove the line or give it one`,
  uncertainSplit: (title: string, abstract: string) =>
    `uncertain title split: ${quote(title, 80)} | ${quote(abstract, 50)}; if the title is wrong, put the abstract on the next line, indented`,
  missingAbstract: (title: string) => `project ${quote(title)} has no abstract`,

  // Markdown pages.
  frontMatterMissing: () =>
    'missing front matter: a Markdown page starts with a "---" block giving program, year and organization',
  frontMatterFence: (line: string) =>
    `front matter must close with a line of exactly "---", and this line starts like one: ${JSON.stringify(line)}; remove what follows the dashes`,
  frontMatterSyntax: (reason: string) => `front matter is not valid YAML: ${reason}`,
  frontMatterNotMapping: () => 'front matter must be a list of "key: value" lines',
  unknownFrontMatterKey: (key: string, suggestion: string | undefined) =>
    `unknown front matter key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys are listed in README`,
  projectsHeadingLevel: (depth: number) =>
    `the projects section heading must be "## Projects" (level 2), found a level ${depth} heading`,
  contentBeforeFirstProject: () =>
    'text between "## Projects" and the first "### " project heading; every project starts with a "### Title" heading',
  headingAfterProjects: (text: string) =>
    `heading ${quote(text)} after "## Projects" is not part of any project, nor is the text under it: projects are "### " headings, and their abstracts may use "####" or deeper`,
  unknownProjectField: (key: string, known: readonly string[]) =>
    `unknown project detail "${key}"; known details are ${known.join(', ')}`,
  linkInNamesDropped: (key: string, text: string, url: string) =>
    `${key} holds names, so the address of the link ${quote(text)} (${url}) is dropped; write it as text beside the name to keep it`,
  tagsJoinedBySlug: (kind: string, written: string, name: string, path: string) =>
    `${kind} "${written}" is shown as "${name}" (both have the address ${path}), so they are one ${kind}; write "${name}" to say so, or spell it apart`,
  loneSurrogate: (key: string, codePoint: string) =>
    `${key} holds a lone surrogate (${codePoint}), which is no character: it is replaced by U+FFFD; the file that gave it was written wrong`,
  bidiControlInName: (key: string, codePoint: string) =>
    `${key} holds a bidirectional control (${codePoint}) that can reorder the text around it on the site; remove it`,
  emptyProjectTitle: () => 'empty project heading: write the project title after "###"',

  // Validation.
  invalidField: (field: string, message: string) => `${field} ${message}`,

  // Across pages.
  duplicateOrganizationYear: (name: string, edition: string, otherFile: string, otherLine: number) =>
    `${name} (${edition}) is also in ${otherFile}:${otherLine}; each organization-year belongs in exactly one page`,
  aliasTaken: (alias: string) =>
    `alias "${alias}" is the slug of another organization: its pages are there, so it cannot redirect here; remove it from aliases`,
  aliasClaimed: (alias: string, otherSlug: string, otherFile: string, otherLine: number) =>
    `alias "${alias}" already leads to ${otherSlug} (${otherFile}:${otherLine}): an old address can lead to one organization only; remove it from aliases here or there`,
  moreIssues: (count: number) => `and ${count.toLocaleString('en-US')} more problems on this page from here on, not listed; fix the ones above first`,
  nestedTooDeep: (depth: number | undefined, limit: number) =>
    `lists or quotes nest ${depth === undefined ? 'too' : `${depth.toLocaleString('en-US')} levels`} deep here; a page may nest at most ${limit} levels, so this page is not read`,
  tooManyDelimiters: (count: number, limit: number) =>
    `this line holds ${count.toLocaleString('en-US')} emphasis, link or code marks; a line may hold at most ${limit.toLocaleString('en-US')}, so this page is not read`,
  headingInUnclosedBlock: (openedAt: number) =>
    `this "###" line is read as the content of the code or HTML block opened on line ${openedAt}, which never closes, not as a project; close the block if it is one`,
  projectNotLoaded: (title: string) => `project ${quote(title)} not loaded because of errors on this page`,
} as const;

/** The content folder itself is missing: the one problem that stops a run before it starts. */
export class ContentFolderError extends Error {
  constructor(readonly contentDir: string) {
    super(`content folder not found: ${contentDir}`);
    this.name = 'ContentFolderError';
  }
}
