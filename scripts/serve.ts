/**
 * `npm run serve`: serves the exported site in out/ on http://localhost:3000 (PORT to change),
 * under the base path it was built with (BASE_PATH, else the one its home page names), as its
 * host will serve it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBasePath, PublicAddressError } from '../lib/site/public-address';
import { serveStatic } from './support/serve-static';

const root = process.argv[2] ?? 'out';
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(root)) {
  console.error(`${root}/ does not exist: build the site first with \`npm run build\``);
  process.exit(1);
}
/** The base path the export was built with: <html data-base-path="…"> on its home page. */
function builtBasePath(): string | undefined {
  const home = path.join(root, 'index.html');
  if (!existsSync(home)) return undefined;
  return /<html[^>]*\sdata-base-path="([^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1];
}

let basePath: string;
try {
  basePath = parseBasePath(process.env.BASE_PATH ?? builtBasePath());
} catch (error) {
  if (!(error instanceof PublicAddressError)) throw error;
  console.error(error.message);
  process.exit(1);
}
serveStatic(root, port, process.env.HOST ?? '127.0.0.1', { basePath }).then(
  () => console.log(`Serving ${root}/ on http://localhost:${port}${basePath}/ (Ctrl+C to stop)`),
  (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: set PORT to another one` : error.message);
    process.exit(1);
  },
);
