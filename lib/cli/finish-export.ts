import { existsSync } from 'node:fs';
import { absoluteUrlAt } from '../site/public-address';
import { parseOptions, type CommandRun } from './command';
import { removePreviousBuildInBackground } from './previous-build';

/** Where `next build` writes the export: NEXT_DIST_DIR (next.config.ts), else out/. */
const DEFAULT_EXPORT_DIR = process.env.NEXT_DIST_DIR || 'out';

/**
 * The last step of `npm run build`: starts deleting the last build (lib/cli/previous-build.ts),
 * and says where the export will be published, or, without SITE_URL, what it left out (the page
 * registry, lib/site/pages.ts, lists no sitemap.xml then: its URLs must be absolute) and how to
 * publish it.
 */
export const finishExport: CommandRun = (args, output, context) => {
  const { values } = parseOptions(args, { out: { type: 'string' } });
  const exportDir = values.out ?? DEFAULT_EXPORT_DIR;
  if (!existsSync(exportDir)) {
    output.err(`${exportDir}/ does not exist: run this after \`next build\` (npm run build does)`);
    return 1;
  }
  removePreviousBuildInBackground();
  const address = context.publicAddress();
  if (address.siteUrl === undefined) {
    output.out(
      [
        `SITE_URL is not set, so the export names no address of its own: its pages have no canonical link and no og:url, it has no sitemap.xml, and robots.txt names none.`,
        `To publish it, build with the address it will be served at: SITE_URL=https://example.org${address.basePath ? ` BASE_PATH=${address.basePath}` : ''} npm run build`,
        `(the site works as it is, served at ${address.basePath}/ of any host: npm run serve)`,
      ].join('\n'),
    );
  } else {
    output.out(`published at ${absoluteUrlAt(address, '/')}: canonical links, og:url, sitemap.xml and robots.txt use this address`);
  }
  return 0;
};
