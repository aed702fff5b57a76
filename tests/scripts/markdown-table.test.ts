/** The benches' table printer: what docs/measurements.md includes as printed. */
import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../scripts/support/markdown-table';

describe('markdownTable', () => {
  it('prints a header, its rule and one line per row', () => {
    expect(markdownTable(['engine', 'p95'], [['catalog', '0.83 ms'], ['MiniSearch', '27 ms']])).toBe(
      ['| engine | p95 |', '|---|---|', '| catalog | 0.83 ms |', '| MiniSearch | 27 ms |'].join('\n'),
    );
  });

  it('escapes a "|" and flattens a line break, so that no cell splits its row', () => {
    expect(markdownTable(['query'], [['c++ | rust'], ['two\nlines']]).split('\n').slice(2)).toEqual(['| c++ \\| rust |', '| two lines |']);
  });

  it('refuses a row with another number of cells than the header', () => {
    expect(() => markdownTable(['a', 'b'], [['1', '2'], ['3']])).toThrow('row 2 has 1 cells, the header 2');
  });
});
