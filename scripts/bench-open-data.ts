/**
 * `npm run bench:open-data -- [--content DIR] [--runs N]`: what the open data files
 * (lib/site/open-data-files.ts) cost a build and weigh. Times openDataFiles on the loaded records
 * (median of N runs: the work `catalog build-data` adds, most of it reading abstracts as plain
 * text), and prints each whole-archive file's size raw and gzip, the year files' total, and all.
 */
import { gzipSync } from 'node:zlib';
import { loadCatalogAsync } from '../lib/content/build-catalog';
import { resolveContentDir } from '../lib/content/folder';
import { openDataFiles } from '../lib/site/open-data-files';
import { runCommand } from './support/command-line';
import { count, kb } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { median } from './support/statistics';

const COMMAND = {
  usage: 'npm run bench:open-data --',
  summary: 'What the open data files cost a build (openDataFiles on the loaded records) and weigh, raw and gzip.',
  flags: {
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder (default: CONTENT_DIR, else content/)' },
    runs: { type: 'integer', min: 1, default: 3, description: 'timed runs of openDataFiles; the median reported' },
  },
} as const;

const isYearFile = (file: { path: string }) => /\/data\/\d{4}\//.test(file.path);

await runCommand(COMMAND, async ({ values }) => {
  const contentDir = resolveContentDir(values.content);
  const catalog = await loadCatalogAsync(contentDir);

  const times: number[] = [];
  let built: ReturnType<typeof openDataFiles> | undefined;
  for (let run = 0; run < values.runs; run++) {
    const started = performance.now();
    built = openDataFiles(catalog);
    times.push(performance.now() - started);
  }

  const sizes = built!.files.map((file) => ({ path: file.path, bytes: Buffer.byteLength(file.text), gzip: gzipSync(file.text).length }));
  const sum = (files: typeof sizes, pick: (file: (typeof sizes)[number]) => number) => kb(files.reduce((total, file) => total + pick(file), 0));
  const yearFiles = sizes.filter(isYearFile);

  console.log(`${contentDir}: ${count(catalog.organizationYears.length)} organization-years, ${count(catalog.projects.length)} projects`);
  console.log(`openDataFiles: median ${(median(times) / 1000).toFixed(2)} s of ${times.length} runs (${times.map((time) => (time / 1000).toFixed(2)).join(', ')})\n`);
  console.log(
    markdownTable(
      ['file', 'raw', 'gzip'],
      [
        ...sizes.filter((file) => !isYearFile(file)).map((file) => [file.path, kb(file.bytes), kb(file.gzip)]),
        [`the ${yearFiles.length} year files`, sum(yearFiles, (file) => file.bytes), sum(yearFiles, (file) => file.gzip)],
        [`all ${sizes.length} files`, sum(sizes, (file) => file.bytes), sum(sizes, (file) => file.gzip)],
      ],
    ),
  );
});
