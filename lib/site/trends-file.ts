/**
 * The trends of one content folder, computed once by `catalog build-data` and saved beside the
 * records' snapshot (lib/content/snapshot.ts) for `next build`'s workers to read. Reading every
 * project's title and abstract against the whole vocabulary of technologies and topics takes
 * seconds on the whole archive (lib/site/trends.ts), and each of Next's rendering workers would
 * do it again. The file carries the folder's fingerprint, as the snapshot does, so trends of other
 * content, or of content edited since, are never read.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFingerprint, SNAPSHOT_FILE } from '../content/snapshot';
import { replaceFile } from '../replace-file';
import type { TagKind } from '../content/tag-vocabulary';
import type { TagTrend, Trends } from './trends';

/** Bumped whenever the shape of Trends changes: an older file is then ignored. */
export const TRENDS_FILE_FORMAT = 1;

export const TRENDS_FILE = path.join(path.dirname(SNAPSHOT_FILE), 'trends.json');

interface TrendsFile {
  format: typeof TRENDS_FILE_FORMAT;
  contentDir: string;
  fingerprint: string;
  /** Trends with each kind's Map as its entries. */
  trends: Omit<Trends, 'tags'> & { tags: Record<TagKind, [string, TagTrend][]> };
}

export function writeTrendsFile(trends: Trends, contentDir: string, file = TRENDS_FILE): void {
  const saved: TrendsFile = {
    format: TRENDS_FILE_FORMAT,
    contentDir: path.resolve(contentDir),
    fingerprint: contentFingerprint(contentDir),
    trends: { ...trends, tags: { technology: [...trends.tags.technology], topic: [...trends.tags.topic], category: [...trends.tags.category] } },
  };
  mkdirSync(path.dirname(file), { recursive: true });
  replaceFile(file, JSON.stringify(saved));
}

/** The saved trends of `contentDir`, or undefined when there are none or they are out of date. */
export function readTrendsFile(contentDir: string, file = TRENDS_FILE): Trends | undefined {
  let saved: TrendsFile;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as TrendsFile;
  } catch {
    return undefined;
  }
  if (saved.format !== TRENDS_FILE_FORMAT || saved.contentDir !== path.resolve(contentDir) || saved.fingerprint !== contentFingerprint(contentDir)) return undefined;
  const { tags } = saved.trends;
  return { ...saved.trends, tags: { technology: new Map(tags.technology), topic: new Map(tags.topic), category: new Map(tags.category) } };
}
