/**
 * The records of one content folder, saved by `catalog build-data` for `next build` to read.
 * Parsing thousands of Markdown pages takes seconds, and Next renders in several worker
 * processes that would each parse them again; the snapshot is parsed once, before Next starts,
 * as a Velite-style content build. It carries a fingerprint of the folder (every page's path, size
 * and modification time), so a snapshot of other content, or of content edited since, is never used;
 * and the format of its records, so one written by an older build is never read as a newer one.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { abstractText, rememberAbstractTexts } from '../render';
import { replaceFile } from '../replace-file';
import { listPages, type Catalog } from './load';
import type { OrganizationYear, Project } from './schema';

/** Bumped whenever the records' shape (schema.ts) or the snapshot's changes: an older snapshot is then ignored. */
export const SNAPSHOT_FORMAT = 3;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  contentDir: string;
  fingerprint: string;
  organizationYears: OrganizationYear[];
  projects: Project[];
  /** Each project's abstract as text (abstractText), in the order of projects: read once, here. */
  abstractTexts: string[];
}

export const SNAPSHOT_FILE = path.join('node_modules', '.cache', 'gsoc-catalog', 'catalog.json');

/** Paths, sizes and modification times of the folder's pages: cheap to take, changes with any edit. */
export function contentFingerprint(contentDir: string): string {
  const { files } = listPages(contentDir);
  return files
    .map((file) => {
      const stats = statSync(path.join(contentDir, file));
      return `${file}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

export function writeSnapshot(catalog: Pick<Catalog, 'organizationYears' | 'projects'>, contentDir: string, file = SNAPSHOT_FILE): void {
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    contentDir: path.resolve(contentDir),
    fingerprint: contentFingerprint(contentDir),
    organizationYears: catalog.organizationYears,
    projects: catalog.projects,
    abstractTexts: catalog.projects.map((project) => abstractText(project)),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  replaceFile(file, JSON.stringify(snapshot));
}

/** The saved records of `contentDir`, or undefined when there are none or they are out of date. */
export function readSnapshot(contentDir: string, file = SNAPSHOT_FILE): Snapshot | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.contentDir !== path.resolve(contentDir)) return undefined;
  if (snapshot.fingerprint !== contentFingerprint(contentDir)) return undefined;
  rememberAbstractTexts(snapshot.projects, snapshot.abstractTexts);
  return snapshot;
}
