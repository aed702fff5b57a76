/**
 * The worker thread of lib/search/node/write-aside.ts: builds the search index of the projects it
 * is given, with their abstracts as already read, writes its files and posts back their sizes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rememberAbstractTexts } from '../../render';
import { buildSearchIndex } from '../build';
import type { SearchIndexJob } from './write-aside';
import { writeSearchIndexFiles } from './write-files';

const { outDir, projects, abstractTexts } = workerData as SearchIndexJob;
rememberAbstractTexts(projects, abstractTexts);
parentPort!.postMessage(writeSearchIndexFiles(outDir, buildSearchIndex(projects)));
