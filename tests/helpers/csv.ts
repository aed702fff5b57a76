/**
 * A CSV reader for the tests, written from RFC 4180 and not from lib/csv.ts: a field is quoted or
 * not; inside quotes "" is a quote and commas and line breaks are text; records end at CRLF (a bare
 * LF is accepted too). Used to read back what the writer wrote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (character === '"') quoted = false;
      else field += character;
      index++;
      continue;
    }
    if (character === '"' && field === '') quoted = true;
    else if (character === ',') endField();
    else if (character === '\r' && text[index + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      index++;
    } else if (character === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (character === '"') throw new Error(`a quote inside an unquoted field at ${index}`);
    else field += character;
    index++;
  }
  if (quoted) throw new Error('the file ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A list cell read back: items split at "; ", a backslash taking the next character as it is. */
export function parseCsvList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let item = '';
  for (let index = 0; index < cell.length; index++) {
    const character = cell[index]!;
    if (character === '\\') item += cell[++index] ?? '';
    else if (character === ';' && cell[index + 1] === ' ') {
      items.push(item);
      item = '';
      index++;
    } else item += character;
  }
  items.push(item);
  return items;
}

/** A text cell with the writer's formula guard undone: one leading "'" dropped (see the Open data page). */
export function unguardCsvCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
