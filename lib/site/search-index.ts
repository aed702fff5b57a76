/** Build time: what the search page's HTML says about the search index the build wrote. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_DATA_DIR } from './publishing';

/**
 * What the page tells its script about the index before the meta arrives (lib/search/remote.ts
 * `early`): its version and term shards, read from the meta `catalog build-data` wrote.
 */
export function searchIndexSummary(): { version: string; termShards: string[] } | undefined {
  try {
    const meta = JSON.parse(readFileSync(path.join(process.cwd(), SEARCH_DATA_DIR, 'meta.json'), 'utf8')) as { version?: unknown; termShards?: unknown };
    if (typeof meta.version !== 'string' || !Array.isArray(meta.termShards)) return undefined;
    return { version: meta.version, termShards: meta.termShards.filter((key): key is string => typeof key === 'string') };
  } catch {
    return undefined; // no index written yet: the script fetches the meta first, as it always can
  }
}
