/**
 * Lighthouse (the devDependency, mobile preset: its default config) on pages of a served export,
 * in one Chromium started here with a remote debugging port (scripts/support/chromium.ts) and
 * handed to Lighthouse by that port: nothing else launches a browser for it.
 */
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { launchChromiumWithDebuggingPort } from './chromium';

export const LIGHTHOUSE_VERSION: string = lighthousePackage.version;

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseSession {
  /** One Lighthouse run on `url`, scoring `categories`; throws when Lighthouse could not audit the page. */
  audit(url: string, categories: readonly Category[]): Promise<Result>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseSession> {
  const chromium = await launchChromiumWithDebuggingPort();
  return {
    async audit(url, categories) {
      const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      return lhr;
    },
    close: () => chromium.close(),
  };
}
