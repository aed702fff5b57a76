import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../lib/content/load';
import { parseMarkdownPage } from '../../lib/content/markdown-page';
import { readArchiveYear, type ArchiveOrganization } from '../../lib/import/archive';
import { organizationPage } from '../../lib/import/organization-page';

const fixtures = path.join(__dirname, '../fixtures/import');
const archive = readArchiveYear(path.join(fixtures, 'small-year.json'));
const organizations = archive.organizations.map(({ organization }) => organization);

/** Loads generated pages the way the site does, from their text. */
function load(...pages: { path: string; text: string }[]) {
  return buildCatalog(pages.map((page) => parseMarkdownPage(page.text, page.path)));
}

function withProject(overrides: Partial<ArchiveOrganization['projects'][number]>): ArchiveOrganization {
  const organization = structuredClone(organizations[0]!);
  organization.projects = [{ ...organization.projects[0]!, ...overrides }];
  return organization;
}

describe('organizationPage', () => {
  it('writes the pages of tests/fixtures/import/expected (UPDATE=1 rewrites them for review in the diff)', () => {
    for (const organization of organizations) {
      const page = organizationPage(organization, 2016);
      const expectedFile = path.join(fixtures, 'expected', page.path);
      if (process.env.UPDATE) {
        mkdirSync(path.dirname(expectedFile), { recursive: true });
        writeFileSync(expectedFile, page.text);
      }
      expect(page.text, expectedFile).toBe(readFileSync(expectedFile, 'utf8'));
    }
  });

  it('puts each organization-year at YYYY/<organization-slug>.md', () => {
    expect(organizations.map((organization) => organizationPage(organization, 2016).path)).toEqual([
      '2016/c-plus-plus-tools-and-friends.md',
      '2016/quiet-org.md',
      '2016/plain-text-org.md',
    ]);
  });

  it('round-trips every field through the loader, with no issue', () => {
    const catalog = load(...organizations.map((organization) => organizationPage(organization, 2016)));
    expect(catalog.issues).toEqual([]);
    const [tools, quiet, plain] = catalog.organizationYears;
    expect(tools).toMatchObject({
      program: 'Google Summer of Code',
      year: 2016,
      name: 'C++ Tools & *Friends*',
      slug: 'c-plus-plus-tools-and-friends',
      webPage: 'https://cpp-tools.example.org/',
      mailingList: 'https://lists.cpp-tools.example.org/',
      category: 'Programming languages',
      // Empty entries dropped; "yes" and "2019" stay text.
      topics: ['compilers', 'yes'],
      technologies: ['c++', '2019'],
      links: [
        { label: 'Contact email', value: 'mailto:gsoc@cpp-tools.example.org' },
        { label: 'IRC', value: '#cpp-tools' },
        { label: 'Blog', value: 'https://blog.cpp-tools.example.org/' },
        { label: 'Archive page', value: 'https://example.org/archive/2016/organizations/1/' },
      ],
      projectCount: 3,
    });
    // A bare contact address becomes a mailto: URL, like most years give it.
    expect(quiet!.links).toContainEqual({ label: 'Contact email', value: 'mailto:hello@quiet.example.org' });
    expect(plain!.links.map((link) => link.label)).toEqual(['Contact email', 'IRC', 'Facebook', 'Ideas list', 'Archive page']);

    expect(catalog.projects.map((project) => [project.title, project.contributor, project.codeUrl, project.projectUrl])).toEqual([
      ['C++ *fast* #1', 'Ratnabali <devRD>', 'https://github.com/example/cpp_fast', 'https://example.org/archive/2016/projects/11/'],
      ['1. Getting started', 'Mishra, Anshuman', undefined, 'https://example.org/archive/2016/projects/12/'],
      ['Sharp ### in the middle #', 'sh_zam', undefined, 'https://example.org/archive/2016/projects/13/'],
      ['Faster Vec<ll> sorting', 'Zoey_Hong', 'https://github.com/example/sort', 'https://example.org/programs/2016/projects/31'],
    ]);
  });

  it('writes an organization with no projects as a page with no projects section', () => {
    const page = organizationPage(organizations[1]!, 2016);
    expect(page.text).not.toContain('## Projects');
    const catalog = load(page);
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears[0]).toMatchObject({ name: 'Quiet Org', projectCount: 0, description: 'An organization with no projects this year' });
  });

  it('never lets an abstract that opens with a list be read as the details', () => {
    const catalog = load(organizationPage(organizations[0]!, 2016));
    const project = catalog.projects.find((candidate) => candidate.title === '1. Getting started')!;
    expect(project.contributor).toBe('Mishra, Anshuman');
    expect(project.abstract).toBe('* Contributor: not a detail\n* second point\n\nThen a paragraph.');
  });

  it.each([
    ['C++ *fast* #1'],
    ['1. Starts with a digit and a dot'],
    ['# Starts like a heading'],
    ['- Starts like a list'],
    ['Ends with a hash #'],
    ['[Looks](like-a-link) and <b>html</b> & &amp; entity'],
    ['Back\\slash and `code` and _under_ and ~tilde~'],
    ['Two  spaces   inside'],
    ['Émoji 🚀 and 中文'],
  ])('keeps the title %j exactly', (title) => {
    const catalog = load(organizationPage(withProject({ title, student_name: title }), 2016));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects[0]!.title).toBe(title);
    expect(catalog.projects[0]!.contributor).toBe(title);
  });

  it.each([['STE||AR Group'], ['Ste||ar: "group" #1'], ['yes'], ['- dash'], ["kro | Kube's *Resource*"]])(
    'keeps the organization name %j exactly',
    (name) => {
      const catalog = load(organizationPage({ ...organizations[1]!, name }, 2016));
      expect(catalog.issues).toEqual([]);
      expect(catalog.organizationYears[0]!.name).toBe(name);
    },
  );

  it.each([['Jane Doe (jane@example.org)'], ['Bob Jones (see https://bob.example)'], ['<jane@example.org>'], ['[Jane](https://jane.example)']])(
    'keeps the contributor %j a name, not the link inside it',
    (name) => {
      const catalog = load(organizationPage(withProject({ student_name: name }), 2016));
      expect(catalog.issues).toEqual([]);
      expect(catalog.projects[0]!.contributor).toBe(name);
    },
  );

  it('gives a project with no contributor and no links a details list all the same', () => {
    const organization = withProject({ student_name: '', code_url: undefined, project_url: undefined, description: '<ul><li>Code: https://example.org/not-a-detail</li></ul>' });
    const catalog = load(organizationPage(organization, 2016));
    expect(catalog.issues).toEqual([]);
    const [project] = catalog.projects;
    expect([project!.contributor, project!.codeUrl, project!.projectUrl]).toEqual([undefined, undefined, undefined]);
    expect(project!.abstract).toBe('* Code: <https://example.org/not-a-detail>');
  });

  it('is a pure function of the JSON', () => {
    expect(organizationPage(organizations[0]!, 2016)).toEqual(organizationPage(structuredClone(organizations[0]!), 2016));
  });
});
