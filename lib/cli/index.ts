/** The `catalog` command: `npm run catalog -- <command> [options]`. */
import { ContentFolderError } from '../content/load';
import { UsageError, type Command, type Output } from './command';
import { buildData } from './build-data';
import { check } from './check';
import { dump } from './dump';
import { importGsoc } from './import-gsoc';
import { merges } from './merges';
import { search } from './search';

export const COMMANDS: readonly Command[] = [check, dump, search, importGsoc, merges, buildData];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  return [
    'usage: npm run catalog -- <command> [options]',
    '',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
  ].join('\n');
}

/** Runs one command line; resolves to the exit code. Content problems never throw past here. */
export async function runCli(argv: string[], output: Output): Promise<number> {
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
    return await command.run(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\n\nusage: npm run catalog -- ${command.usage}`);
      return 2;
    }
    if (error instanceof ContentFolderError) {
      output.err(`${error.message} (give one with --content DIR)`);
      return 2;
    }
    throw error;
  }
}
