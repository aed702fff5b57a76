/**
 * The catalog's records. These zod schemas are the single source of the record types: everything
 * that reads the catalog (site, search, CLI) uses the types inferred here.
 */
import { z } from 'zod';
import { LAST_YEAR, PROGRAM_IDS, PROGRAM_NAMES, findProgram } from '../programs';
import { isHttpUrl } from '../links';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slugs';

/** Where a record came from: the file relative to the content folder and the line it starts on. */
export const SourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
});

/** How a description or an abstract is written: plain text (text pages) or Markdown. */
export const MarkupSchema = z.enum(['text', 'markdown']);

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'must be lowercase letters, digits and single dashes, like "xen-project"' })
  // A slug is a folder name in the export: file systems refuse names over 255 bytes.
  .max(MAX_SLUG_LENGTH, { error: `must be at most ${MAX_SLUG_LENGTH} characters` });

/** A field of an organization that is not one of the named ones, kept as the page gave it. */
export const LinkSchema = z.object({ label: z.string().min(1), value: z.string().min(1) });

export const OrganizationYearSchema = z.object({
  program: z.enum(PROGRAM_NAMES),
  programId: z.enum(PROGRAM_IDS),
  year: z.number().int(),
  name: z.string().min(1),
  /** One slug per organization across all its years and programs. */
  slug: SlugSchema,
  /** Earlier slugs of this organization; their pages redirect to `slug`. */
  aliases: z.array(SlugSchema),
  path: z.string(),
  description: z.string(),
  markup: MarkupSchema,
  license: z.string().optional(),
  webPage: z.string().optional(),
  mailingList: z.string().optional(),
  links: z.array(LinkSchema),
  /** The canonical category, topics and technologies (lib/content/tag-vocabulary.ts)… */
  category: z.string().optional(),
  topics: z.array(z.string()),
  technologies: z.array(z.string()),
  /** …and what the page wrote, before canonical spelling, splitting and aliases. */
  categoryAsWritten: z.string().optional(),
  topicsAsWritten: z.array(z.string()),
  technologiesAsWritten: z.array(z.string()),
  projectCount: z.number().int().nonnegative(),
  source: SourceSchema,
});

export const ProjectSchema = z.object({
  title: z.string().min(1),
  abstract: z.string(),
  markup: MarkupSchema,
  organization: z.string().min(1),
  organizationSlug: SlugSchema,
  program: z.enum(PROGRAM_NAMES),
  programId: z.enum(PROGRAM_IDS),
  year: z.number().int(),
  /**
   * The technologies of the organization-year that the project's title or abstract names itself
   * (lib/content/mentions.ts): what it is about, not what its organization uses.
   */
  technologies: z.array(z.string()),
  /** The organization-year's technologies, repeated here so search and filters need only projects. */
  organizationTechnologies: z.array(z.string()),
  slug: SlugSchema,
  /** The permalink, like /orgs/xen-project/2014/lazy-restore-using-memory-paging/ */
  path: z.string(),
  contributor: z.string().optional(),
  mentors: z.array(z.string()).optional(),
  codeUrl: z.string().optional(),
  projectUrl: z.string().optional(),
  source: SourceSchema,
});

export type Source = z.infer<typeof SourceSchema>;
export type Markup = z.infer<typeof MarkupSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type OrganizationYear = z.infer<typeof OrganizationYearSchema>;
export type Project = z.infer<typeof ProjectSchema>;

// ---------------------------------------------------------------------------------------------
// What a page must say about its organization-year, before slugs and paths are derived. Both
// parsers hand their fields to these schemas, so a value is judged the same way in either format.

const optionalText = z
  .string({ error: 'must be text' })
  .trim()
  .optional()
  .transform((value) => value || undefined);

const tagList = z
  .array(z.string({ error: 'must be a list of words' }).trim().min(1, { error: 'must not hold empty entries' }), {
    error: 'must be a list, like [python, c++]',
  })
  .default([]);

export const ProgramFieldSchema = z
  .string({ error: `must be one of: ${PROGRAM_NAMES.join(', ')}` })
  .transform((value, context) => {
    const program = findProgram(value);
    if (!program) {
      context.addIssue({ code: 'custom', message: `"${value}" is not a program of the archive (${PROGRAM_NAMES.join(', ')})` });
      return z.NEVER;
    }
    return program;
  });

export const YearFieldSchema = z
  .union([z.number(), z.string()], { error: 'must be a four-digit year like 2014' })
  .transform((value, context) => {
    const text = String(value).trim();
    if (!/^\d{4}$/.test(text)) {
      context.addIssue({ code: 'custom', message: `"${text}" is not a year: expected four digits like 2014` });
      return z.NEVER;
    }
    const year = Number(text);
    if (year < 2005 || year > LAST_YEAR) {
      context.addIssue({ code: 'custom', message: `${year} is outside the archive's years (2005–${LAST_YEAR})` });
      return z.NEVER;
    }
    return year;
  });

export const OrganizationFieldsSchema = z.object({
  program: ProgramFieldSchema,
  year: YearFieldSchema,
  name: z.string({ error: 'is missing: every page names its organization' }).trim().min(1, { error: 'must not be empty' }),
  slug: SlugSchema.optional(),
  aliases: z.array(SlugSchema).default([]),
  description: z.string().default(''),
  license: optionalText,
  webPage: optionalText,
  mailingList: optionalText,
  links: z.array(LinkSchema).default([]),
  category: optionalText,
  topics: tagList,
  technologies: tagList,
});

export type OrganizationFields = z.input<typeof OrganizationFieldsSchema>;

const optionalUrl = z
  .string({ error: 'must be a URL' })
  .trim()
  .refine((value) => value === '' || isHttpUrl(value), { error: 'must be an http(s) URL' })
  .optional()
  .transform((value) => value || undefined);

export const ProjectFieldsSchema = z.object({
  title: z.string().trim().min(1, { error: 'is empty: every project needs a title' }),
  abstract: z.string().trim().default(''),
  contributor: optionalText,
  mentors: z
    .array(z.string().trim().min(1))
    .optional()
    .transform((mentors) => (mentors && mentors.length > 0 ? mentors : undefined)),
  codeUrl: optionalUrl,
  projectUrl: optionalUrl,
});

export type ProjectFields = z.input<typeof ProjectFieldsSchema>;
