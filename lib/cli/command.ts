import type { PublicAddress } from '../site/public-address';
/** The shape every `catalog` subcommand has, so the entry point can list and dispatch them. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs a command with its arguments; resolves to the process exit code. */
/** What a command may read of where it runs, given by the entry point (lib/cli/main.ts) rather than read from process.env. */
export interface CommandContext {
  /** SITE_URL and BASE_PATH, checked: throws PublicAddressError when either is wrong. */
  publicAddress(): PublicAddress;
}

export type CommandRun = (args: string[], output: Output, context: CommandContext) => Promise<number> | number;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** The command's code, imported when it runs. */
  load(): Promise<CommandRun>;
}

/** Problems with how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util parseArgs, with its exceptions turned into usage errors a person can read. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}
