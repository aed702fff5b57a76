/** The scripts' argument parser: typed values from one declaration, and a clear error for each mistake. */
import { describe, expect, it, vi } from 'vitest';
import { helpText, parseCommandLine, runCommand, UsageError, type CommandDeclaration } from '../../scripts/support/command-line';

const BENCH = {
  usage: 'npm run bench:example --',
  summary: 'An example bench.',
  flags: {
    site: { type: 'string', placeholder: 'DIR', default: 'out', description: 'the export to measure' },
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder' },
    runs: { type: 'integer', min: 1, default: 3, description: 'runs; medians reported' },
    cpu: { type: 'number', description: 'CPU slowdown' },
    page: { type: 'string', placeholder: 'PATH', multiple: true, description: 'an address to measure' },
    'page-only': { type: 'boolean', description: 'skip the rest' },
  },
} as const satisfies CommandDeclaration;

const parse = (...argv: string[]) => parseCommandLine(BENCH, argv);
const errorOf = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('gives defaults, or undefined, or false, or an empty list for flags not given', () => {
    expect(parse()).toEqual({ values: { site: 'out', content: undefined, runs: 3, cpu: undefined, page: [], 'page-only': false }, positionals: [] });
  });

  it('reads "--flag value" and "--flag=value", numbers as numbers, repeated flags in order', () => {
    const parsed = parse('--site', 'test-results/site', '--runs=5', '--cpu', '2.5', '--page', '/orgs/', '--page=/orgs/?year=2025', '--page-only');
    expect(parsed).not.toBe('help');
    if (parsed === 'help') return;
    expect(parsed.values).toEqual({ site: 'test-results/site', content: undefined, runs: 5, cpu: 2.5, page: ['/orgs/', '/orgs/?year=2025'], 'page-only': true });
  });

  it('answers "help" to --help or -h wherever it is, even beside a mistake', () => {
    expect(parse('--help')).toBe('help');
    expect(parse('--sit', 'out', '-h')).toBe('help');
  });

  it('names an unknown flag, suggests the near one and lists the known ones', () => {
    expect(errorOf('--sit', 'out')).toBe('unknown flag --sit: did you mean --site? (known: --site, --content, --runs, --cpu, --page, --page-only, --help)');
    expect(errorOf('--lighthouse')).toMatch(/^unknown flag --lighthouse: \(known: /);
  });

  it('says which flag lacks its value, at the end or before another flag', () => {
    expect(errorOf('--site')).toBe('--site needs a value: --site DIR');
    expect(errorOf('--content', '--runs', '3')).toBe('--content needs a value: --content DIR');
    expect(errorOf('--runs=')).toBe('--runs needs a value: --runs N');
  });

  it('refuses a number that is not one, a fraction for a whole number, and one below the minimum', () => {
    expect(errorOf('--runs', 'three')).toBe('--runs needs a whole number, got "three"');
    expect(errorOf('--runs', '2.5')).toBe('--runs needs a whole number, got "2.5"');
    expect(errorOf('--runs', '0')).toBe('--runs must be 1 or more, got 0');
    expect(errorOf('--cpu', '4x')).toBe('--cpu needs a number, got "4x"');
  });

  it('refuses a value given to a boolean flag, a flag given twice, and an argument the command does not take', () => {
    expect(errorOf('--page-only=yes')).toBe('--page-only takes no value (it is on when given), got "--page-only=yes"');
    expect(errorOf('--site', 'a', '--site', 'b')).toBe('--site is given twice ("a", then "b")');
    expect(errorOf('out')).toBe('unexpected argument "out": the command takes flags only');
  });

  it('collects positionals where the command declares them, and everything after "--"', () => {
    const withPaths = { ...BENCH, positionals: { placeholder: 'PATH...', description: 'pages' } } as const;
    expect(parseCommandLine(withPaths, ['/orgs/', '--runs', '1', '/', '--', '--not-a-flag'])).toMatchObject({ values: { runs: 1 }, positionals: ['/orgs/', '/', '--not-a-flag'] });
  });
});

describe('helpText', () => {
  it('is written from the same declaration: usage, summary, each flag with its default', () => {
    expect(helpText(BENCH).split('\n')).toEqual([
      'Usage: npm run bench:example -- [--site DIR] [--content DIR] [--runs N] [--cpu N] [--page PATH]... [--page-only]',
      '',
      'An example bench.',
      '',
      '  --site DIR     the export to measure (default: out)',
      '  --content DIR  the content folder',
      '  --runs N       runs; medians reported (default: 3)',
      '  --cpu N        CPU slowdown',
      '  --page PATH    an address to measure (repeatable)',
      '  --page-only    skip the rest',
      '  --help         this text',
    ]);
  });
});

describe('runCommand', () => {
  const run = async (argv: string[], main: () => void = () => undefined) => {
    const errors: string[] = [];
    const logs: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    const exitCode = process.exitCode;
    try {
      await runCommand(BENCH, main, argv);
      return { errors, logs, exitCode: process.exitCode };
    } finally {
      process.exitCode = exitCode;
      error.mockRestore();
      log.mockRestore();
    }
  };

  it('prints a command-line mistake as one line naming the command, with a pointer to --help, and exits 2 without running', async () => {
    let ran = false;
    const result = await run(['--runs', 'x'], () => void (ran = true));
    expect(ran).toBe(false);
    expect(result.exitCode).toBe(2);
    expect(result.errors).toEqual(['npm run bench:example: --runs needs a whole number, got "x"\n(--help lists the flags)']);
  });

  it("prints the script's own UsageError (a folder that is no export) the same way, without the pointer, and exits 2", async () => {
    const result = await run([], () => {
      throw new UsageError('out is not an export of the site');
    });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toEqual(['npm run bench:example: out is not an export of the site']);
  });

  it('prints the help and runs nothing on --help', async () => {
    let ran = false;
    const result = await run(['--help'], () => void (ran = true));
    expect(ran).toBe(false);
    expect(result.logs).toEqual([helpText(BENCH)]);
    expect(result.exitCode).toBeUndefined();
  });
});
