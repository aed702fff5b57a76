import type { Issue } from '../content/issues';
import type { Catalog } from '../content/load';
import { plural } from '../human-readable';

// C0 controls but line feed and tab, DEL, and C1 controls (0x9b is CSI to some terminals).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text as a terminal may show it: every control character but line feed and tab written as JSON
 * writes it (ESC → \u001b), so that content (a name with "\e[2J", a title with NUL) can neither
 * clear the screen, retitle the window nor forge a line of the report. runCli passes everything
 * every command prints through it; JSON output stays valid JSON (controls only occur in strings).
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `path:line: message`, the form editors and terminals turn into a link to the line. A file name
 * with a line break or another control character is quoted (JSON), so that one issue stays one line.
 */
export function formatIssue(issue: Issue): string {
  const file = /[\u0000-\u001f\u007f]/.test(issue.file) ? JSON.stringify(issue.file) : issue.file;
  return `${file}:${issue.line}: ${issue.message}`;
}

/** One line: what was loaded and what is wrong, for the end of `check`. */
export function formatSummary(catalog: Catalog): string {
  const organizations = new Set(catalog.organizationYears.map((organizationYear) => organizationYear.slug)).size;
  const parts = [
    plural(catalog.stats.pages, 'page'),
    `${plural(catalog.organizationYears.length, 'organization-year')} of ${plural(organizations, 'organization')}`,
    plural(catalog.projects.length, 'project'),
    plural(catalog.stats.errors, 'error'),
    plural(catalog.stats.warnings, 'warning'),
  ];
  const skipped = catalog.stats.skipped > 0 ? ` (${plural(catalog.stats.skipped, 'file')} skipped)` : '';
  return `${parts.join(', ')}${skipped}`;
}

/** How many warnings the build prints; `catalog check` prints them all. */
export const WARNINGS_SHOWN = 3;

/**
 * The build's word on warnings: the first few as `path:line: message`, and the command that lists
 * the rest, so a summary's "2 warnings" never leaves the reader guessing which.
 */
export function warningLines(issues: readonly Issue[], contentDir: string, shown = WARNINGS_SHOWN): string[] {
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  if (warnings.length === 0) return [];
  const rest = warnings.length - shown;
  const lines = warnings.slice(0, shown).map((issue) => `  ${formatIssue(issue)}`);
  if (rest > 0) lines.push(`  … and ${plural(rest, 'more warning')}: npm run catalog -- check --content ${contentDir}`);
  return lines;
}
