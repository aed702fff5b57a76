/**
 * Command-line options of `train:split` and `eval:split`: where the labelled text pages, their
 * labels and the archive JSON are. Defaults point at ../shared/corpus beside the repository.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface CorpusOptions {
  /** Folder of labelled text pages (YYYY/<org>.txt). */
  content: string;
  /** labels.json for those pages. */
  labels: string;
  /** Folder of archive JSON (YYYY.json), where the lexicon is learned. */
  api: string;
}

export const DEFAULT_CONTENT = '../shared/corpus/melange';
export const DEFAULT_API = '../shared/corpus/gsoc-api';

/** Reads `--name value` pairs; unknown options and missing values are errors, not ignored. */
export function readOptions(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!name.startsWith('--') || !known.includes(name.slice(2))) throw new Error(`unknown option ${name} (known: ${known.map((option) => `--${option}`).join(', ')})`);
    if (value === undefined || value.startsWith('--')) throw new Error(`option ${name} needs a value`);
    options.set(name.slice(2), value);
    i++;
  }
  return options;
}

/** The corpus folders from options or defaults; throws a message naming what is missing. */
export function corpusOptions(options: Map<string, string>): CorpusOptions {
  const content = path.resolve(options.get('content') ?? DEFAULT_CONTENT);
  const corpus = {
    content,
    labels: path.resolve(options.get('labels') ?? path.join(content, 'labels.json')),
    api: path.resolve(options.get('api') ?? DEFAULT_API),
  };
  for (const [what, where] of [['labelled pages', corpus.content], ['labels', corpus.labels], ['archive JSON', corpus.api]] as const) {
    if (!existsSync(where)) throw new Error(`${what} not found at ${where} (the corpus lives in ../shared/corpus; give another with --content, --labels or --api)`);
  }
  return corpus;
}
