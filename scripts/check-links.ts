/** `npm run check:links [-- DIR]`: every internal link of the exported site must resolve. Exit 1 if not. */
import { checkLinks } from './support/link-check';

const root = process.argv[2] ?? 'out';
const report = checkLinks(root);
for (const link of report.broken.slice(0, 50)) console.log(`${link.page}: ${link.href} (${link.reason})`);
if (report.broken.length > 50) console.log(`… and ${report.broken.length - 50} more`);
console.log(`${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`);
process.exitCode = report.broken.length > 0 ? 1 : 0;
