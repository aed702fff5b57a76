/**
 * `npm run bench:open-data -- [--content DIR] [--runs N]`: what the open data files
 * (lib/site/open-data-files.ts) cost a build and weigh. Times openDataFiles on the loaded records
 * (median of N runs: the work `catalog build-data` adds, most of it reading abstracts as plain
 * text), and prints each whole-archive file's size raw and gzip, the year files' total, and all.
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadCatalogAsync } from '../lib/content/build-catalog';
import { resolveContentDir } from '../lib/content/folder';
import { openDataFiles } from '../lib/site/open-data-files';

const { values } = parseArgs({ options: { content: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const contentDir = resolveContentDir(values.content);
const catalog = await loadCatalogAsync(contentDir);

const times: number[] = [];
let built: ReturnType<typeof openDataFiles> | undefined;
for (let run = 0; run < Number(values.runs); run++) {
  const started = performance.now();
  built = openDataFiles(catalog);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KB`;
const sizes = built!.files.map((file) => ({ path: file.path, bytes: Buffer.byteLength(file.text), gzip: gzipSync(file.text).length }));
const total = (files: typeof sizes) => `${kb(files.reduce((sum, file) => sum + file.bytes, 0))} raw, ${kb(files.reduce((sum, file) => sum + file.gzip, 0))} gzip`;

console.log(`${contentDir}: ${catalog.organizationYears.length.toLocaleString('en-US')} organization-years, ${catalog.projects.length.toLocaleString('en-US')} projects`);
console.log(`openDataFiles: median ${(median / 1000).toFixed(2)} s of ${times.length} runs (${times.map((time) => (time / 1000).toFixed(2)).join(', ')})\n`);
console.log('file                              raw        gzip');
for (const file of sizes.filter((each) => !/\/data\/\d{4}\//.test(each.path))) console.log(`${file.path.padEnd(32)} ${kb(file.bytes).padStart(9)} ${kb(file.gzip).padStart(9)}`);
const yearFiles = sizes.filter((each) => /\/data\/\d{4}\//.test(each.path));
console.log(`\n${yearFiles.length} year files: ${total(yearFiles)}`);
console.log(`all ${sizes.length} files: ${total(sizes)}`);
