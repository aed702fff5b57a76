/**
 * The one way the scripts and browser tests start Chromium: Debian's, never a downloaded one
 * (CHROMIUM_PATH or /usr/bin/chromium must exist: `apt-get install chromium`). Driven through
 * playwright-core for tests, screenshots and the benches that script a page; started with a remote
 * debugging port for Lighthouse, which drives it itself (scripts/support/lighthouse.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What a closed, shared machine needs: no sandbox (containers), no GPU, nothing fetched in the background, /tmp for shared memory. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
}

/**
 * A fresh Chromium profile, headless, through playwright-core. `javaScriptEnabled: false` opens
 * pages as a visitor without JavaScript sees them.
 */
export async function launchChromium(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'catalog-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [...FLAGS, '--disable-quic'],
  });
}

export interface DebuggableChromium {
  /** The remote debugging port, for Lighthouse's `{ port }`. */
  port: number;
  close(): Promise<void>;
}

/**
 * Chromium, headless, with remote debugging on a free port, as Lighthouse's own CLI starts it. Not
 * through playwright-core: Playwright attaches to every page of its browser and sets its own
 * viewport, which would fight Lighthouse's mobile emulation.
 */
export async function launchChromiumWithDebuggingPort(): Promise<DebuggableChromium> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'catalog-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, ['--headless=new', ...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium (${CHROMIUM_PATH}) did not open its debugging port in 30 s:\n${output}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium (${CHROMIUM_PATH}) exited (${code}) before it listened:\n${output}`));
      });
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
