/**
 * The worker thread of lib/content/read-pages.ts: reads the files it is given with both page
 * parsers, as build-catalog's readPage does with default options, and posts the pages back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPage } from './build-catalog';
import { parseMarkdownPage } from './markdown-page';
import type { ReadPagesJob } from './read-pages';
import { parseTextPage } from './text-page';

const { contentDir, files } = workerData as ReadPagesJob;
parentPort!.postMessage(files.map((file) => readPage(contentDir, file, { '.txt': parseTextPage, '.md': parseMarkdownPage }, {})));
