/**
 * `npm run bench:build -- [--content DIR] [--runs N]`: builds the site from a content folder and
 * prints wall time, peak memory (all processes of the build, summed), and what out/ holds: files,
 * bytes, and the average bytes a project page costs (its HTML plus any file beside it). Each run
 * prints its time and the build's phases as it ends; the table (docs/measurements.md, "Build")
 * comes last, with the load average beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { finishRemovingPreviousBuild } from '../lib/cli/previous-build';
import { resolveContentDir } from '../lib/content/folder';
import { runCommand, UsageError } from './support/command-line';
import { count } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { median } from './support/statistics';

const COMMAND = {
  usage: 'npm run bench:build --',
  summary: 'Builds the site (npm run build) N times and reports wall time, peak memory and what out/ holds.',
  flags: {
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder (default: CONTENT_DIR, else content/)' },
    runs: { type: 'integer', min: 1, default: 1, description: 'builds; medians reported' },
  },
} as const;

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let rss = 0;
  const rssOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rssOf.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    rss += rssOf.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return rss;
}

/** Lines of the build's output that say how long a phase took. */
const PHASE_LINE = /(Compiled successfully in|Generating static pages.* in|Collecting page data.* in|Finalizing|pages?, .*organization-years|search index:)/;

async function build(contentDir: string): Promise<{ seconds: number; peakBytes: number; code: number | null; phases: string[] }> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'build'], { env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const phases: string[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (PHASE_LINE.test(line)) phases.push(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line.trim()}`);
  });
  let peakBytes = 0;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRss(child.pid!));
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakBytes, code, phases };
}

function walk(dir: string): { file: string; size: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [{ file: full, size: statSync(full).size }];
  });
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

await runCommand(COMMAND, async ({ values }) => {
  const contentDir = path.resolve(resolveContentDir(values.content));
  if (!existsSync(contentDir)) throw new UsageError(`no content folder at ${contentDir}: give one with --content DIR`);
  const results = [];
  for (let run = 1; run <= values.runs; run++) {
    // A build deletes the last one's files after it returns (lib/cli/previous-build.ts): each run
    // starts once the deletion before it is done, as a build does that nothing else runs beside.
    const deleting = performance.now();
    finishRemovingPreviousBuild();
    const deleted = (performance.now() - deleting) / 1000;
    if (deleted >= 0.5) console.log(`(the last build's files took ${deleted.toFixed(1)} s more to delete, before run ${run})`);
    const result = await build(contentDir);
    if (result.code !== 0) throw new Error(`build failed (exit ${result.code}): its output is above`);
    console.log(`run ${run}: ${result.seconds.toFixed(1)} s, peak memory ${mb(result.peakBytes)}`);
    for (const phase of result.phases) console.log(phase);
    results.push(result);
  }

  const files = walk('out');
  const projectDirs = new Map<string, number>();
  for (const { file, size } of files) {
    // out/orgs/<org>/<edition>/<project>/… is a project page and its payload files.
    const parts = path.relative('out', file).split(path.sep);
    if (parts[0] === 'orgs' && parts.length === 5) projectDirs.set(parts.slice(0, 4).join('/'), (projectDirs.get(parts.slice(0, 4).join('/')) ?? 0) + size);
  }
  const pages = files.filter(({ file }) => file.endsWith('.html')).length;
  const totalBytes = files.reduce((sum, { size }) => sum + size, 0);
  const projectBytes = [...projectDirs.values()];
  const average = projectBytes.length ? Math.round(projectBytes.reduce((a, b) => a + b, 0) / projectBytes.length) : 0;

  console.log(`\nnpm run build of ${path.relative(process.cwd(), contentDir) || '.'}, median of ${values.runs} run${values.runs === 1 ? '' : 's'}; load average ${loadavg().map((load) => load.toFixed(1)).join(', ')} at the end:\n`);
  console.log(
    markdownTable(
      ['content', 'pages', 'build wall time', 'peak memory', 'out/', 'average project page'],
      [
        [
          path.relative(process.cwd(), contentDir) || '.',
          count(pages),
          `${median(results.map((result) => result.seconds)).toFixed(0)} s`,
          `${(median(results.map((result) => result.peakBytes)) / 1e9).toFixed(2)} GB`,
          `${count(files.length)} files, ${(totalBytes / 1e6).toFixed(totalBytes < 10e6 ? 1 : 0)} MB`,
          // The median beside the mean: a few organizations' pages with hundreds of projects pull the mean.
          `${(average / 1024).toFixed(1)} KB (median ${((projectBytes.length ? median(projectBytes) : 0) / 1024).toFixed(1)} KB, of ${count(projectBytes.length)})`,
        ],
      ],
    ),
  );
});
