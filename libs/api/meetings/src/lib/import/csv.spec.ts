import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers lines', () => {
    const rows = parseCsv('"a","b,c"\r\n"say ""hi""","two\nlines"\n\nlast,\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b,c'] },
      { line: 2, cells: ['say "hi"', 'two\nlines'] },
      { line: 5, cells: ['last', ''] },
    ]);
  });

  it('keeps empty cells, including leading ones', () => {
    expect(parseCsv(',,x')).toEqual([{ line: 1, cells: ['', '', 'x'] }]);
  });
});
