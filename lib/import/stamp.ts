/**
 * How the importer tells a page it wrote, and that nobody has touched since, from a page that was
 * edited by hand: every page it writes carries a stamp, a YAML comment on the line after the
 * opening "---", with a hash of the rest of the page:
 *
 *     ---
 *     # import-gsoc 3f2a9c0d1b7e4a65: generated from 2016.json; …
 *     program: Google Summer of Code
 *
 * A page whose text still hashes to its stamp is the importer's own and may be regenerated when
 * the JSON changes; any other page (edited, or never stamped) is the curator's and is kept.
 *
 * The stamp lives in the page rather than in a manifest beside the pages so that it travels with
 * the page: it survives a copy, a move, a merge of branches or a lost manifest, and a page that
 * was edited can never be mistaken for an untouched one. YAML ignores comments and the loader
 * skips them, so the stamp changes nothing the catalog reads.
 */
import { createHash } from 'node:crypto';

// The opening "---" (kept, whatever its line end), then the stamp line.
const STAMPED = /^(---\r?\n)# import-gsoc ([0-9a-f]{16}):[^\n]*\n/;

export type PageOrigin =
  /** Stamped, and the text still matches the stamp: safe to regenerate. */
  | 'generated'
  /** Stamped, but the text changed since: a curator's edit. */
  | 'edited'
  /** No stamp: written by hand or by another tool. */
  | 'unstamped';

/** The page with its stamp line added after the opening "---". */
export function stampPage(text: string, source: string): string {
  const afterOpening = text.indexOf('\n') + 1;
  const stamp = `# import-gsoc ${hashOf(text)}: generated from ${source}; edit freely, the importer keeps edited pages (unless run with --force)`;
  return `${text.slice(0, afterOpening)}${stamp}\n${text.slice(afterOpening)}`;
}

/** Whether an existing page is the importer's untouched output, an edited one, or someone else's. */
export function originOf(existing: string): PageOrigin {
  const stamp = STAMPED.exec(existing);
  if (!stamp) return 'unstamped';
  const withoutStamp = stamp[1] + existing.slice(stamp[0].length);
  return hashOf(withoutStamp) === stamp[2] ? 'generated' : 'edited';
}

/** 64 bits of SHA-256: plenty to notice an edit, short enough to sit on the stamp line. */
function hashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
