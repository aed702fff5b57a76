/**
 * Reads one year of the archive JSON (`2016.json` … `2025.json`) and validates it with zod,
 * organization by organization: a broken organization is reported with its index, name and the
 * field at fault, and every other organization of the file is still returned.
 *
 * Fields the catalog carries are required (present in every year of the archive; a missing one
 * means a broken export). Fields it leaves out (logos, proposal ids, the truncated
 * short_description) may be missing, and fields it does not know at all are named in one
 * warning per file, so that a new field in a future year is noticed instead of silently lost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { quote } from '../content/issues';
import { YearFieldSchema } from '../content/schema';
import { importMessages, type ImportIssue } from './import-issues';
import { isHttpUrl } from '../links';

/** How a value the schema did not expect reads in a message: `found a number (42)`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `text ${quote(value, 40)}`;
  return `a ${typeof value} (${String(value)})`;
}

/** zod's message for a value of the wrong type, or for a field that is not there at all. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is missing (expected ${what})` : `expected ${what}, found ${describe(issue.input)}`;

const text = () => z.string({ error: expected('text') });
const PROJECT_COUNT = `a whole number of projects from 0 to ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}`;
const tagList = () => z.array(text(), { error: expected('a list of text') });

/** A link the catalog validates as http(s) (code, project page): empty or null means none. */
const projectUrl = (what: string) =>
  z
    .string({ error: expected(`${what} (text or null)`) })
    .trim()
    .refine((value) => value === '' || isHttpUrl(value), {
      error: (issue) => `expected an http(s) URL, found ${describe(issue.input)}`,
    })
    .nullable()
    .transform((value) => value || undefined);

export const ArchiveProjectSchema = z.object(
  {
    title: text().trim().min(1, { error: 'is empty: every project needs a title' }),
    description: text(),
    student_name: text().trim(),
    code_url: projectUrl('a code URL'),
    project_url: projectUrl('a project page URL'),
    // Left out of the page: short_description is the description cut at 150 characters with
    // "...", and proposal_id names a proposal that has no public page.
    short_description: text().optional(),
    proposal_id: text().optional(),
  },
  { error: expected('an object') },
);

export const ArchiveOrganizationSchema = z.object(
  {
    name: text().trim().min(1, { error: 'is empty: every organization needs a name' }),
    description: text(),
    url: text().trim(),
    category: text().trim(),
    topics: tagList(),
    technologies: tagList(),
    irc_channel: text().trim(),
    contact_email: text().trim(),
    mailing_list: text().trim(),
    twitter_url: text().trim(),
    blog_url: text().trim(),
    projects_url: text().trim(),
    // Appeared in later years: facebook_url in 2022, ideas_url and guide_url in 2025.
    facebook_url: text().trim().optional(),
    ideas_url: text().trim().optional(),
    guide_url: text().trim().nullable().optional(),
    // 1e20 is a number but no count: every check says what a count is ("expected a number, found a number" said nothing).
    num_projects: z
      .number({ error: expected(PROJECT_COUNT) })
      .int({ error: expected(PROJECT_COUNT) })
      .nonnegative({ error: expected(PROJECT_COUNT) })
      .optional(),
    projects: z.array(ArchiveProjectSchema, { error: expected('a list of projects') }),
    // Left out: logos are not downloaded (the site shows a lettered avatar instead), and the
    // image URLs point at a CDN that is not ours to rely on.
    image_url: text().optional(),
    image_background_color: text().optional(),
  },
  { error: expected('an object') },
);

const ArchiveFileSchema = z.object(
  {
    year: YearFieldSchema,
    archive_url: text().optional(),
    organizations: z.array(z.unknown(), { error: expected('a list of organizations') }),
  },
  { error: expected('an object') },
);

export type ArchiveOrganization = z.output<typeof ArchiveOrganizationSchema>;
export type ArchiveProject = z.output<typeof ArchiveProjectSchema>;

export interface ArchiveYear {
  /** The file's base name, as problems name it. */
  file: string;
  /** Undefined when the file itself could not be read: then there are no organizations either. */
  year?: number;
  /** The organizations that passed validation, with their index in the file. */
  organizations: { index: number; organization: ArchiveOrganization }[];
  /** How many organizations the file lists, valid or not. */
  listed: number;
  issues: ImportIssue[];
}

/** Reads and validates one archive year file. Never throws for bad content: see `issues`. */
export function readArchiveYear(filePath: string): ArchiveYear {
  const file = path.basename(filePath);
  const result: ArchiveYear = { file, organizations: [], listed: 0, issues: [] };
  const fail = (message: string) => {
    result.issues.push({ file, severity: 'error', message });
    return result;
  };

  let source: string;
  try {
    // Fatal decoding: a Latin-1 file would otherwise import with U+FFFD where its accents were.
    source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(filePath));
  } catch (cause) {
    return fail(cause instanceof TypeError ? importMessages.notUtf8() : importMessages.unreadableFile((cause as Error).message));
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (cause) {
    return fail(importMessages.notJson(withLineAndColumn((cause as Error).message, source)));
  }
  const parsed = ArchiveFileSchema.safeParse(json);
  if (!parsed.success) {
    const details = zodProblems(parsed.error, json).map(({ field, message }) => (field ? `${field}: ${message}` : message));
    return fail(importMessages.notArchive(details.join('; ')));
  }

  result.year = parsed.data.year;
  // The year inside decides where the pages go; a file named after another year is likely a mix-up.
  const yearsInName = path.basename(file).match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  if (yearsInName.length === 1 && Number(yearsInName[0]) !== result.year) {
    result.issues.push({ file, severity: 'warning', message: importMessages.yearNotAsNamed(Number(yearsInName[0]), result.year) });
  }
  result.listed = parsed.data.organizations.length;
  parsed.data.organizations.forEach((raw, index) => {
    const name = nameOf(raw);
    const organization = ArchiveOrganizationSchema.safeParse(raw);
    if (!organization.success) {
      for (const message of organizationProblems(organization.error, raw)) {
        result.issues.push({ file, organization: { index, name }, severity: 'error', message });
      }
      return;
    }
    const { num_projects: declared, projects } = organization.data;
    if (declared !== undefined && declared !== projects.length) {
      result.issues.push({
        file,
        organization: { index, name },
        severity: 'warning',
        message: importMessages.projectCountMismatch(declared, projects.length),
      });
    }
    result.organizations.push({ index, organization: organization.data });
  });
  for (const warning of unknownFieldWarnings(file, parsed.data.organizations)) result.issues.push(warning);
  return result;
}

/** JSON.parse says "at position 5812"; a person looks for a line and column. */
function withLineAndColumn(message: string, source: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = source.slice(0, Number(position)).split('\n');
  return `${message}: line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The organization's name as the raw JSON has it, for messages about an organization that failed. */
function nameOf(raw: unknown): string | undefined {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

/**
 * One message per wrong field, and one for all the missing ones: an organization that lacks
 * ten fields is one mistake (often the wrong file), not ten.
 */
function organizationProblems(error: z.ZodError, raw: unknown): string[] {
  const problems = zodProblems(error, raw);
  const missing = problems.filter((problem) => problem.missing).map((problem) => problem.field);
  const wrong = problems.filter((problem) => !problem.missing);
  return [
    ...(missing.length > 0 ? [importMessages.missingFields(missing)] : []),
    ...wrong.map(({ field, message }) => importMessages.organizationSkipped(field, message)),
  ];
}

/**
 * Each zod issue as the field it is about, written as in the JSON (`projects[3].title`), and its
 * message; `missing` when the field is absent from the JSON (zod's issues do not keep the input).
 */
function zodProblems(error: z.ZodError, raw: unknown): { field: string; message: string; missing: boolean }[] {
  return error.issues.map((issue) => {
    const field = issue.path
      .map((segment, position) => (typeof segment === 'number' ? `[${segment}]` : `${position > 0 ? '.' : ''}${String(segment)}`))
      .join('');
    return { field, message: issue.message, missing: issue.code === 'invalid_type' && isAbsent(raw, issue.path) };
  });
}

function isAbsent(raw: unknown, fieldPath: readonly PropertyKey[]): boolean {
  let value = raw;
  for (const segment of fieldPath) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return true;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value === undefined;
}

function unknownFieldWarnings(file: string, organizations: unknown[]): ImportIssue[] {
  const knownOrganizationFields = new Set(Object.keys(ArchiveOrganizationSchema.shape));
  const knownProjectFields = new Set(Object.keys(ArchiveProjectSchema.shape));
  const unknownOrganizationFields = new Set<string>();
  const unknownProjectFields = new Set<string>();
  const collect = (raw: unknown, known: Set<string>, unknown: Set<string>) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    for (const key of Object.keys(raw)) if (!known.has(key)) unknown.add(key);
  };
  for (const organization of organizations) {
    collect(organization, knownOrganizationFields, unknownOrganizationFields);
    const projects = (organization as { projects?: unknown } | null)?.projects;
    if (Array.isArray(projects)) for (const project of projects) collect(project, knownProjectFields, unknownProjectFields);
  }
  const warnings: ImportIssue[] = [];
  if (unknownOrganizationFields.size > 0) {
    warnings.push({ file, severity: 'warning', message: importMessages.unknownFields('organizations', [...unknownOrganizationFields].sort()) });
  }
  if (unknownProjectFields.size > 0) {
    warnings.push({ file, severity: 'warning', message: importMessages.unknownFields('projects', [...unknownProjectFields].sort()) });
  }
  return warnings;
}
