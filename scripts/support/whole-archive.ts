/**
 * The whole archive, as docs/measurements.md defines it: the Melange-era text pages of
 * ../shared/corpus/melange/20* with the archive JSON ../shared/corpus/gsoc-api/20*.json imported
 * beside them by the project's own importer (lib/import, what `catalog import-gsoc` runs), loaded
 * by the content loader. These are the records `npm run build` makes of that folder, organization
 * merges and all: the search benchmark and the corpus tests measure what the site ships.
 *
 * The folder is written under os.tmpdir() and reused while its inputs are the same: importing
 * ten JSON years writes ~2,000 pages (~15 s), which only has to happen once per change of the
 * corpus or of lib/import. A change elsewhere that alters what the importer writes (lib/slugs.ts,
 * lib/literal-text.ts, a library) is not seen: remove $TMPDIR/catalog-whole-archive-* then.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogAsync, type Catalog } from '../../lib/content/build-catalog';
import { formatImportIssue } from '../../lib/import/import-issues';
import { importArchives } from '../../lib/import/run';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/** The shared corpus beside the repository (a worktree's sibling), or under SHARED_DIR as the tests read it. */
export const SHARED_CORPUS_DIR = path.join(process.env.SHARED_DIR ?? path.resolve(REPOSITORY, '../shared'), 'corpus');

const IMPORTER_DIR = path.join(REPOSITORY, 'lib/import');
const FOLDER_PREFIX = 'catalog-whole-archive-';
// A partial folder this old belongs to a run that died; younger ones may be another run's work.
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** True when both halves of the whole archive, Melange pages and archive JSON, are present. */
export function hasWholeArchive(corpusDir = SHARED_CORPUS_DIR): boolean {
  return existsSync(path.join(corpusDir, 'melange')) && existsSync(path.join(corpusDir, 'gsoc-api'));
}

/** The whole archive as one content folder (made on first use, then reused); its path. */
export function wholeArchiveDir(corpusDir = SHARED_CORPUS_DIR): string {
  if (!hasWholeArchive(corpusDir)) throw new Error(`${corpusDir} needs melange/ and gsoc-api/ for the whole archive`);
  const inputs = listInputs(corpusDir);
  // One name per corpus folder, then one per state of its inputs: a test's small corpus never
  // replaces the real one's folder.
  const corpusPrefix = `${FOLDER_PREFIX}${hashOf(path.resolve(corpusDir)).slice(0, 8)}-`;
  const folder = path.join(tmpdir(), `${corpusPrefix}${inputKey(corpusDir, inputs)}`);
  if (existsSync(folder)) return folder;

  // Written aside and renamed into place in one step, so that a test and a bench starting together
  // never read a half-written folder: the one that renames second drops its copy.
  const partial = `${folder}.partial-${process.pid}-${Date.now()}`;
  try {
    writeWholeArchive(corpusDir, inputs, partial);
    try {
      renameSync(partial, folder);
    } catch (error) {
      if (!existsSync(folder)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  removeEarlierFolders(corpusPrefix, path.basename(folder));
  return folder;
}

/** The records of the whole archive, through the loader the site build uses. */
export async function loadWholeArchive(corpusDir = SHARED_CORPUS_DIR): Promise<Catalog> {
  return loadCatalogAsync(wholeArchiveDir(corpusDir));
}

interface Inputs {
  /** Melange text pages, relative to corpus/melange ("2009/apache.txt"). */
  pages: string[];
  /** Archive JSON files, absolute, in year order. */
  archives: string[];
}

function listInputs(corpusDir: string): Inputs {
  const melange = path.join(corpusDir, 'melange');
  const archiveDir = path.join(corpusDir, 'gsoc-api');
  const years = readdirSync(melange).filter((name) => name.startsWith('20') && statSync(path.join(melange, name)).isDirectory());
  return {
    pages: years.flatMap((year) => filesUnder(melange, year)).sort(),
    archives: readdirSync(archiveDir)
      .filter((name) => name.startsWith('20') && name.endsWith('.json'))
      .sort()
      .map((name) => path.join(archiveDir, name)),
  };
}

function filesUnder(root: string, relative: string): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(relative, entry.name);
    return entry.isDirectory() ? filesUnder(root, child) : [child];
  });
}

/**
 * Names, sizes and modification times of the corpus files (read-only: cheap, and enough), and the
 * importer's source text (a file saved unchanged must not cost a ~15 s import).
 */
function inputKey(corpusDir: string, { pages, archives }: Inputs): string {
  const melange = path.join(corpusDir, 'melange');
  const corpus = [...pages.map((page) => path.join(melange, page)), ...archives].map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${file}\0${size}\0${mtimeMs}\n`;
  });
  const importer = readdirSync(IMPORTER_DIR)
    .sort()
    .map((name) => `${name}\0${readFileSync(path.join(IMPORTER_DIR, name), 'utf8')}\n`);
  return hashOf([...corpus, ...importer].join('')).slice(0, 16);
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function writeWholeArchive(corpusDir: string, { pages, archives }: Inputs, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  // Copied by content, not with cpSync: the corpus is read-only, and cpSync would carry its
  // read-only folder modes over, leaving a folder nobody but root can remove.
  for (const page of pages) {
    const target = path.join(outDir, page);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(path.join(corpusDir, 'melange', page)));
  }
  const report = importArchives(archives, outDir);
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`importing ${path.join(corpusDir, 'gsoc-api')} failed:\n${errors.map(formatImportIssue).join('\n')}`);
  }
}

/** This corpus's folders of earlier inputs (corpus or importer since changed), and partial ones left by a crash. */
function removeEarlierFolders(corpusPrefix: string, current: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(corpusPrefix) || name === current) continue;
    const folder = path.join(tmpdir(), name);
    if (name.includes('.partial-') && Date.now() - statSync(folder).mtimeMs < ABANDONED_AFTER_MS) continue;
    rmSync(folder, { recursive: true, force: true });
  }
}
