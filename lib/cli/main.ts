/** Entry point of `npm run catalog`; the commands live in lib/cli/. */
import { runCli } from './command-runner';

// `catalog check | head` closes the pipe early: that is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const output = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

// Where the site is published is read from the environment here, once, and passed on.
runCli(process.argv.slice(2), output, { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad content: say so plainly, with the stack for whoever fixes it.
    process.stderr.write(`catalog: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
