/**
 * Launches Debian's Chromium through playwright-core, for browser tests and screenshots. Never
 * downloads a browser: CHROMIUM_PATH or /usr/bin/chromium must exist (`apt-get install chromium`).
 */
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A fresh Chromium profile, headless, with the background networking a closed machine refuses
 * turned off. `javaScriptEnabled: false` opens pages as a visitor without JavaScript sees them.
 */
export async function launchChromium(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'catalog-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
