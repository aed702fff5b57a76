/**
 * The scripts' one argument parser. A script declares its flags once (type, default, a line of
 * help); the same declaration parses the command line, types the values and writes `--help`. A
 * mistyped flag or a flag without its value stops the script with one line saying so, before any
 * minute-long build or browser run starts: a bench that silently ignored `--sit out` would measure
 * the wrong export.
 */
import { ContentFolderError } from '../../lib/content/issues';
import { editDistanceWithin } from '../../lib/search/edit-distance';
import { PublicAddressError } from '../../lib/site/public-address';

interface FlagBase {
  /** One line for `--help`: what the flag chooses. */
  description: string;
  /** The value's name in `--help` ("DIR", "N", "PATH"). */
  placeholder?: string;
}

export type FlagDeclaration =
  | (FlagBase & { type: 'boolean' })
  | (FlagBase & { type: 'string'; default?: string; multiple?: boolean })
  | (FlagBase & { type: 'integer' | 'number'; default?: number; min?: number });

export interface CommandDeclaration {
  /** How the command is typed, as `--help` shows it: "npm run bench:build --". */
  usage: string;
  /** What the command does, in a sentence or two. */
  summary: string;
  flags: Record<string, FlagDeclaration>;
  /** Arguments that are not flags (check:links's DIR, screenshots's PATHs); without it, any is an error. */
  positionals?: { placeholder: string; description: string };
}

/** A flag's value as the script reads it: a default makes it always present, `multiple` a list. */
type FlagValue<F extends FlagDeclaration> = F extends { type: 'boolean' }
  ? boolean
  : F extends { type: 'integer' | 'number' }
    ? F extends { default: number }
      ? number
      : number | undefined
    : F extends { multiple: true }
      ? string[]
      : F extends { default: string }
        ? string
        : string | undefined;

export type FlagValues<D extends CommandDeclaration> = { [K in keyof D['flags']]: FlagValue<D['flags'][K]> };

export interface ParsedCommandLine<D extends CommandDeclaration> {
  values: FlagValues<D>;
  positionals: string[];
}

/**
 * Input a command cannot use: a command line its declaration does not accept, or a folder given on
 * it that is not what it must be. The message names the flag or the folder and what is wrong.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A command line the declaration does not accept: `--help` then says what it does accept. */
class CommandLineError extends UsageError {}

/**
 * Reads `argv` (without node and the script) against the declaration: `--flag value`,
 * `--flag=value`, a boolean flag alone, a `multiple` flag repeated. Returns "help" when `--help` or
 * `-h` is given, anywhere. Throws UsageError for an unknown flag (suggesting a near one), a missing
 * or malformed value, a value to a boolean flag, a flag given twice, or an unexpected argument.
 */
export function parseCommandLine<const D extends CommandDeclaration>(declaration: D, argv: readonly string[]): ParsedCommandLine<D> | 'help' {
  if (argv.some((argument) => argument === '--help' || argument === '-h')) return 'help';
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith('--')) {
      positionals.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    const flag = declaration.flags[name];
    if (!flag) throw new CommandLineError(unknownFlag(name, declaration));
    if (flag.type === 'boolean') {
      if (equals !== -1) throw new CommandLineError(`--${name} takes no value (it is on when given), got "${argument}"`);
      if (values[name] !== undefined) throw new CommandLineError(`--${name} is given twice`);
      values[name] = true;
      continue;
    }
    let text: string | undefined;
    if (equals !== -1) text = argument.slice(equals + 1);
    else {
      // A following flag is not a value: `--site --runs 3` forgot the DIR.
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) {
        text = next;
        index++;
      }
    }
    if (text === undefined || text === '') throw new CommandLineError(`--${name} needs a value: --${name} ${placeholderOf(flag)}`);
    if (flag.type === 'string' && flag.multiple) {
      values[name] = [...((values[name] as string[] | undefined) ?? []), text];
      continue;
    }
    if (values[name] !== undefined) throw new CommandLineError(`--${name} is given twice ("${values[name]}", then "${text}")`);
    values[name] = flag.type === 'string' ? text : numberValue(name, flag, text);
  }
  if (positionals.length > 0 && !declaration.positionals) throw new CommandLineError(`unexpected argument "${positionals[0]}": the command takes flags only`);
  for (const [name, flag] of Object.entries(declaration.flags)) {
    if (values[name] !== undefined) continue;
    if (flag.type === 'boolean') values[name] = false;
    else if (flag.type === 'string' && flag.multiple) values[name] = [];
    else if (flag.default !== undefined) values[name] = flag.default;
  }
  return { values: values as FlagValues<D>, positionals };
}

function numberValue(name: string, flag: FlagDeclaration & { type: 'integer' | 'number' }, text: string): number {
  const value = Number(text);
  const kind = flag.type === 'integer' ? 'a whole number' : 'a number';
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text.trim()) || !Number.isFinite(value) || (flag.type === 'integer' && !Number.isInteger(value))) {
    throw new CommandLineError(`--${name} needs ${kind}, got "${text}"`);
  }
  if (flag.min !== undefined && value < flag.min) throw new CommandLineError(`--${name} must be ${flag.min} or more, got ${text}`);
  return value;
}

function unknownFlag(name: string, declaration: CommandDeclaration): string {
  const known = Object.keys(declaration.flags);
  const near = known.filter((candidate) => editDistanceWithin(candidate, name, 2) <= 2).sort((a, b) => editDistanceWithin(a, name, 2) - editDistanceWithin(b, name, 2));
  const suggestion = near.length > 0 ? `did you mean --${near[0]}? ` : '';
  return `unknown flag --${name}: ${suggestion}(known: ${[...known.map((flag) => `--${flag}`), '--help'].join(', ')})`;
}

function placeholderOf(flag: FlagDeclaration): string {
  return flag.placeholder ?? (flag.type === 'integer' || flag.type === 'number' ? 'N' : flag.type === 'string' ? 'VALUE' : '');
}

/** The `--help` text: usage line, summary, then one line per flag with its default. */
export function helpText(declaration: CommandDeclaration): string {
  const flagLabel = (name: string, flag: FlagDeclaration) => `--${name}${flag.type === 'boolean' ? '' : ` ${placeholderOf(flag)}`}`;
  const entries: [string, string][] = Object.entries(declaration.flags).map(([name, flag]) => {
    const notes = [
      flag.type === 'string' && flag.multiple ? 'repeatable' : '',
      flag.type !== 'boolean' && flag.default !== undefined ? `default: ${flag.default}` : '',
    ].filter(Boolean);
    return [flagLabel(name, flag), `${flag.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`];
  });
  if (declaration.positionals) entries.push([`${declaration.positionals.placeholder}`, declaration.positionals.description]);
  entries.push(['--help', 'this text']);
  const width = Math.max(...entries.map(([label]) => label.length));
  const synopsis = [
    ...Object.entries(declaration.flags).map(([name, flag]) => `[${flagLabel(name, flag)}]${flag.type === 'string' && flag.multiple ? '...' : ''}`),
    ...(declaration.positionals ? [`[${declaration.positionals.placeholder}]`] : []),
  ].join(' ');
  return [`Usage: ${declaration.usage} ${synopsis}`, '', declaration.summary, '', ...entries.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`)].join('\n');
}

/**
 * parseCommandLine on this process's arguments, for a script that runs at its top level: prints
 * the help and exits 0 on `--help`; prints the mistake and exits 2 (a usage error, as Unix tools
 * do). runCommand below does the same and also reports the script's own UsageErrors.
 */
export function readCommandLine<const D extends CommandDeclaration>(declaration: D, argv: readonly string[] = process.argv.slice(2)): ParsedCommandLine<D> {
  try {
    const parsed = parseCommandLine(declaration, argv);
    if (parsed !== 'help') return parsed;
    console.log(helpText(declaration));
    process.exit(0);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(usageMessage(declaration, error));
    process.exit(2);
  }
}

function usageMessage(declaration: CommandDeclaration, error: Error): string {
  return `${declaration.usage.replace(/\s+--$/, '')}: ${error.message}${error instanceof CommandLineError ? '\n(--help lists the flags)' : ''}`;
}

/**
 * A script's entry point: reads this process's arguments against the declaration, then runs
 * `main` with them. `--help` prints the help and exits 0. A UsageError, from the command line or
 * thrown by `main` for an input it cannot use (a --site that is no export; a --content that is no
 * folder, as the loader reports it), prints one line naming the command and exits 2, as Unix tools do for a usage error; any other error is a bug, printed
 * with its stack, exit 1.
 */
export async function runCommand<const D extends CommandDeclaration>(
  declaration: D,
  main: (commandLine: ParsedCommandLine<D>) => Promise<void> | void,
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  try {
    const parsed = parseCommandLine(declaration, argv);
    if (parsed === 'help') {
      console.log(helpText(declaration));
      return;
    }
    await main(parsed);
  } catch (error) {
    // The content loader's and the publishing address's own errors are bad input too: a --content
    // that is no folder, a --base-path that is no path. Their messages say what to fix.
    if (error instanceof UsageError || error instanceof ContentFolderError || error instanceof PublicAddressError) {
      console.error(usageMessage(declaration, error));
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
