/**
 * `npm run check:links [-- DIR] [--base-path /gsoc-archive]`: every internal link of the exported
 * site must resolve, under the base path the site is served at if given. Exit 1 if not.
 */
import { parseArgs } from 'node:util';
import { parseBasePath } from '../lib/site/public-address';
import { checkLinks } from './support/link-check';

const { values, positionals } = parseArgs({ options: { 'base-path': { type: 'string' } }, allowPositionals: true });
const root = positionals[0] ?? 'out';
const basePath = parseBasePath(values['base-path']);
const report = checkLinks(root, { basePath });
for (const link of report.broken.slice(0, 50)) console.log(`${link.page}: ${link.href} (${link.reason})`);
if (report.broken.length > 50) console.log(`… and ${report.broken.length - 50} more`);
console.log(`${report.pages} pages, ${report.links} internal links${basePath ? ` under ${basePath}/` : ''}, ${report.broken.length} broken`);
process.exitCode = report.broken.length > 0 ? 1 : 0;
