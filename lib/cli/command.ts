/** The shape every `catalog` subcommand has, so the entry point can list and dispatch them. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], output: Output): Promise<number> | number;
}

/** Problems with how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const DEFAULT_CONTENT_DIR = 'content';

/** The content folder: --content, else CONTENT_DIR (as for the site build), else content/. */
export function contentDirFrom(value: string | undefined): string {
  return value ?? process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
}

/** node:util parseArgs, with its exceptions turned into usage errors a person can read. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}
