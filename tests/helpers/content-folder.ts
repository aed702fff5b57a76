import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes the given files (path → text or bytes) into a fresh temporary content folder. */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'catalog-test-'));
  folders.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** A text page in the archive layout, with the abstracts on indented lines so no split is guessed. */
export function textPage({
  program = 'Google Summer of Code',
  year = '2014',
  name = 'Example Org',
  fields = ['Web Page: https://example.org/'],
  description = ['Example Org builds examples.'],
  projects = [['A Project', 'It does things.']],
}: {
  program?: string;
  year?: string;
  name?: string;
  fields?: string[];
  description?: string[];
  projects?: [string, string][];
} = {}): string {
  return [
    'GSoC/GCI Archive',
    `${program} ${year}`,
    '',
    name,
    '',
    ...fields.flatMap((line) => [line, '']),
    ...description.flatMap((line) => [line, '']),
    'Projects',
    '',
    ...projects.flatMap(([title, abstract]) => [`  • ${title}`, `      ${abstract}`]),
    '',
  ].join('\n');
}

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
/** The shared archive data beside the repository (../shared), or SHARED_DIR. */
export const SHARED = process.env.SHARED_DIR ?? path.resolve(REPOSITORY, '../shared');
export const MELANGE = path.join(SHARED, 'corpus/melange');
export const BUILT_IN_CONTENT = path.join(REPOSITORY, 'content');
