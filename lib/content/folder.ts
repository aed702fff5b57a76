/** The built-in sample content, used when no folder is named. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The content folder: the one given (a command's --content), else CONTENT_DIR, else content/.
 * The site build and every `catalog` command read the same folder unless told otherwise.
 */
export function resolveContentDir(given?: string): string {
  return given ?? process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
}
