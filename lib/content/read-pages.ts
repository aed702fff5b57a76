/**
 * Reading a folder's pages on two cores: half of them in a worker thread while this thread reads
 * the other half. Parsing the pages is most of what loading the whole archive costs (2,374 pages:
 * about half of `catalog build-data`), one page never needs another, and the build has two cores
 * here, one of them idle while build-data runs. The pages come back in the folder's order, as the
 * catalog's merges and messages expect.
 *
 * Node-only, and only under tsx (lib/worker-thread.ts).
 */
import { availableParallelism } from 'node:os';
import { runInWorkerThread } from '../worker-thread';
import type { ParsedPage } from './parsed-page';

/** Fewer pages than this are read in this thread: a worker takes ~0.5 s to start. */
export const PARALLEL_MIN_PAGES = 400;

/** What the worker (lib/content/read-pages-worker.ts) is given. */
export interface ReadPagesJob {
  contentDir: string;
  files: string[];
}

/**
 * Every file read by `readOne`, in order; with enough pages and a second core, the odd-numbered
 * ones are read by the worker (which reads them as build-catalog's readPage does, default options).
 */
export async function readPagesOnTwoCores(contentDir: string, files: readonly string[], readOne: (file: string) => ParsedPage): Promise<ParsedPage[]> {
  if (files.length < PARALLEL_MIN_PAGES || availableParallelism() < 2) return files.map(readOne);
  // Alternate files, so that each half holds as many years (and page sizes) as the other.
  const theirs = files.filter((_, index) => index % 2 === 1);
  // The worker starts while this thread reads its half.
  const theirPages = runInWorkerThread<ParsedPage[]>(new URL('./read-pages-worker.ts', import.meta.url), { contentDir, files: theirs } satisfies ReadPagesJob, 'the page-reading worker');
  const ours = files.filter((_, index) => index % 2 === 0).map(readOne);
  const read = await theirPages;
  return files.map((_, index) => (index % 2 === 0 ? ours[index / 2]! : read[(index - 1) / 2]!));
}
