/**
 * Where `train:split` and `eval:split` find the labelled text pages, their labels and the archive
 * JSON: their shared flags, and the folders they name. Defaults point at ../shared/corpus beside
 * the repository.
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

/** The flags of both commands that say where the corpus is (scripts/support/command-line.ts declarations). */
export const CORPUS_FLAGS = {
  content: { type: 'string', placeholder: 'DIR', description: `folder of labelled text pages (default: ${DEFAULT_CONTENT})` },
  labels: { type: 'string', placeholder: 'FILE', description: 'labels of those pages (default: labels.json in that folder)' },
  api: { type: 'string', placeholder: 'DIR', description: `folder of archive JSON, where the lexicon is learned (default: ${DEFAULT_API})` },
} as const;

/** The corpus folders from options or defaults; throws a message naming what is missing. */
export function corpusOptions(options: Partial<CorpusOptions>): CorpusOptions {
  const content = path.resolve(options.content ?? DEFAULT_CONTENT);
  const corpus = {
    content,
    labels: path.resolve(options.labels ?? path.join(content, 'labels.json')),
    api: path.resolve(options.api ?? DEFAULT_API),
  };
  for (const [what, where] of [['labelled pages', corpus.content], ['labels', corpus.labels], ['archive JSON', corpus.api]] as const) {
    if (!existsSync(where)) throw new Error(`${what} not found at ${where} (the corpus lives in ../shared/corpus; give another with --content, --labels or --api)`);
  }
  return corpus;
}
