/** Characters no page should hand on as they are: lone surrogates in any field, bidi controls in names. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { openDataFiles } from '../../lib/site/open-data-files';
import { contentFolder } from '../helpers/content-folder';

const issuesOf = (catalog: ReturnType<typeof loadCatalog>) => catalog.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`);

describe('lone surrogates', () => {
  // YAML's "\uDC00" escape makes a string no UTF-8 file can hold: JSON.stringify keeps it as an
  // escape that strict readers refuse, while CSV, written as UTF-8, gets U+FFFD.
  const page = `---\nprogram: gsoc\nyear: 2019\norganization: "Surrogate \\uDC00 Org"\ntopics: ["web \\uD800"]\nlinks:\n  Chat: "irc \\uDBFF"\n---\n\nAbout.\n`;

  it('are replaced by U+FFFD in every field, with a warning at the line', () => {
    const catalog = loadCatalog(contentFolder({ '2019/surrogate.md': page }));
    const [organizationYear] = catalog.organizationYears;
    expect(organizationYear).toMatchObject({ name: 'Surrogate \uFFFD Org', topicsAsWritten: ['web \uFFFD'], links: [{ label: 'Chat', value: 'irc \uFFFD' }] });
    expect(issuesOf(catalog)).toEqual([
      '2019/surrogate.md:4: warning: organization holds a lone surrogate (U+DC00), which is no character: it is replaced by U+FFFD; the file that gave it was written wrong',
      '2019/surrogate.md:5: warning: topics holds a lone surrogate (U+D800), which is no character: it is replaced by U+FFFD; the file that gave it was written wrong',
      '2019/surrogate.md:6: warning: links holds a lone surrogate (U+DBFF), which is no character: it is replaced by U+FFFD; the file that gave it was written wrong',
    ]);
  });

  it('so the JSON and CSV open data hold the same valid text', () => {
    const catalog = loadCatalog(contentFolder({ '2019/surrogate.md': page }));
    const json = openDataFiles(catalog).files.find((file) => file.path === '/data/organization-years.json')!.text;
    expect(json).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(json).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(json).toContain('Surrogate \uFFFD Org');
  });
});

describe('bidirectional controls in names', () => {
  it('are warned about at the line: organization, tags, title, contributor and mentors', () => {
    const page = `---\nprogram: gsoc\nyear: 2019\norganization: "Evil \\u202E Org"\ntopics: ["a\\u202Eevil"]\n---\n\n## Projects\n\n### Title \u2067here\n\n- Contributor: Jane \u202Bdoe\n- Mentors: Ann, Bob \u2066x\n\nAn abstract may quote right-to-left text \u202E as it likes.\n`;
    const catalog = loadCatalog(contentFolder({ '2019/bidi.md': page }));
    expect(catalog.projects).toHaveLength(1);
    expect(issuesOf(catalog)).toEqual([
      '2019/bidi.md:4: warning: organization holds a bidirectional control (U+202E) that can reorder the text around it on the site; remove it',
      '2019/bidi.md:5: warning: topics holds a bidirectional control (U+202E) that can reorder the text around it on the site; remove it',
      '2019/bidi.md:10: warning: title holds a bidirectional control (U+2067) that can reorder the text around it on the site; remove it',
      '2019/bidi.md:12: warning: Contributor holds a bidirectional control (U+202B) that can reorder the text around it on the site; remove it',
      '2019/bidi.md:13: warning: Mentors holds a bidirectional control (U+2066) that can reorder the text around it on the site; remove it',
    ]);
  });
});
