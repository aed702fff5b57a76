/**
 * The benchmarks' one table printer: GitHub-flavoured Markdown that docs/measurements.md includes
 * as printed. A "|" in a cell is escaped (GFM's "\|", which also holds inside a code span) and a line
 * break becomes a space, so that no value can split a row.
 */

/** A Markdown table of `header` and `rows`; each row has one cell per header cell. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`markdownTable: row ${index + 1} has ${row.length} cells, the header ${header.length}`);
  }
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
