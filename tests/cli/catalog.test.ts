import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/command-runner';
import { ProjectSchema, OrganizationYearSchema } from '../../lib/content/schema';
import { contentFolder, REPOSITORY, textPage } from '../helpers/content-folder';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const mixedFolder = () =>
  contentFolder({
    'good.txt': textPage({ name: 'Good Org', projects: [['Kept', 'It loads.']] }),
    'bad.txt': textPage({ name: 'Bad Org', year: 'MMXIV' }),
  });

describe('catalog check', () => {
  it('keeps one issue on one line when a file name holds a line break', async () => {
    const result = await run('check', '--content', contentFolder({ 'bad\nname.txt': textPage({ name: 'Bad Org', year: 'MMXIV' }) }));
    expect(result.out.split('\n')[0]).toBe('"bad\\nname.txt":2: the year "MMXIV" is not a year: expected four digits like 2014');
  });

  it('prints each problem as path:line: message, then a summary, and exits 1 on errors', async () => {
    const result = await run('check', '--content', mixedFolder());
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      'bad.txt:2: the year "MMXIV" is not a year: expected four digits like 2014',
      'bad.txt:12: project "A Project" not loaded because of errors on this page',
      '2 pages, 1 organization-year of 1 organization, 1 project, 2 errors, 0 warnings',
    ]);
  });

  it('exits 0 on a clean folder', async () => {
    const result = await run('check', '--content', contentFolder({ 'a.txt': textPage() }));
    expect(result).toMatchObject({ code: 0, out: '1 page, 1 organization-year of 1 organization, 1 project, 0 errors, 0 warnings' });
  });

  it('says what is wrong with the command line, without a stack trace', async () => {
    expect(await run('check', '--contnet', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/^Unknown option '--contnet'/) });
    expect(await run('check', '--content', '/no/such/folder')).toMatchObject({ code: 2, err: expect.stringMatching(/^content folder not found: \/no\/such\/folder/) });
    expect(await run('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/^unknown command "frobnicate"/) });
  });
});

describe('catalog dump', () => {
  it('prints every record that loaded, with errors on stderr, even when a page failed', async () => {
    const result = await run('dump', '--content', mixedFolder());
    expect(result.code).toBe(1);
    expect(result.err).toContain('bad.txt:2: the year "MMXIV" is not a year');
    const dumped = JSON.parse(result.out);
    expect(dumped.organizationYears.map((organization: { name: string }) => organization.name)).toEqual(['Good Org']);
    expect(dumped.projects).toHaveLength(1);
    const project = ProjectSchema.parse(dumped.projects[0]);
    expect(project).toMatchObject({
      title: 'Kept',
      abstract: 'It loads.',
      organization: 'Good Org',
      program: 'Google Summer of Code',
      year: 2014,
      path: '/orgs/good-org/2014/kept/',
      source: { file: 'good.txt', line: 12 },
    });
    OrganizationYearSchema.parse(dumped.organizationYears[0]);
  });

  it('runs as `npm run catalog -- dump` on the built-in content', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'catalog', '--', 'dump'], { cwd: REPOSITORY, encoding: 'utf8' });
    const dumped = JSON.parse(stdout);
    expect(dumped.projects.map((project: { title: string }) => project.title)).toEqual([
      'Implement Xen PVUSB support in xl/libxl toolstack',
      'Lazy Restore Using Memory Paging',
      'MirageOS cloud API support',
      'Parallel xenwatch kthread',
      'Xen Hypervisor-- HVM per-event-channel interrupts',
    ]);
    expect(dumped.projects[1].abstract).toMatch(/^VM save\/restore functionality is one of the most commonly used/);
  });

  it('exits 1 from the real command when a page is bad', () => {
    const result = spawnSync('npm', ['run', '--silent', 'catalog', '--', 'check', '--content', mixedFolder()], { cwd: REPOSITORY, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/at \w+ \(/); // no stack trace
  });
});

describe('catalog merges', () => {
  it('says plainly when --out cannot be written, instead of a stack trace', async () => {
    const folder = contentFolder({ 'a.txt': textPage({ name: 'Alpha' }) });
    for (const out of [folder, `${folder}/missing/report.md`]) {
      const result = await run('merges', '--content', folder, '--out', out);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^cannot write the report to .*: (it is a folder|its folder does not exist); give a file path with --out$/);
    }
  });
});

describe('every command, on content holding terminal escapes', () => {
  // YAML's "\e", "\a" and "\0" are ESC, BEL and NUL: a name that retitles the terminal, clears
  // the screen and forges check's summary in red, unless printed escaped.
  const FORGED = '\\e]0;pwned\\a\\e[2J\\e[31mFAKE: 0 errors\\0 \\x9b31m';
  const page = (year: number, suffix = '') =>
    `---\nprogram: gsoc\nyear: ${year}\norganization: "Escape ${FORGED} Org${suffix}"\ntopics: ["t ${FORGED}"]\n---\n\n## Projects\n\n### Terminal Escapes\n\n- Contributor: "a"\n\nAbout terminals.\n`;
  // The same organization-year twice (check names it), and the organization a year earlier as
  // "… Org Foundation" (merges lists the two names).
  const folder = () => contentFolder({ '2019/a.md': page(2019), '2019/b.md': page(2019), '2018/a.md': page(2018, ' Foundation') });
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each([['check'], ['dump'], ['search', 'terminal'], ['search', 'terminal', '--json'], ['merges']])('%s prints no control character, and the name escaped', async (...command) => {
    const result = await run(...command, '--content', folder());
    const printed = `${result.out}\n${result.err}`;
    expect(printed).not.toMatch(CONTROL);
    expect(printed).toContain('Escape \\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31mFAKE: 0 errors\\u0000 \\u009b31m Org');
  });
});
