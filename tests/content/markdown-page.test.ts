import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { contentFolder, REPOSITORY } from '../helpers/content-folder';

/** The complete example of the Markdown format that README shows, taken from README itself. */
function readmeExample(): string {
  const readme = readFileSync(path.join(REPOSITORY, 'README.md'), 'utf8');
  const match = /<!-- markdown-example -->\s*```markdown\n([\s\S]*?)\n```/.exec(readme);
  if (!match) throw new Error('README.md lost its <!-- markdown-example --> block');
  return `${match[1]}\n`;
}

describe('Markdown pages', () => {
  it("loads README's complete example with every field", () => {
    const catalog = loadCatalog(contentFolder({ '2014/xen-project.md': readmeExample() }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears).toHaveLength(1);
    const [organization] = catalog.organizationYears;
    expect(organization).toMatchObject({
      program: 'Google Summer of Code',
      year: 2014,
      name: 'Xen Project',
      slug: 'xen-project',
      markup: 'markdown',
      license: 'GNU General Public License version 2.0 (GPLv2)',
      webPage: 'http://wiki.xen.org/wiki/GSoc_2014',
      mailingList: 'lists.xenproject.org',
      category: 'Operating systems',
      topics: ['virtualization', 'cloud'],
      technologies: ['c', 'ocaml'],
      links: [
        { label: 'IRC', value: '#xen on Libera' },
        { label: 'Blog', value: 'https://xenproject.org/blog/' },
      ],
      source: { file: '2014/xen-project.md', line: 4 },
    });
    expect(organization!.description).toMatch(/^The Xen Project is a \*\*Linux Foundation\*\*/);
    expect(catalog.projects.map((project) => project.title)).toEqual(['Lazy Restore Using Memory Paging', 'MirageOS cloud API support']);
    const [lazy, mirage] = catalog.projects;
    expect(lazy).toMatchObject({
      contributor: 'Jane Doe',
      mentors: ['Alex Mentor', 'Sam Mentor'],
      codeUrl: 'https://github.com/example/lazy-restore',
      path: '/orgs/xen-project/2014/lazy-restore-using-memory-paging/',
      markup: 'markdown',
      // The organization-year's technologies; the project names none of them itself.
      organizationTechnologies: ['c', 'ocaml'],
      technologies: [],
    });
    expect(lazy!.abstract).toMatch(/^VM save\/restore functionality is one of the most commonly used/);
    expect(lazy!.abstract).toContain('- introduce lazy restore');
    expect(mirage!.contributor).toBeUndefined();
    expect(mirage!.technologies).toEqual(['ocaml']);
    expect(mirage!.abstract).toBe('OCaml bindings to public cloud APIs, as well as a Mirage app that uses the API.');
    // Each record points at its heading.
    const lines = readmeExample().split('\n');
    expect(lines[lazy!.source.line - 1]).toBe('### Lazy Restore Using Memory Paging');
    expect(lines[mirage!.source.line - 1]).toBe('### MirageOS cloud API support');
  });

  it('takes a list that is not all "Key: value" items as the start of the abstract', () => {
    const page = [
      '---',
      'program: gsoc',
      'year: 2020',
      'organization: Lists Org',
      '---',
      '## Projects',
      '### Plan',
      '- first we parse',
      '- then we render',
    ].join('\n');
    const catalog = loadCatalog(contentFolder({ 'l.md': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects[0]).toMatchObject({ title: 'Plan', abstract: '- first we parse\n- then we render' });
  });

  it('ignores "## Projects" inside a code block', () => {
    const page = ['---', 'program: gsoc', 'year: 2020', 'organization: Code Org', '---', '```', '## Projects', '### Not a project', '```'].join('\n');
    const catalog = loadCatalog(contentFolder({ 'c.md': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects).toEqual([]);
    expect(catalog.organizationYears[0]!.description).toContain('### Not a project');
  });

  it('reads headings with inline formatting as plain titles', () => {
    const page = ['---', 'program: gsoc', 'year: 2020', 'organization: Fmt Org', '---', '## Projects', '### Faster `grep` for *everyone*', 'Text.'].join('\n');
    const [project] = loadCatalog(contentFolder({ 'f.md': page })).projects;
    expect(project!.title).toBe('Faster grep for everyone');
    expect(project!.slug).toBe('faster-grep-for-everyone');
  });
});

describe('a Markdown page read a project at a time', () => {
  it('reads headings inside a code fence or a raw HTML block as CommonMark does, not as projects', () => {
    const page = [
      '---', 'program: gsoc', 'year: 2016', 'organization: Tricky Org', '---', '', '## Projects', '',
      '### First', '', '```', '', '### Not a project: inside a fence', '', '```', '',
      '### Second', '', '<pre>', '', '### Not a project: inside pre', '', '</pre>', '',
      '### Third', '', '- a list', '', '### Fourth', '', 'Text.',
    ].join('\n');
    const catalog = loadCatalog(contentFolder({ 'a.md': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects.map((project) => [project.title, project.source.line])).toEqual([
      ['First', 9],
      ['Second', 17],
      ['Third', 25],
      ['Fourth', 29],
    ]);
    expect(catalog.projects[0]!.abstract).toContain('### Not a project: inside a fence');
  });

  it('loads a page of 5,000 projects, every one at its line', () => {
    const projects = Array.from({ length: 5_000 }, (_, index) => `### Project ${index}\n\n- Contributor: A B\n\nAbstract ${index} with *emphasis*.\n`);
    const page = ['---', 'program: gsoc', 'year: 2016', 'organization: Big Org', '---', '', '## Projects', '', ...projects].join('\n');
    const catalog = loadCatalog(contentFolder({ 'big.md': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects).toHaveLength(5_000);
    expect(catalog.projects[4_999]).toMatchObject({ title: 'Project 4999', contributor: 'A B', source: { line: 9 + 4_999 * 6 } });
  });
});

describe('projects a curator may think are there', () => {
  it('warns at each "###" line that an unclosed code fence or HTML block swallows', () => {
    const page = ['---', 'program: gsoc', 'year: 2016', 'organization: Fence Org', '---', '', '## Projects', '', '### First', '', '```', 'code', '', '### Second', '', 'Text.'].join('\n');
    const catalog = loadCatalog(contentFolder({ 'a.md': page }));
    expect(catalog.projects.map((project) => project.title)).toEqual(['First']);
    expect(catalog.issues.map((issue) => `${issue.severity} ${issue.line}: ${issue.message}`)).toEqual([
      'warning 14: this "###" line is read as the content of the code or HTML block opened on line 11, which never closes, not as a project; close the block if it is one',
    ]);
    // A closed block is the curator's own choice: no warning.
    const closed = loadCatalog(contentFolder({ 'b.md': page.replace('code\n', 'code\n```\n') }));
    expect(closed.issues).toEqual([]);
    expect(closed.projects.map((project) => project.title)).toEqual(['First', 'Second']);
  });
});

describe('project details that hold a link', () => {
  const page = (details: string) => `---\nprogram: gsoc\nyear: 2019\norganization: Linked Org\n---\n\n## Projects\n\n### A Project\n\n${details}\n\nThe abstract.\n`;

  it('keep the contributor a name, the address in it beside the name', () => {
    const catalog = loadCatalog(contentFolder({ '2019/linked.md': page('- Contributor: Jane Doe (jane@example.org)') }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects[0]!.contributor).toBe('Jane Doe (jane@example.org)');
  });

  it('keep every mentor, a link inside one mentor beside that name', () => {
    const catalog = loadCatalog(contentFolder({ '2019/linked.md': page('- Mentors: Alice Smith, Bob Jones (see https://bob.example), Carol') }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects[0]!.mentors).toEqual(['Alice Smith', 'Bob Jones (see https://bob.example)', 'Carol']);
  });

  it('keep the name of a name written as a link, and check says its address is dropped', () => {
    const catalog = loadCatalog(contentFolder({ '2019/linked.md': page('- Contributor: [Jane Doe](https://jane.example/)\n- Mentors: Ann, [Bob](https://bob.example/)') }));
    expect(catalog.projects[0]!.contributor).toBe('Jane Doe');
    expect(catalog.projects[0]!.mentors).toEqual(['Ann', 'Bob']);
    expect(catalog.issues.map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [11, 'warning', 'Contributor holds names, so the address of the link "Jane Doe" (https://jane.example/) is dropped; write it as text beside the name to keep it'],
      [12, 'warning', 'Mentors holds names, so the address of the link "Bob" (https://bob.example/) is dropped; write it as text beside the name to keep it'],
    ]);
  });

  it('still take a Code or Project page link for its address', () => {
    const catalog = loadCatalog(contentFolder({ '2019/linked.md': page('- Code: [the repository](https://code.example/repo)\n- Project page: https://project.example/') }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects[0]).toMatchObject({ codeUrl: 'https://code.example/repo', projectUrl: 'https://project.example/' });
  });
});
