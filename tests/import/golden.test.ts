/**
 * The importer's golden pages (tests/fixtures/import/expected), read back by a reader of this file's
 * own, not the project's loader, and compared field by field with the archive JSON they came from.
 * organization-page.test.ts checks that the importer still writes these pages; an `UPDATE=1` run rewrites them
 * from the importer's output, so this is what tells a wrong page from a merely different one.
 * The reader knows only what the golden pages use: flat front matter, one `links:` map, `### `
 * project headings with `- Field: value` lines, and Markdown's backslash escapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = path.join(import.meta.dirname, '../fixtures/import');

interface JsonProject {
  title: string;
  description: string;
  student_name: string;
  code_url?: string | null;
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
  projects_url: string;
  projects: JsonProject[];
  [link: string]: unknown;
}

const source = JSON.parse(readFileSync(path.join(fixtures, 'small-year.json'), 'utf8')) as { year: number; organizations: JsonOrganization[] };

/** A YAML scalar as the golden pages write one: bare, or in single quotes ('' for a quote). */
const scalar = (text: string) => (text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text);

/** Markdown's escapes undone: a backslash before punctuation, and a backslash line break. */
const unescape = (text: string) => text.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');

function readGolden(text: string) {
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text)!;
  const fields = new Map<string, string>();
  const links = new Map<string, string>();
  for (const line of frontMatter!.split('\n')) {
    const link = /^ {2}([^:]+): (.*)$/.exec(line);
    if (link) links.set(link[1]!, scalar(link[2]!));
    else if (line !== 'links:') {
      const [, key, value] = /^([a-z_]+): (.*)$/.exec(line)!;
      fields.set(key!, value!);
    }
  }
  const list = (key: string) => (fields.get(key)?.replace(/^\[|\]$/g, '').split(', ').map(scalar) ?? []);
  const [description, projectsText = ''] = body!.split('\n## Projects\n');
  const projects = projectsText
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const [heading, ...lines] = section.split('\n');
      const detail = (name: string) => lines.find((line) => line.startsWith(`- ${name}: `))?.slice(name.length + 4);
      const detailsEnd = lines.findIndex((line, index) => index > 0 && line === '' && lines[index - 1]!.startsWith('- '));
      return {
        title: unescape(heading!),
        contributor: detail('Contributor') && unescape(detail('Contributor')!),
        code: detail('Code')?.replace(/^<|>$/g, ''),
        projectPage: detail('Project page')?.replace(/^<|>$/g, ''),
        abstract: lines.slice(detailsEnd + 1).join('\n').trim(),
      };
    });
  return {
    fields: (key: string) => (fields.has(key) ? scalar(fields.get(key)!) : undefined),
    list,
    links,
    description: unescape(description!.trim()),
    projects,
  };
}

/** The golden page of each organization of the JSON, in its order. */
const goldenPages = ['c-plus-plus-tools-and-friends', 'quiet-org', 'plain-text-org'].map((slug) => readGolden(readFileSync(path.join(fixtures, 'expected/2016', `${slug}.md`), 'utf8')));

/** The text an HTML description shows, in runs between tags, entities decoded, blank space squashed. */
const htmlRuns = (html: string) =>
  html
    .split(/<[^>]+>/)
    .map((run) => run.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Markdown with its inline markers (emphasis, code spans, escapes) removed, blank space squashed. */
const markdownText = (markdown: string) => unescape(markdown).replace(/\*\*|`/g, '').replace(/\s+/g, ' ');

const LINK_FIELDS: Record<string, string> = {
  contact_email: 'Contact email',
  irc_channel: 'IRC',
  blog_url: 'Blog',
  twitter_url: 'Twitter',
  facebook_url: 'Facebook',
  ideas_url: 'Ideas list',
  guide_url: 'Guide',
  projects_url: 'Archive page',
};

describe.each(source.organizations.map((organization, index) => ({ organization, page: goldenPages[index]!, name: organization.name })))('the golden page of $name', ({ organization, page }) => {
  it('names the organization, its year, web page, category, topics and technologies as the JSON does', () => {
    expect(page.fields('organization')).toBe(organization.name);
    expect(page.fields('program')).toBe('Google Summer of Code');
    expect(Number(page.fields('year'))).toBe(source.year);
    expect(page.fields('web_page')).toBe(organization.url);
    expect(page.fields('category')).toBe(organization.category);
    expect(page.fields('mailing_list')).toBe(organization.mailing_list || undefined);
    expect(page.list('topics')).toEqual(organization.topics.map((topic) => topic.trim()).filter(Boolean));
    expect(page.list('technologies')).toEqual(organization.technologies);
  });

  it('keeps every link the JSON gives, and no other', () => {
    const given = Object.entries(LINK_FIELDS).filter(([field]) => typeof organization[field] === 'string' && (organization[field] as string).trim() !== '');
    expect([...page.links.keys()].sort()).toEqual(given.map(([, label]) => label).sort());
    // An e-mail address is written as a mailto: link; every other value as the JSON has it.
    for (const [field, label] of given) expect(page.links.get(label)!.endsWith((organization[field] as string).trim())).toBe(true);
  });

  it('has the description, and each project with its title, contributor, links and abstract, in order', () => {
    expect(page.description).toBe(organization.description);
    expect(page.projects.map((project) => project.title)).toEqual(organization.projects.map((project) => project.title));
    organization.projects.forEach((project, index) => {
      const written = page.projects[index]!;
      expect(written.contributor).toBe(project.student_name);
      expect(written.code).toBe(project.code_url?.trim() || undefined);
      expect(written.projectPage).toBe(project.project_url);
      // HTML when it holds an HTML element; "Vec<ll>" in plain text is not one.
      if (/<\/?(?:p|ul|ol|li|h[1-6]|pre|code|strong|em|a|br)\b/i.test(project.description)) {
        for (const run of htmlRuns(project.description)) expect(markdownText(written.abstract)).toContain(run);
      } else {
        expect(unescape(written.abstract)).toBe(project.description.replace(/\r\n/g, '\n'));
      }
    });
  });
});
