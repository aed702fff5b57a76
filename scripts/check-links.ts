/**
 * `npm run check:links [-- DIR] [--base-path /gsoc-archive] [--content DIR]`: every internal link
 * of the exported site must resolve, under the base path the site is served at if given; and the
 * export must hold exactly the pages the page registry (lib/site/pages.ts) lists for the content it
 * was built from (by default the last build's, as `catalog build-data` recorded it). Exit 1 if not.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FILE } from '../lib/content/snapshot';
import { NOT_FOUND_FILE } from '../lib/site/page-files';
import { parseBasePath, type PublicAddress } from '../lib/site/public-address';
import { runCommand } from './support/command-line';
import { checkLinks, checkListedPages } from './support/link-check';

const COMMAND = {
  usage: 'npm run check:links --',
  summary: 'Every internal link of an export resolves, and the export holds exactly the pages the page registry lists. Exit 1 if not.',
  flags: {
    'base-path': { type: 'string', placeholder: '/PATH', description: 'the base path the export is served under' },
    content: { type: 'string', placeholder: 'DIR', description: "the content folder it was built from (default: the last build's)" },
  },
  positionals: { placeholder: 'DIR', description: 'the export (default: out)' },
} as const;

/** The content folder the last build read: the snapshot names it in its first bytes (its records follow). */
function lastBuiltContent(): string | undefined {
  if (!existsSync(SNAPSHOT_FILE)) return undefined;
  const head = readFileSync(SNAPSHOT_FILE, { encoding: 'utf8', flag: 'r' }).slice(0, 4096);
  const match = /"contentDir":("(?:[^"\\]|\\.)*")/.exec(head);
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}

// A --base-path that is no path is a usage error (exit 2, one line), as a bad flag is.
await runCommand(COMMAND, async ({ values, positionals }) => {
  const root = positionals[0] ?? 'out';
  const basePath = parseBasePath(values['base-path']);
  const report = checkLinks(root, { basePath });
  for (const link of report.broken.slice(0, 50)) console.log(`${link.page}: ${link.href} (${link.reason})`);
  if (report.broken.length > 50) console.log(`… and ${report.broken.length - 50} more`);
  console.log(`${report.pages} pages, ${report.links} internal links${basePath ? ` under ${basePath}/` : ''}, ${report.broken.length} broken`);

  const content = values.content ?? lastBuiltContent();
  let unlisted = 0;
  if (content === undefined) {
    console.log('pages not compared with the page registry: no build recorded its content folder; give it with --content DIR');
  } else {
    // The site's getters read the folder when first imported, and in production from the build's snapshot.
    process.env.CONTENT_DIR = path.resolve(content);
    (process.env as { NODE_ENV?: string }).NODE_ENV = 'production';
    const { listPages } = await import('../lib/site/pages');
    // The export's own robots.txt says whether it was built with a host: the registry lists sitemap.xml only then.
    const sitemapLine = /^Sitemap: (https?:\/\/[^/\s]+)/m.exec(existsSync(path.join(root, 'robots.txt')) ? readFileSync(path.join(root, 'robots.txt'), 'utf8') : '');
    const address: PublicAddress = { basePath, ...(sitemapLine && { siteUrl: sitemapLine[1] }) };
    const files = listPages(address).map((page) => (page.file === NOT_FOUND_FILE ? '404.html' : page.file));
    const listed = checkListedPages(root, files);
    for (const file of listed.missing.slice(0, 20)) console.log(`${file}: listed by the page registry, not in the export`);
    for (const file of listed.unlisted.slice(0, 20)) console.log(`${file}: in the export, not listed by the page registry`);
    unlisted = listed.missing.length + listed.unlisted.length;
    console.log(`${files.length} files listed by the page registry for ${content}: ${listed.missing.length} missing, ${listed.unlisted.length} HTML files it does not list`);
  }
  process.exitCode = report.broken.length > 0 || unlisted > 0 ? 1 : 0;
});
