import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { BUILT_IN_CONTENT, contentFolder, textPage } from '../helpers/content-folder';

describe('the seed page (content/, the Xen Project page of 2014)', () => {
  const catalog = loadCatalog(BUILT_IN_CONTENT);

  it('loads without errors', () => {
    expect(catalog.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(catalog.stats.pages).toBe(1);
  });

  it('reads the organization-year fields', () => {
    expect(catalog.organizationYears).toHaveLength(1);
    const [xen] = catalog.organizationYears;
    expect(xen).toMatchObject({
      program: 'Google Summer of Code',
      programId: 'gsoc',
      year: 2014,
      name: 'Xen Project',
      slug: 'xen-project',
      path: '/orgs/xen-project/2014/',
      license: 'GNU General Public License version 2.0 (GPLv2)',
      webPage: 'http://wiki.xen.org/wiki/GSoc_2014',
      mailingList: 'lists.xenproject.org',
      links: [],
      projectCount: 5,
      source: { file: 'xen-project-2014.txt', line: 4 },
    });
    expect(xen!.description).toBe(
      'The Xen Project is a Linux Foundation collaborative project that develops the Xen Hypervisor (for x86 and ARM), the XAPI toolstack and the Mirage OS Cloud Operating system.',
    );
  });

  it('splits all five bullets into the true titles and abstracts', () => {
    expect(catalog.projects.map((project) => [project.title, project.abstract.slice(0, 40), project.source.line])).toEqual([
      ['Implement Xen PVUSB support in xl/libxl toolstack', 'I am a second-year master student at Sha', 16],
      ['Lazy Restore Using Memory Paging', 'VM save/restore functionality is one of ', 17],
      ['MirageOS cloud API support', 'OCaml bindings to public cloud APIs, as ', 18],
      ['Parallel xenwatch kthread', 'I am a past OPW intern (round 6). During', 19],
      ['Xen Hypervisor-- HVM per-event-channel interrupts', 'Modify Xen to allow each event channel t', 20],
    ]);
    // Abstracts are the rest of the line, byte for byte.
    expect(catalog.projects[2]!.abstract).toBe('OCaml bindings to public cloud APIs, as well as a Mirage app that uses the API.');
    expect(catalog.projects[4]!.abstract.endsWith('as this will not be possible with a Windows guest.')).toBe(true);
  });

  it('gives each project a permalink under its organization-year', () => {
    expect(catalog.projects[1]!.path).toBe('/orgs/xen-project/2014/lazy-restore-using-memory-paging/');
    expect(catalog.projects[0]!.path).toBe('/orgs/xen-project/2014/implement-xen-pvusb-support-in-xl-libxl-toolstack/');
  });
});

describe('text pages', () => {
  it('reads BOM and CRLF line endings as normal input', () => {
    const page = textPage({ name: 'Windows Org' }).replace(/\n/g, '\r\n');
    const catalog = loadCatalog(contentFolder({ 'w.txt': `\uFEFF${page}` }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears[0]!.name).toBe('Windows Org');
    expect(catalog.projects.map((project) => [project.title, project.abstract])).toEqual([['A Project', 'It does things.']]);
  });

  it('takes an abstract on the following indented lines as given, with no guessing', () => {
    const page = [
      'GSoC/GCI Archive',
      'Google Summer of Code 2012',
      '',
      'Example Org',
      '',
      'Projects',
      '',
      '  • Lazy Restore Using Memory Paging VM Edition',
      '      VM save/restore is slow.',
      '      It loads everything.',
      '',
      '      Second paragraph.',
      '  • Next Title Only',
      '      Its abstract.',
    ].join('\n');
    const catalog = loadCatalog(contentFolder({ 'p.txt': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.projects.map((project) => [project.title, project.abstract, project.source.line])).toEqual([
      ['Lazy Restore Using Memory Paging VM Edition', 'VM save/restore is slow. It loads everything.\n\nSecond paragraph.', 8],
      ['Next Title Only', 'Its abstract.', 13],
    ]);
  });

  it('reads Google Code-in pages as their own program, beside the same year of Summer of Code', () => {
    const catalog = loadCatalog(
      contentFolder({
        'gsoc.txt': textPage({ name: 'Xen Project', year: '2014' }),
        'gci.txt': textPage({ program: 'Google Code-in', name: 'Xen Project', year: '2014' }),
      }),
    );
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.map((organization) => [organization.program, organization.programId, organization.path])).toEqual([
      ['Google Code-in', 'gci', '/orgs/xen-project/code-in-2014/'],
      ['Google Summer of Code', 'gsoc', '/orgs/xen-project/2014/'],
    ]);
    expect(new Set(catalog.projects.map((project) => project.path)).size).toBe(2);
  });

  it('keeps every Key: Value line, named or not, and repeated keys too', () => {
    const page = textPage({
      fields: [
        'License: MIT',
        'Web Page: https://example.org/',
        'Mailing List: dev@example.org',
        'Mailing List: https://lists.example.org/',
        'IRC Channel: #example on Libera',
      ],
      description: ['Our mission is:', 'To build things.'],
    });
    const [organization] = loadCatalog(contentFolder({ 'k.txt': page })).organizationYears;
    expect(organization).toMatchObject({ license: 'MIT', webPage: 'https://example.org/', mailingList: 'dev@example.org' });
    expect(organization!.links).toEqual([
      { label: 'Mailing List', value: 'https://lists.example.org/' },
      { label: 'IRC Channel', value: '#example on Libera' },
    ]);
    // A line ending in a colon is a sentence of the description, not an empty field.
    expect(organization!.description).toBe('Our mission is:\n\nTo build things.');
  });

  it('reads an organization name that contains a colon as the name', () => {
    const [organization] = loadCatalog(contentFolder({ 's.txt': textPage({ name: 'Systers: Women in Computing' }) })).organizationYears;
    expect(organization!.name).toBe('Systers: Women in Computing');
    expect(organization!.slug).toBe('systers-women-in-computing');
  });

  it('accepts a page with no projects', () => {
    const page = ['GSoC/GCI Archive', 'Google Summer of Code 2024', '', 'Quiet Org', '', 'A description.', ''].join('\n');
    const catalog = loadCatalog(contentFolder({ 'q.txt': page }));
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears[0]).toMatchObject({ name: 'Quiet Org', projectCount: 0, description: 'A description.' });
  });

  it('warns where the splitter is unsure, in the form curators grep for', () => {
    const catalog = loadCatalog(
      contentFolder({ 'u.txt': textPage({ projects: [] }).replace('Projects\n', 'Projects\n\n  • a b c d e f g h i j k l m n o p\n') }),
      { splitBullet: (text) => ({ title: text.slice(0, 5), abstract: text.slice(6), uncertain: true }) },
    );
    expect(catalog.issues).toEqual([
      { file: 'u.txt', line: 12, severity: 'warning', message: expect.stringMatching(/^uncertain title split: "a b c" \| "d e f g/) },
    ]);
    expect(catalog.projects[0]!.title).toBe('a b c');
  });
});
