import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { contentFolder, textPage } from '../helpers/content-folder';

/** The errors of a folder as `file:line: message` strings, the form `check` prints. */
function errorsOf(files: Record<string, string | Uint8Array>): string[] {
  return loadCatalog(contentFolder(files))
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.file}:${issue.line}: ${issue.message}`);
}

const markdownPage = (frontMatter: string[], body: string[] = []) => ['---', ...frontMatter, '---', ...body].join('\n');

describe('problems are reported with their file and line', () => {
  it('an empty file', () => {
    expect(errorsOf({ 'empty.txt': '' })).toEqual([
      'empty.txt:1: empty file: a page needs at least a program and year line and an organization name',
    ]);
    expect(errorsOf({ 'blank.md': '\n  \n' })).toEqual([expect.stringMatching(/^blank\.md:1: empty file/)]);
  });

  it('a binary file', () => {
    expect(errorsOf({ 'logo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) })).toEqual([
      'logo.txt:1: not a text page (it contains NUL bytes); archive pages are UTF-8 text (.txt) or Markdown (.md)',
    ]);
    expect(errorsOf({ 'latin1.txt': new Uint8Array([0x66, 0xfc, 0x72, 0x0a]) })).toEqual([
      expect.stringMatching(/^latin1\.txt:1: not a text page \(it is not valid UTF-8\)/),
    ]);
  });

  it('a missing program and year line, naming every project it keeps from loading', () => {
    const page = textPage({ projects: [['One', 'First.'], ['Two', 'Second.']] }).replace('Google Summer of Code 2014\n', '');
    expect(errorsOf({ 'noyear.txt': page })).toEqual([
      'noyear.txt:3: expected a program and year line like "Google Summer of Code 2014", found "Example Org"',
      'noyear.txt:11: project "One" not loaded because of errors on this page',
      'noyear.txt:13: project "Two" not loaded because of errors on this page',
    ]);
  });

  it('a year that is not a year, in either format', () => {
    expect(errorsOf({ 'y.txt': textPage({ year: '20l4' }) })).toEqual([
      'y.txt:2: the year "20l4" is not a year: expected four digits like 2014',
      'y.txt:12: project "A Project" not loaded because of errors on this page',
    ]);
    expect(errorsOf({ 'y.md': markdownPage(['program: gsoc', 'organization: Org', 'year: 1999']) })).toEqual([
      expect.stringMatching(/^y\.md:4: year 1999 is outside the archive's years \(2005–\d{4}\)$/),
    ]);
  });

  it('an unknown program', () => {
    expect(errorsOf({ 'p.md': markdownPage(['program: Summer of Docs', 'year: 2019', 'organization: Org']) })).toEqual([
      'p.md:2: program "Summer of Docs" is not a program of the archive (Google Summer of Code, Google Code-in)',
    ]);
  });

  it('no organization name', () => {
    const text = ['GSoC/GCI Archive', 'Google Summer of Code 2014', '', 'Web Page: https://example.org/', '', 'Projects', '', '  • T', '    A.'].join('\n');
    expect(errorsOf({ 'noname.txt': text })).toEqual([
      'noname.txt:4: expected the organization name after the program and year, found "Web Page: https://example.org/"',
      'noname.txt:8: project "T" not loaded because of errors on this page',
    ]);
    expect(errorsOf({ 'noname.md': markdownPage(['program: gsoc', 'year: 2014']) })).toEqual([
      'noname.md:1: organization is missing: every page names its organization',
    ]);
  });

  it('malformed front matter', () => {
    expect(errorsOf({ 'bad.md': markdownPage(['program: gsoc', 'year: 2014', 'organization: "Xen', 'license: MIT']) })).toEqual([
      expect.stringMatching(/^bad\.md:\d: front matter is not valid YAML: /),
    ]);
    expect(errorsOf({ 'open.md': '---\nprogram: gsoc\nyear: 2014\n' })).toEqual([
      'open.md:1: front matter is not valid YAML: the block opened on line 1 is never closed by a "---" line',
    ]);
    expect(errorsOf({ 'none.md': '# Xen\n\n## Projects\n\n### Lost project\n\nText.\n' })).toEqual([
      'none.md:1: missing front matter: a Markdown page starts with a "---" block giving program, year and organization',
      'none.md:5: project "Lost project" not loaded because of errors on this page',
    ]);
    expect(errorsOf({ 'list.md': '---\n- a\n- b\n---\n' })).toEqual(['list.md:2: front matter must be a list of "key: value" lines']);
  });

  it('an invalid field value, on the line of the field', () => {
    const page = markdownPage(['program: gsoc', 'year: 2014', 'organization: Org', 'topics: graphics', 'slug: Not A Slug'], ['## Projects', '', '### T', '', 'A.']);
    expect(errorsOf({ 'f.md': page })).toEqual([
      'f.md:5: topics must be a list, like [python, c++]',
      'f.md:6: slug must be lowercase letters, digits and single dashes, like "xen-project"',
      'f.md:10: project "T" not loaded because of errors on this page',
    ]);
  });

  it('an unknown front matter key, with a suggestion', () => {
    expect(errorsOf({ 'k.md': markdownPage(['program: gsoc', 'year: 2014', 'organization: Org', 'webpage: https://x.org']) })).toEqual([
      'k.md:5: unknown front matter key "webpage" (did you mean "web_page"?); known keys are listed in README',
    ]);
  });

  it('an invalid project detail fails that project only', () => {
    const page = markdownPage(
      ['program: gsoc', 'year: 2014', 'organization: Org'],
      ['## Projects', '', '### Good', '', 'Fine.', '', '### Bad', '', '- Code: not a url', '', 'Text.', '', '### Typo', '', '- Mentor: Ann', '', 'Text.'],
    );
    const catalog = loadCatalog(contentFolder({ 'd.md': page }));
    expect(catalog.issues.map((issue) => `${issue.line}: ${issue.message}`)).toEqual([
      '12: project "Bad" not loaded because of errors on this page',
      '14: Code must be an http(s) URL',
      '20: unknown project detail "Mentor"; known details are contributor, mentors, code, project page',
    ]);
    // The typo loses only the detail (named above), never the project.
    expect(catalog.projects.map((project) => project.title)).toEqual(['Good', 'Typo']);
  });

  it('Markdown structure mistakes that would otherwise lose text', () => {
    const page = markdownPage(
      ['program: gsoc', 'year: 2014', 'organization: Org'],
      ['# Projects', '', 'stray text', '', '### P', '', 'A.', '', '## Links', '', 'More.'],
    );
    expect(errorsOf({ 's.md': page })).toEqual([
      's.md:6: the projects section heading must be "## Projects" (level 2), found a level 1 heading',
      's.md:8: text between "## Projects" and the first "### " project heading; every project starts with a "### Title" heading',
      's.md:14: heading "Links" after "## Projects" is not part of any project, nor is the text under it: projects are "### " headings, and their abstracts may use "####" or deeper',
    ]);
  });

  it('the same program, year and organization in two files, naming both', () => {
    const files = {
      '2014/xen.txt': textPage({ name: 'Xen Project' }),
      '2014/xen-again.md': markdownPage(['program: Google Summer of Code', 'year: 2014', 'organization: Xen Project'], ['## Projects', '', '### Lost', '', 'A.']),
    };
    expect(errorsOf(files)).toEqual([
      '2014/xen.txt:4: Xen Project (Google Summer of Code 2014) is also in 2014/xen-again.md:4; each organization-year belongs in exactly one page',
      '2014/xen.txt:12: project "A Project" not loaded because of errors on this page',
    ]);
  });

  it('text page lines that are not projects, and bullets before the Projects line', () => {
    const page = textPage({ description: ['Intro.', '• Early Bird An early project.'] }).concat('stray line\n  •\n');
    expect(errorsOf({ 'x.txt': page })).toEqual([
      'x.txt:10: project "Early Bird An early project." is not loaded: its bullet comes before the "Projects" line; add a line "Projects" above the first project',
      'x.txt:16: unexpected line in the projects list: "stray line"; each project is a "•" bullet, and an abstract on its own line must be indented under its bullet',
      'x.txt:17: empty project bullet: write the title and abstract after the "•"',
    ]);
  });
});

describe('a bad page never takes its neighbours down', () => {
  it('loads the good pages of a folder with a bad one, and skips files it does not read', () => {
    const catalog = loadCatalog(
      contentFolder({
        'good/a.txt': textPage({ name: 'Alpha', projects: [['A1', 'x.'], ['A2', 'y.']] }),
        'good/b.md': markdownPage(['program: gsoc', 'year: 2015', 'organization: Beta'], ['## Projects', '', '### B1', '', 'z.']),
        'bad.txt': textPage({ year: 'next year' }),
        'notes.json': '{}',
        '_draft.txt': textPage({ name: 'Draft' }),
        '.hidden/c.txt': textPage({ name: 'Hidden' }),
      }),
    );
    expect(catalog.projects.map((project) => project.title)).toEqual(['A1', 'A2', 'B1']);
    expect(catalog.stats).toEqual({ pages: 3, skipped: 3, errors: 2, warnings: 0 });
  });
});

describe('front matter that could hide a project or a key', () => {
  it('refuses a closing fence with more than "---" on its line, at that line, instead of losing the projects', () => {
    const page = ['---', 'program: gsoc', 'year: 2016', 'organization: Fence Org', '--- ', '', '## Projects', '', '### Three', 'x.'].join('\n');
    expect(errorsOf({ 'a.md': page })).toEqual([
      'a.md:5: front matter must close with a line of exactly "---", and this line starts like one: "--- "; remove what follows the dashes',
      'a.md:9: project "Three" not loaded because of errors on this page',
    ]);
    const hiding = ['---', 'program: gsoc', 'year: 2016', '---x', 'organization: Hidden', '---', '## Projects', '### One', 'x.'].join('\n');
    expect(errorsOf({ 'b.md': hiding })[0]).toMatch(/^b\.md:4: front matter must close with a line of exactly "---"/);
  });

  it('reports keys named like Object.prototype’s as unknown, and keeps such a text page line as a link', () => {
    const errors = errorsOf({ 'a.md': markdownPage(['program: gsoc', 'year: 2016', 'organization: Proto Org', '__proto__: x', 'constructor: y', 'toString: z']) });
    expect(errors).toHaveLength(3);
    for (const key of ['__proto__', 'constructor', 'toString']) expect(errors.some((error) => error.includes(`"${key}"`))).toBe(true);
    const details = markdownPage(['program: gsoc', 'year: 2016', 'organization: Detail Org'], ['## Projects', '', '### One', '', '- Constructor: Bob', '', 'Text.']);
    expect(errorsOf({ 'b.md': details }).some((error) => /Constructor/.test(error))).toBe(true);
    const catalog = loadCatalog(contentFolder({ 'c.txt': textPage({ name: 'Link Org', fields: ['Constructor: https://example.org/'] }) }));
    expect(catalog.organizationYears[0]!.links).toEqual([{ label: 'Constructor', value: 'https://example.org/' }]);
  });
});

describe('pages built to break the run', () => {
  it('lists at most 200 problems of one page, then how many more, and loads its neighbours', () => {
    const broken = ['---', 'program: gsoc', 'year: 2016', 'organization: Many Keys', ...Array.from({ length: 150_000 }, (_, index) => `key${index}: x`), '---'].join('\n');
    const catalog = loadCatalog(contentFolder({ 'broken.md': broken, 'good.txt': textPage({ name: 'Good Org' }) }));
    const ofBroken = catalog.issues.filter((issue) => issue.file === 'broken.md');
    expect(ofBroken).toHaveLength(201);
    expect(ofBroken.at(-1)!.message).toBe('and 149,800 more problems on this page from here on, not listed; fix the ones above first');
    expect(catalog.organizationYears.map((organizationYear) => organizationYear.name)).toContain('Good Org');
  });

  it('refuses a slug or an alias longer than a slug may be, at its line', () => {
    const errors = errorsOf({ 'a.md': markdownPage(['program: gsoc', 'year: 2016', 'organization: Long', `slug: ${'a'.repeat(500)}`, `aliases: [${'b'.repeat(300)}]`]) });
    expect(errors).toEqual(['a.md:5: slug must be at most 80 characters', 'a.md:6: aliases.0 must be at most 80 characters']);
  });
});

describe('Markdown that nests deep enough to exhaust a parser', () => {
  const page = (abstract: string) => markdownPage(['program: gsoc', 'year: 2016', 'organization: Deep Org'], ['## Projects', '', '### Fine Project', '', 'Plain.', '', '### Deep Project', '', abstract]);
  const cases: [string, string][] = [
    ['10,000 list markers', `${'- '.repeat(10_000)}x`],
    ['a 2,000-level indented list', Array.from({ length: 2_000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')],
    ['10,000 quote markers', `${'>'.repeat(10_000)} x`],
    ['10,000 opening brackets', `${'['.repeat(10_000)}x`],
    ['5,000 nested emphasis levels', `${'*a '.repeat(5_000)}x`],
  ];

  it.each(cases)('refuses %s at its line, names every project, and loads the neighbours', (_, abstract) => {
    const catalog = loadCatalog(contentFolder({ 'deep.md': page(abstract), 'good.txt': textPage({ name: 'Good Org' }) }));
    const errors = catalog.issues.filter((issue) => issue.file === 'deep.md').map((issue) => `${issue.line}: ${issue.message}`);
    expect(errors.slice(0, 2)).toEqual(['8: project "Fine Project" not loaded because of errors on this page', '12: project "Deep Project" not loaded because of errors on this page']);
    // At the line where it goes too deep: the abstract's first line, or a later line of the indented list.
    expect(errors[2]).toMatch(/^\d+: (lists or quotes nest .* deep here|this line holds .* marks)/);
    expect(Number(errors[2]!.split(':')[0])).toBeGreaterThanOrEqual(14);
    expect(errors).toHaveLength(3);
    expect(catalog.organizationYears.map((organizationYear) => organizationYear.name)).toEqual(['Good Org']);
  });

  it('still reads a page whose lists nest as deep as real pages do', () => {
    const nested = Array.from({ length: 6 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    expect(errorsOf({ 'ok.md': page(nested) })).toEqual([]);
  });
});
