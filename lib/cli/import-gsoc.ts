import { statSync } from 'node:fs';
import { importArchives, type ImportReport } from '../import/run';
import { formatImportIssue } from '../import/import-issues';
import type { WrittenPage } from '../import/write';
import { UsageError, parseOptions, type CommandRun } from './command';
import { plural } from '../human-readable';

export const importGsoc: CommandRun = (args, output) => {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' }, force: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw new UsageError('give at least one archive JSON file, like ../shared/corpus/gsoc-api/2016.json');
  if (!values.out) throw new UsageError('give the folder to write the pages to with --out DIR');
  if (statSync(values.out, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`--out ${values.out} is a file, not a folder: give a folder to write the pages to`);

  const report = importArchives(positionals, values.out, { force: values.force ?? false });
  for (const issue of report.issues) output.err(formatImportIssue(issue));
  for (const year of report.years) output.out(yearLine(year));
  for (const page of report.pages) {
    const line = pageLine(page);
    if (line) output.out(line);
  }
  for (const page of report.stale) {
    output.out(`stale ${page}: written by an earlier import, but no organization of this import gives it now; left in place`);
  }
  output.out(summaryLine(report, values.out));
  return report.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
};

function yearLine(year: ImportReport['years'][number]): string {
  if (year.year === undefined) return `${year.file}: nothing imported`;
  const organizations = year.imported === year.listed ? plural(year.listed, 'organization') : `${year.imported.toLocaleString('en-US')} of ${plural(year.listed, 'organization')}`;
  return `${year.file}: ${year.year}, ${organizations}, ${plural(year.projects, 'project')}`;
}

/** Only the pages a person needs to hear about: the ones kept, and the ones --force wrote over. */
function pageLine(page: WrittenPage): string | undefined {
  const why = page.origin === 'edited' ? 'edited by hand since the import wrote it' : 'not written by import-gsoc';
  if (page.outcome === 'kept') return `kept ${page.path}: differs from the import and was ${why}; run with --force to overwrite it`;
  if (page.outcome === 'overwritten') return `overwrote ${page.path} (${why})`;
  return undefined;
}

function summaryLine(report: ImportReport, outDir: string): string {
  const count = (outcome: WrittenPage['outcome']) =>
    report.pages.filter((page) => page.outcome === outcome).length.toLocaleString('en-US');
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  return [
    `${plural(report.pages.length, 'page')} in ${outDir}: `,
    `${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, `,
    `${count('kept')} kept, ${count('overwritten')} overwritten; `,
    `${plural(errors, 'error')}, ${plural(report.issues.length - errors, 'warning')}`,
  ].join('');
}
