/**
 * Imports whole real years of the archive and loads them back with the catalog loader: every
 * organization and project must arrive, with every field the page carries, and no loader issue.
 * 2016 has HTML abstracts, 2024 plain-text ones. The archive JSON is not in the repository: it is
 * read from ../shared/corpus/gsoc-api, and these tests are skipped when that folder is absent.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Nodes as HtmlNode } from 'hast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import { remark } from 'remark';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../lib/content/load';
import { isHtml } from '../../lib/import/description';
import { importArchives, type ImportReport } from '../../lib/import/run';
import { renderMarkup, renderParsedMarkdown } from '../../lib/render';
import { slugify } from '../../lib/slugs';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/gsoc-api');
const corpusPresent = existsSync(path.join(CORPUS, '2016.json'));
if (!corpusPresent) console.warn(`import round trip skipped: no archive JSON at ${CORPUS} (it is not part of the repository)`);

interface JsonProject {
  title: string;
  description: string;
  student_name: string;
  code_url: string | null;
  project_url: string;
}
interface JsonOrganization {
  name: string;
  description: string;
  url: string;
  category: string;
  topics: string[];
  technologies: string[];
  mailing_list: string;
  contact_email: string;
  projects_url: string;
  projects: JsonProject[];
}

// Text compared without whitespace: converting to Markdown may rewrap or drop blank space, but
// must keep every visible character.
const squash = (text: string) => text.replace(/\s+/g, '');
const htmlParser = unified().use(rehypeParse, { fragment: true });
const htmlText = (node: HtmlNode): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => htmlText(child)).join('') : '';
const visibleText = (description: string) => squash(isHtml(description) ? htmlText(htmlParser.parse(description)) : description);
const markdownText = (markdown: string) => squash(toString(remark().parse(markdown)));

// A whole year is ~1,100 projects through HTML parsing, Markdown writing and the loader.
describe.skipIf(!corpusPresent)('import round trip of real archive years (needs ../shared/corpus/gsoc-api)', { timeout: 120_000 }, () => {
  const imported = new Map<number, { json: { organizations: JsonOrganization[] }; report: ImportReport; catalog: Catalog }>();
  const importYear = (year: number) => {
    if (!imported.has(year)) {
      const file = path.join(CORPUS, `${year}.json`);
      const out = mkdtempSync(path.join(os.tmpdir(), `import-${year}-`));
      const report = importArchives([file], out);
      imported.set(year, { json: JSON.parse(readFileSync(file, 'utf8')), report, catalog: loadCatalog(out) });
    }
    return imported.get(year)!;
  };

  it.each([2016, 2024])('%i: every organization and project arrives, with 0 loader issues', (year) => {
    const { json, report, catalog } = importYear(year);
    const projectCount = json.organizations.reduce((sum, organization) => sum + organization.projects.length, 0);
    expect(report.issues).toEqual([]);
    expect(report.pages.every((page) => page.outcome === 'created')).toBe(true);
    expect(catalog.issues).toEqual([]);
    expect(catalog.stats.pages).toBe(json.organizations.length);
    expect(catalog.organizationYears).toHaveLength(json.organizations.length);
    expect(catalog.projects).toHaveLength(projectCount);
  });

  it.each([2016, 2024])('%i: every field the page carries has the JSON value', (year) => {
    const { json, catalog } = importYear(year);
    for (const organization of json.organizations) {
      const record = catalog.organizationYears.find((candidate) => candidate.slug === slugify(organization.name));
      expect(record, organization.name).toBeDefined();
      const context = `${year} ${organization.name}`;
      expect(record!.name, context).toBe(organization.name.trim());
      expect(record!.year, context).toBe(year);
      expect(record!.webPage, context).toBe(organization.url.trim() || undefined);
      expect(record!.mailingList, context).toBe(organization.mailing_list.trim() || undefined);
      expect(record!.categoryAsWritten, context).toBe(organization.category.trim() || undefined);
      expect(record!.topicsAsWritten, context).toEqual(organization.topics.map((topic) => topic.trim()).filter(Boolean));
      expect(record!.technologiesAsWritten, context).toEqual(organization.technologies.map((technology) => technology.trim()).filter(Boolean));
      expect(record!.links.find((link) => link.label === 'Archive page')?.value, context).toBe(organization.projects_url);
      const email = record!.links.find((link) => link.label === 'Contact email')?.value;
      if (organization.contact_email.trim()) expect(email, context).toContain(organization.contact_email.trim().replace(/^mailto:/, ''));
      else expect(email, context).toBeUndefined();
      expect(markdownText(record!.description), context).toBe(squash(organization.description));

      const projects = catalog.projects.filter((project) => project.organizationSlug === record!.slug);
      expect(projects.map((project) => project.title), context).toEqual(organization.projects.map((project) => project.title.trim()));
      organization.projects.forEach((project, index) => {
        const loaded = projects[index]!;
        const where = `${context}: ${project.title}`;
        expect(loaded.contributor, where).toBe(project.student_name.trim() || undefined);
        expect(loaded.codeUrl, where).toBe(project.code_url?.trim() || undefined);
        expect(loaded.projectUrl, where).toBe(project.project_url.trim() || undefined);
        expect(markdownText(loaded.abstract), where).toBe(visibleText(project.description));
      });
    }
  });

  it.each([2016, 2024])('%i: every abstract and description renders as the Markdown parser renders it', (year) => {
    // renderMarkup takes paragraphs of plain text without parsing them (lib/render.ts): on real
    // text, HTML abstracts turned Markdown (2016) and plain-text ones (2024), it must change nothing.
    const { catalog } = importYear(year);
    const texts = [...catalog.projects.map((project) => project.abstract), ...catalog.organizationYears.map((organizationYear) => organizationYear.description)];
    const differing = texts.filter((text) => renderMarkup(text, 'markdown') !== renderParsedMarkdown(text));
    expect(differing).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('spot values: 2016 Apache Software Foundation, 2024 organizations without projects', () => {
    const apache = importYear(2016).catalog.projects.filter((project) => project.organization === 'Apache Software Foundation');
    expect(apache).toHaveLength(35);
    expect(apache[3]).toMatchObject({
      title: 'Improving Discussion Threads and UI/UX of Apache Allura',
      contributor: 'rhnvrm',
      path: '/orgs/apache-software-foundation/2016/improving-discussion-threads-and-ui-ux-of-apache-allura/',
    });
    expect(apache[3]!.abstract).toMatch(/^#### Improving Discussion Threads and UI\/UX of Apache Allura\n\n##### Goals\n\n- Improve Discussion Threads/);

    const without = importYear(2024).catalog.organizationYears.filter((organization) => organization.projectCount === 0);
    expect(without.map((organization) => organization.name).sort()).toEqual(['FreeType', 'Postman']);
  });
});
