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

/**
 * Text a spreadsheet would run as a formula when it opens the file (OWASP, "CSV Injection"): it
 * starts with =, +, -, @, a tab or a CR. Quoting does not stop it. Such text gets a leading "'",
 * which spreadsheets read as "text", and so does text that already starts with "'": then dropping
 * one leading "'" from any text cell undoes the guard exactly. The archive holds such cells
 * (contributors "@AkkiSingh", "- Radostin Stoyanov"). Numbers are never guarded.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** What the guard puts before such text; the open data manifest and page tell readers. */
export const CSV_FORMULA_GUARD = "'";

/** The guard in one sentence, for the manifest and the Open data page: how a reader undoes it. */
export const CSV_FORMULA_GUARD_RULE =
  "A text cell starting with =, +, -, @, a tab, a CR or ' has a ' put before it, so that a spreadsheet does not run it as a formula (OWASP's advice against CSV injection); to read the exact text, drop the first character of any cell starting with '. Numbers are never changed; JSON holds the text as it is.";

/** One field, quoted only when RFC 4180 requires it; text that a spreadsheet would run, guarded. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `${CSV_FORMULA_GUARD}${value}` : String(value);
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
