/**
 * What can go wrong while importing archive JSON, written for the person who runs the import:
 * each issue names the file, the organization (by index and name, so it can be found in the
 * JSON) and the field, like
 *
 *     2019.json: organizations[12] "Apache Software Foundation": projects[3].title: expected text
 *
 * One catalogue, so that tests can name the messages and the CLI prints them one way.
 */
import type { Severity } from '../content/issues';

export interface ImportIssue {
  /** The JSON file as the user named it, reduced to its base name ("2019.json"). */
  file: string;
  /** Where in the file: `organizations[12] "Apache Software Foundation"`; absent for the whole file. */
  organization?: { index: number; name?: string };
  severity: Severity;
  message: string;
}

export function formatImportIssue(issue: ImportIssue): string {
  const where = issue.organization
    ? ` organizations[${issue.organization.index}]${issue.organization.name ? ` ${JSON.stringify(issue.organization.name)}` : ''}:`
    : '';
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${where} ${prefix}${issue.message}`;
}

export const importMessages = {
  pageNotWritten: (detail: string) => `page not written: ${detail}; the other pages are written`,
  unreadableFile: (detail: string) => `cannot read this file: ${detail}`,
  notUtf8: () => 'not valid UTF-8 (saved as Latin-1 or another encoding?); save it as UTF-8, nothing imported from this file',
  notJson: (detail: string) => `not valid JSON (${detail}); nothing imported from this file`,
  notArchive: (detail: string) =>
    `not an archive year file: ${detail}; expected {"year": 2016, "organizations": [...]}; nothing imported from this file`,
  organizationSkipped: (field: string, message: string) =>
    `${field ? `${field}: ` : ''}${message}; this organization is not imported`,
  missingFields: (fields: readonly string[]) =>
    `missing ${fields.length === 1 ? 'field' : 'fields'} ${fields.join(', ')}; this organization is not imported`,
  unknownFields: (where: string, names: readonly string[]) =>
    `${where} carry fields the importer does not know and leaves out: ${names.join(', ')}`,
  yearNotAsNamed: (named: number, year: number) =>
    `the file is named after ${named} but holds the year ${year}; its pages go into ${year}/ (rename the file if that is right)`,
  projectCountMismatch: (declared: number, listed: number) =>
    `num_projects says ${declared} but ${listed} projects are listed; imported the ${listed} listed`,
  samePage: (path: string, otherFile: string, otherIndex: number, otherName: string) =>
    `would be written to ${path}, as is organizations[${otherIndex}] ${JSON.stringify(otherName)} of ${otherFile}; ` +
    'each organization-year gets one page, so this one is not imported (is the same year given twice?)',
} as const;
