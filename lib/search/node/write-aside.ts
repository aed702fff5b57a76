/**
 * The search index built and written on the second core while `catalog build-data` goes on with
 * the scripts, the trends and the open data in its own thread: none of them needs the index, and
 * the index alone was 7 s of a whole-archive build with one core idle. Node-only, under tsx.
 */
import { availableParallelism } from 'node:os';
import type { SearchableProject } from '../build';
import { abstractText } from '../../render';
import { runInWorkerThread } from '../../worker-thread';
import { buildSearchIndex } from '../build';
import { writeSearchIndexFiles, type WrittenFile } from './write-files';

/** What the worker (write-files-worker.ts) is given: each project's abstract text comes read. */
export interface SearchIndexJob {
  outDir: string;
  projects: readonly SearchableProject[];
  abstractTexts: string[];
}

/** Fewer projects than this are indexed in this thread: a worker takes ~0.5 s to start. */
export const ASIDE_MIN_PROJECTS = 2000;

/** writeSearchIndexFiles(outDir, buildSearchIndex(projects)), on another core when it pays. */
export async function writeSearchIndexAside(outDir: string, projects: readonly SearchableProject[]): Promise<WrittenFile[]> {
  if (projects.length < ASIDE_MIN_PROJECTS || availableParallelism() < 2) return writeSearchIndexFiles(outDir, buildSearchIndex(projects));
  const job: SearchIndexJob = { outDir, projects, abstractTexts: projects.map((project) => abstractText(project)) };
  return runInWorkerThread<WrittenFile[]>(new URL('./write-files-worker.ts', import.meta.url), job, 'the search index worker');
}
