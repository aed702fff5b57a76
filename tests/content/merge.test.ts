import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { looseNameKey, mergeOrganizations, strictNameKey, type MergeCandidate } from '../../lib/content/merge';
import { slugify } from '../../lib/slugs';
import { contentFolder, textPage } from '../helpers/content-folder';

const candidate = (name: string, year: number, overrides: Partial<MergeCandidate> = {}): MergeCandidate => ({
  name,
  slug: slugify(name),
  programId: 'gsoc',
  year,
  explicitSlug: false,
  ...overrides,
});

describe('name keys', () => {
  it('ignore case, accents, punctuation, a leading "The" and bracketed parts', () => {
    expect(strictNameKey('The Apache Software Foundation')).toBe(strictNameKey('Apache Software Foundation'));
    expect(strictNameKey('GNU Compiler Collection (GCC)')).toBe(strictNameKey('GNU Compiler Collection'));
    expect(strictNameKey('52°North')).toBe(strictNameKey('52° North'));
    expect(strictNameKey('Joomla!')).toBe(strictNameKey('joomla'));
    expect(strictNameKey('Theano')).toBe('theano');
  });

  it('can drop a trailing Project, Foundation, Initiative or .org, but never the whole name', () => {
    expect(looseNameKey('Xen.org')).toBe('xen');
    expect(looseNameKey('The Xen Project')).toBe('xen');
    expect(looseNameKey('Mifos Initiative')).toBe('mifos');
    expect(looseNameKey('Python Software Foundation')).toBe('python software');
    expect(looseNameKey('The Foundation')).toBe('foundation');
  });
});

describe('merging organizations', () => {
  it('merges names that are trivially the same under the slug of the most recent name', () => {
    const { slugs, merges } = mergeOrganizations([
      candidate('Xen.org', 2010),
      candidate('Xen Project', 2018),
      candidate('The Xen Project', 2016),
      candidate('KDE', 2010),
    ]);
    expect(slugs).toEqual(['xen-project', 'xen-project', 'xen-project', 'kde']);
    expect(merges).toEqual([
      {
        slug: 'xen-project',
        mergedSlugs: ['the-xen-project', 'xen-org'],
        names: [
          { name: 'Xen.org', years: [2010] },
          { name: 'The Xen Project', years: [2016] },
          { name: 'Xen Project', years: [2018] },
        ],
        rule: 'same name but for a suffix',
      },
    ]);
  });

  it('never merges two names that took part in the same program and year', () => {
    const { slugs, merges } = mergeOrganizations([candidate('GNOME', 2019), candidate('GNOME Foundation', 2019), candidate('GNOME Project', 2010)]);
    expect(new Set(slugs).size).toBe(3);
    expect(merges).toEqual([]);
    // The same two names in different programs of one year can be one organization.
    expect(new Set(mergeOrganizations([candidate('Xen.org', 2014), candidate('Xen Project', 2014, { programId: 'gci' })]).slugs).size).toBe(1);
  });

  it('keeps a slug a curator set, and merges nothing that shares no name', () => {
    const { slugs } = mergeOrganizations([
      candidate('Tor', 2009, { slug: 'the-tor-project', explicitSlug: true }),
      candidate('The Tor Project', 2020),
      candidate('Electronic Frontier Foundation', 2011),
    ]);
    expect(slugs).toEqual(['the-tor-project', 'the-tor-project', 'electronic-frontier-foundation']);
  });
});

describe('merged organizations in the catalog', () => {
  it('share one slug, and keep the slug each page had as an alias', () => {
    const catalog = loadCatalog(
      contentFolder({
        '2010/xen.txt': textPage({ name: 'Xen.org', year: '2010', projects: [['Old', 'a.']] }),
        '2018/xen.md': '---\nprogram: gsoc\nyear: 2018\norganization: Xen Project\n---\n## Projects\n### New\nb.\n',
      }),
    );
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.map((organization) => [organization.slug, organization.aliases, organization.path])).toEqual([
      ['xen-project', ['xen-org'], '/orgs/xen-project/2010/'],
      ['xen-project', [], '/orgs/xen-project/2018/'],
    ]);
    expect(catalog.projects.map((project) => project.path)).toEqual(['/orgs/xen-project/2010/old/', '/orgs/xen-project/2018/new/']);
    expect(catalog.merges).toHaveLength(1);
  });

  it('refuses an alias that is another organization’s slug', () => {
    const catalog = loadCatalog(
      contentFolder({
        'a.md': '---\nprogram: gsoc\nyear: 2018\norganization: Alpha\naliases: [beta]\n---\n',
        'b.md': '---\nprogram: gsoc\nyear: 2018\norganization: Beta\n---\n',
      }),
    );
    expect(catalog.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([
      'a.md:5: alias "beta" is the slug of another organization: its pages are there, so it cannot redirect here; remove it from aliases',
    ]);
    expect(catalog.organizationYears.find((organization) => organization.name === 'Alpha')!.aliases).toEqual([]);
  });
});
