/**
 * `npm run serve`: serves the exported site in out/ on http://localhost:3000 (PORT to change),
 * under the base path it was built with (BASE_PATH, else the one its home page names), as its
 * host will serve it.
 */
import { existsSync } from 'node:fs';
import { parseBasePath, PublicAddressError } from '../lib/site/public-address';
import { readCommandLine } from './support/command-line';
import { builtBasePath, serveStatic } from './support/serve-static';

const { positionals } = readCommandLine({
  usage: 'npm run serve --',
  summary: 'Serves an export as its host will (PORT, default 3000; HOST; BASE_PATH, default the one it was built with).',
  flags: {},
  positionals: { placeholder: 'DIR', description: 'the export (default: out)' },
});
const root = positionals[0] ?? 'out';
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(root)) {
  console.error(`${root}/ does not exist: build the site first with \`npm run build\``);
  process.exit(1);
}
let basePath: string;
try {
  basePath = parseBasePath(process.env.BASE_PATH ?? builtBasePath(root));
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
