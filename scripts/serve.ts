/** `npm run serve`: serves the exported site in out/ on http://localhost:3000 (PORT to change). */
import { existsSync } from 'node:fs';
import { serveStatic } from './support/serve-static';

const root = process.argv[2] ?? 'out';
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(root)) {
  console.error(`${root}/ does not exist: build the site first with \`npm run build\``);
  process.exit(1);
}
serveStatic(root, port, process.env.HOST ?? '127.0.0.1').then(
  () => console.log(`Serving ${root}/ on http://localhost:${port} (Ctrl+C to stop)`),
  (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: set PORT to another one` : error.message);
    process.exit(1);
  },
);
