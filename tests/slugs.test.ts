import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../lib/content/load';
import { SLUG_PATTERN, slugify, uniqueSlugs } from '../lib/slugs';
import { contentFolder, textPage } from './helpers/content-folder';

describe('slugs', () => {
  it('are readable ASCII', () => {
    expect(slugify('Xen Project')).toBe('xen-project');
    expect(slugify('52°North Initiative für Geospatial Open Source Software GmbH')).toBe(
      '52-north-initiative-fur-geospatial-open-source-software-gmbh',
    );
    expect(slugify('Implement Xen PVUSB support in xl/libxl toolstack')).toBe('implement-xen-pvusb-support-in-xl-libxl-toolstack');
    expect(slugify("AbiWord's OpenXML Support")).toBe('abiwords-openxml-support');
    expect(slugify('C++ & Rust: Straße, Łódź, Øresund')).toBe('c-plus-plus-and-rust-strasse-lodz-oresund');
  });

  it('cut long titles at a word boundary', () => {
    const slug = slugify('Enable generic function cloning and program instrumentation in GCC to be able to create static binaries');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('enable-generic-function-cloning-and-program-instrumentation-in-gcc-to-be-able-to');
  });

  it('exist for titles with no Latin letters, and are stable', () => {
    const slug = slugify('中文分词');
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slugify('中文分词')).toBe(slug);
    expect(slugify('日本語')).not.toBe(slug);
  });

  it('stay within 80 characters when a long repeated title gets its number', () => {
    const title = 'word '.repeat(40);
    const slugs = uniqueSlugs(Array.from({ length: 12 }, () => title));
    for (const slug of slugs) {
      expect(slug.length, slug).toBeLessThanOrEqual(80);
      expect(slug).toMatch(SLUG_PATTERN);
    }
    expect(new Set(slugs).size).toBe(12);
    expect(slugs[0]).toBe(slugify(title));
    expect(slugs[11]).toMatch(/-12$/);
  });

  it('are unique within a page when titles repeat', () => {
    expect(uniqueSlugs(['Foo', 'Bar', 'Foo', 'foo!', 'Foo 2'])).toEqual(['foo', 'bar', 'foo-2', 'foo-3', 'foo-2-2']);
  });
});

describe('permalinks', () => {
  it('stay the same when other pages are added to the folder', () => {
    const xen = textPage({ name: 'Xen Project', projects: [['Same', 'a.'], ['Same', 'b.'], ['Other', 'c.']] });
    const alone = loadCatalog(contentFolder({ 'xen.txt': xen })).projects.map((project) => project.path);
    const crowded = loadCatalog(
      contentFolder({
        'a.txt': textPage({ name: 'Another', projects: [['Same', 'x.']] }),
        'xen.txt': xen,
        'z.md': '---\nprogram: gsoc\nyear: 2014\norganization: Zed\n---\n## Projects\n### Same\nText.\n',
      }),
    ).projects.filter((project) => project.organization === 'Xen Project').map((project) => project.path);
    expect(alone).toEqual(['/orgs/xen-project/2014/same/', '/orgs/xen-project/2014/same-2/', '/orgs/xen-project/2014/other/']);
    expect(crowded).toEqual(alone);
  });

  it('give an organization one slug across its years', () => {
    const catalog = loadCatalog(
      contentFolder({
        '2009/xen.txt': textPage({ name: 'Xen Project', year: '2009' }),
        '2011/xen.txt': textPage({ name: 'Xen Project', year: '2011' }),
      }),
    );
    expect(catalog.organizationYears.map((organization) => organization.path)).toEqual(['/orgs/xen-project/2009/', '/orgs/xen-project/2011/']);
  });

  it('follow a slug set in front matter', () => {
    const page = '---\nprogram: gsoc\nyear: 2020\norganization: The Xen Project\nslug: xen-project\n---\n## Projects\n### P\nText.\n';
    expect(loadCatalog(contentFolder({ 'x.md': page })).projects[0]!.path).toBe('/orgs/xen-project/2020/p/');
  });
});
