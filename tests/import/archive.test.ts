import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchiveYear } from '../../lib/import/archive';
import { formatImportIssue } from '../../lib/import/import-issues';

const fixture = (name: string) => path.join(__dirname, '../fixtures/import', name);
const messagesOf = (file: string) => readArchiveYear(fixture(file)).issues.map(formatImportIssue);

/** Writes `json` as `name` in a fresh temporary folder and returns its path. */
function tempJson(name: string, json: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'import-archive-')), name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

describe('readArchiveYear', () => {
  it('reads a valid year: every organization, trimmed values, no problems', () => {
    const archive = readArchiveYear(fixture('small-year.json'));
    expect(archive.issues).toEqual([]);
    expect(archive.year).toBe(2016);
    expect(archive.listed).toBe(3);
    expect(archive.organizations.map(({ index, organization }) => [index, organization.name])).toEqual([
      [0, 'C++ Tools & *Friends*'],
      [1, 'Quiet Org'],
      [2, 'Plain Text Org'],
    ]);
    const [first] = archive.organizations[0]!.organization.projects;
    // The archive has code URLs with a trailing CRLF; null and "" both mean no code link.
    expect(first!.code_url).toBe('https://github.com/example/cpp_fast');
    expect(archive.organizations[0]!.organization.projects.map((project) => project.code_url)).toEqual([
      'https://github.com/example/cpp_fast',
      undefined,
      undefined,
    ]);
  });

  it('names the file, the organization and the field of each problem, and keeps the valid organizations', () => {
    const archive = readArchiveYear(fixture('broken-organizations.json'));
    expect(archive.organizations.map(({ organization }) => organization.name)).toEqual(['Still Imported']);
    expect(archive.issues.map(formatImportIssue)).toEqual([
      'broken-organizations.json: organizations[1] "Apache Software Foundation": projects[2].code_url: expected an http(s) URL, found text "ftp://not.http.example.org/"; this organization is not imported',
      'broken-organizations.json: organizations[1] "Apache Software Foundation": projects[3].title: expected text, found a number (42); this organization is not imported',
      'broken-organizations.json: organizations[2]: expected an object, found a number (7); this organization is not imported',
      'broken-organizations.json: organizations[3] "Missing Fields": missing fields url, category, topics, technologies, irc_channel, contact_email, mailing_list, twitter_url, blog_url, projects_url; this organization is not imported',
      'broken-organizations.json: warning: organizations carry fields the importer does not know and leaves out: unexpected_field',
    ]);
  });

  it('warns when num_projects disagrees with the projects listed, and imports the ones listed', () => {
    const year = JSON.parse(readFileSync(fixture('small-year.json'), 'utf8'));
    year.organizations[0].num_projects = 5;
    const archive = readArchiveYear(tempJson('2016.json', year));
    expect(archive.organizations).toHaveLength(3);
    expect(archive.issues.map(formatImportIssue)).toEqual([
      '2016.json: organizations[0] "C++ Tools & *Friends*": warning: num_projects says 5 but 3 projects are listed; imported the 3 listed',
    ]);
  });

  it.each([
    [1e20, 'a number (100000000000000000000)'],
    [2.5, 'a number (2.5)'],
    [-1, 'a number (-1)'],
  ])('says what is wrong with num_projects %s', (value, found) => {
    const year = JSON.parse(readFileSync(fixture('small-year.json'), 'utf8'));
    year.organizations[0].num_projects = value;
    expect(readArchiveYear(tempJson('2016.json', year)).issues.map(formatImportIssue)).toEqual([
      `2016.json: organizations[0] "C++ Tools & *Friends*": num_projects: expected a whole number of projects from 0 to 9,007,199,254,740,991, found ${found}; this organization is not imported`,
    ]);
  });

  it('warns when the file is named after another year than it holds, and imports it into the year it holds', () => {
    const archive = readArchiveYear(tempJson('2017.json', readFileSync(fixture('small-year.json'), 'utf8')));
    expect(archive.year).toBe(2016);
    expect(archive.organizations).toHaveLength(3);
    expect(archive.issues.map(formatImportIssue)).toEqual([
      '2017.json: warning: the file is named after 2017 but holds the year 2016; its pages go into 2016/ (rename the file if that is right)',
    ]);
    expect(readArchiveYear(tempJson('gsoc-2016.json', readFileSync(fixture('small-year.json'), 'utf8'))).issues).toEqual([]);
    expect(readArchiveYear(tempJson('organizations.json', readFileSync(fixture('small-year.json'), 'utf8'))).issues).toEqual([]);
  });

  it('reports malformed JSON once, naming the file', () => {
    const [problem, ...rest] = messagesOf('not-json.json');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^not-json\.json: not valid JSON \(.+: line 3, column 1\); nothing imported from this file$/);
  });

  it('reports a file that is not an archive year, and one that cannot be read', () => {
    const notAYear = readArchiveYear(tempJson('2020.json', { year: '20x', organizations: {} }));
    expect(notAYear.year).toBeUndefined();
    expect(notAYear.issues.map(formatImportIssue)).toEqual([
      '2020.json: not an archive year file: year: "20x" is not a year: expected four digits like 2014; ' +
        'organizations: expected a list of organizations, found an object; ' +
        'expected {"year": 2016, "organizations": [...]}; nothing imported from this file',
    ]);
    expect(messagesOf('missing.json')).toEqual([expect.stringMatching(/^missing\.json: cannot read this file: ENOENT/)]);
  });

  it('refuses a file that is not UTF-8 rather than import it with replacement characters', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'latin1-')), '2016.json');
    writeFileSync(file, Buffer.from('{"year": 2016, "organizations": [{"name": "M\xfcller Lab"}]}', 'latin1'));
    const archive = readArchiveYear(file);
    expect(archive.organizations).toEqual([]);
    expect(archive.issues.map((issue) => issue.message)).toEqual(['not valid UTF-8 (saved as Latin-1 or another encoding?); save it as UTF-8, nothing imported from this file']);
  });
});
