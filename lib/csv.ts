/**
 * CSV as RFC 4180 writes it: a header row, CRLF between rows, a field quoted when it holds a comma,
 * a double quote, CR or LF (its quotes doubled). About twenty lines, so no dependency: what a CSV
 * library adds (parsing, dialects, streams) the open data files do not need, and the round trip is
 * tested against a parser written separately (tests/csv.test.ts).
 */

/** The cell value of a null: an empty field. (Text values are never empty: see open-data.ts.) */
export type CsvValue = string | number | null;

/** Joins list items in one cell: "python; c++". Chosen over "," so the cell needs no quoting. */
export const CSV_LIST_SEPARATOR = '; ';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A list as one cell: items joined by "; ". An item's own ";" and "\" are escaped with a backslash
 * ("a\;b"), so any list reads back exactly; the archive has no such item today, so a reader that
 * splits on "; " gets the right lists.
 */
export function csvList(items: readonly (string | number)[]): string {
  return items.map((item) => String(item).replace(/[\\;]/g, (character) => `\\${character}`)).join(CSV_LIST_SEPARATOR);
}

/** A whole CSV file: the header row, then one row per record, each line ending in CRLF. */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
