/**
 * The import as a whole: for each archive year file, read and validate it (archive.ts), write
 * each organization-year as a page (organization-page.ts), stamp it (stamp.ts) and put it on disk without
 * losing edits (write.ts). A broken file or organization is reported and the rest still imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readArchiveYear } from './archive';
import { organizationPage, UnwritableDescriptionError } from './organization-page';
import { importMessages, type ImportIssue } from './import-issues';
import { originOf, stampPage } from './stamp';
import { WriteRefusedError, writePage, type WrittenPage } from './write';

export interface ImportOptions {
  /** Write over pages that were edited by hand or not written by the importer. */
  force?: boolean;
}

export interface ImportedYear {
  file: string;
  year?: number;
  /** Organizations the file lists, and how many of them got a page. */
  listed: number;
  imported: number;
  projects: number;
}

export interface ImportReport {
  years: ImportedYear[];
  pages: WrittenPage[];
  /**
   * The importer's own pages in the years imported that no organization of the JSON gives any
   * more (a renamed or dropped organization): left in place, listed so a person can decide.
   */
  stale: string[];
  issues: ImportIssue[];
}

/** Imports archive year files into `outDir`; never throws for bad JSON: see `issues`. */
export function importArchives(files: readonly string[], outDir: string, options: ImportOptions = {}): ImportReport {
  const report: ImportReport = { years: [], pages: [], stale: [], issues: [] };
  // Which organization each page came from, so two that would share a page are both named.
  const written = new Map<string, { file: string; index: number; name: string }>();
  const years = new Set<number>();

  for (const filePath of files) {
    const archive = readArchiveYear(filePath);
    for (const issue of archive.issues) report.issues.push(issue);
    const imported: ImportedYear = { file: archive.file, year: archive.year, listed: archive.listed, imported: 0, projects: 0 };
    report.years.push(imported);
    if (archive.year === undefined) continue;
    years.add(archive.year);

    for (const { index, organization } of archive.organizations) {
      const where = { index, name: organization.name };
      let page;
      try {
        page = organizationPage(organization, archive.year);
      } catch (cause) {
        if (!(cause instanceof UnwritableDescriptionError)) throw cause;
        report.issues.push({ file: archive.file, organization: where, severity: 'error', message: importMessages.organizationSkipped('', cause.message) });
        continue;
      }
      const earlier = written.get(page.path);
      if (earlier) {
        const message = importMessages.samePage(page.path, earlier.file, earlier.index, earlier.name);
        report.issues.push({ file: archive.file, organization: where, severity: 'error', message });
        continue;
      }
      written.set(page.path, { file: archive.file, ...where });
      try {
        report.pages.push(writePage(outDir, page.path, stampPage(page.text, archive.file), options.force ?? false));
      } catch (cause) {
        if (!(cause instanceof WriteRefusedError)) throw cause;
        report.issues.push({ file: archive.file, organization: where, severity: 'error', message: importMessages.pageNotWritten(cause.message) });
        continue;
      }
      imported.imported++;
      imported.projects += organization.projects.length;
    }
  }
  report.stale = stalePages(outDir, years, new Set(written.keys()));
  return report;
}

/** Stamped pages under the imported years' folders that this run did not produce. */
function stalePages(outDir: string, years: Set<number>, produced: Set<string>): string[] {
  const stale: string[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    let names: string[];
    try {
      names = readdirSync(path.join(outDir, String(year)));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const relative = `${year}/${name}`;
      if (!name.endsWith('.md') || produced.has(relative)) continue;
      let text: string;
      try {
        text = readFileSync(path.join(outDir, relative), 'utf8');
      } catch {
        continue; // a folder named like a page, or unreadable: not a page an import wrote
      }
      if (originOf(text) !== 'unstamped') stale.push(relative);
    }
  }
  return stale;
}
