import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SITEMAP_PATH } from '../paths';
import { absoluteUrl, BASE_PATH, SITE_URL } from '../site/config';
import { parseOptions, type CommandRun } from './command';

/** Where `next build` writes the export: NEXT_DIST_DIR (next.config.ts), else out/. */
const DEFAULT_EXPORT_DIR = process.env.NEXT_DIST_DIR || 'out';

/**
 * The last step of `npm run build`: what the export holds depends on where it will be published,
 * and the builder reads it here, once. Without SITE_URL no page names an absolute URL of itself,
 * and sitemap.xml (whose URLs must be absolute; Next writes it whatever its entries) is removed.
 */
export const finishExport: CommandRun = (args, output) => {
  const { values } = parseOptions(args, { out: { type: 'string' } });
  const exportDir = values.out ?? DEFAULT_EXPORT_DIR;
  if (!existsSync(exportDir)) {
    output.err(`${exportDir}/ does not exist: run this after \`next build\` (npm run build does)`);
    return 1;
  }
  const servedAt = `${BASE_PATH}/`;
  if (SITE_URL === undefined) {
    rmSync(path.join(exportDir, SITEMAP_PATH), { force: true });
    output.out(
      [
        `SITE_URL is not set, so the export names no address of its own: its pages have no canonical link and no og:url, it has no sitemap.xml, and robots.txt names none.`,
        `To publish it, build with the address it will be served at: SITE_URL=https://example.org${BASE_PATH ? ` BASE_PATH=${BASE_PATH}` : ''} npm run build`,
        `(the site works as it is, served at ${servedAt} of any host: npm run serve)`,
      ].join('\n'),
    );
  } else {
    output.out(`published at ${absoluteUrl('/')}: canonical links, og:url, sitemap.xml and robots.txt use this address`);
  }
  return 0;
};
