/** The `catalog` command: `npm run catalog -- <command> [options]`. */
import { ContentFolderError } from '../content/issues';
import { PublicAddressError, readPublicAddress, type PublicAddressVariables } from '../site/public-address';
import { UsageError, type Command, type Output } from './command';
import { printable } from './terminal-text';
// Each command's module (and the libraries it needs) loads only when that command runs: `check`
// need not wait for the importer's HTML parser or the search engine.
export const COMMANDS: readonly Command[] = [
  {
    name: 'check',
    usage: 'check [--content DIR]',
    summary: 'report every problem in the content folder as path:line: message; exit 1 on any error',
    load: async () => (await import('./check')).check,
  },
  {
    name: 'dump',
    usage: 'dump [--content DIR]',
    summary: 'print every record that loaded as one JSON document; problems go to stderr',
    load: async () => (await import('./dump')).dump,
  },
  {
    name: 'search',
    usage: 'search "QUERY" [--content DIR] [--limit N] [--year Y] [--organization ORG] [--technology T] [--json]',
    summary: 'search the catalog as the site will: top hits with title, organization, year and a snippet',
    load: async () => (await import('./search')).search,
  },
  {
    name: 'import-gsoc',
    usage: 'import-gsoc FILE... --out DIR [--force]',
    summary: 'write a Markdown page per organization-year of archive JSON (YYYY.json) into DIR; edited pages are kept unless --force',
    load: async () => (await import('./import-gsoc')).importGsoc,
  },
  {
    name: 'merges',
    usage: 'merges [--content DIR] [--out FILE]',
    summary: 'list the organizations whose pages came under several names and now share one page, for review',
    load: async () => (await import('./merges')).merges,
  },
  {
    name: 'build-data',
    usage: 'build-data [--content DIR] [--clear-previous-build]',
    summary: 'check the content (errors only) and save its records and search index for `next build`; exit 1 on any error; with --clear-previous-build (npm run build), set the last build’s files aside (finish-export deletes them once the build is done)',
    load: async () => (await import('./build-data')).buildData,
  },
  {
    name: 'finish-export',
    usage: 'finish-export [--out DIR]',
    summary: 'after `next build`: finish deleting the last build, and say where the export is published, or what it leaves out without SITE_URL',
    load: async () => (await import('./finish-export')).finishExport,
  },
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  return [
    'usage: npm run catalog -- <command> [options]',
    '',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
  ].join('\n');
}

/**
 * Runs one command line; resolves to the exit code. Content problems never throw past here.
 * `variables` are SITE_URL and BASE_PATH as the entry point read them (none: the local preview's).
 */
export async function runCli(argv: string[], output: Output, variables: PublicAddressVariables = {}): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    output.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    output.err(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const run = await command.load();
    // Commands print content (names, titles, file names): none of it reaches the terminal raw.
    const printed: Output = { out: (text) => output.out(printable(text)), err: (text) => output.err(printable(text)) };
    return await run(args, printed, { publicAddress: () => readPublicAddress(variables) });
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\n\nusage: npm run catalog -- ${command.usage}`);
      return 2;
    }
    if (error instanceof PublicAddressError) {
      // SITE_URL or BASE_PATH, checked by build-data before any page is built.
      output.err(error.message);
      return 2;
    }
    if (error instanceof ContentFolderError) {
      output.err(`${error.message} (give one with --content DIR)`);
      return 2;
    }
    throw error;
  }
}
