import { CsvSyntaxError, parseCsv } from './csv';

const failure = (text: string) => {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('parsed without an error');
};

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

  it('refuses malformed and unterminated quotes, and ragged rows, naming the line', () => {
    expect(failure('a,b\n1,2\n3,x"y\n4,5\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^line 3: a quote/),
    });
    expect(failure('a,b\n1,"x"y\n')).toMatchObject({
      line: 2,
      message: expect.stringMatching(/^line 2: text after a closing quote/),
    });
    expect(failure('a,b\n1,2\n3,"never closed\n4,5\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^line 3: a quoted field opens .* never closed/),
    });
    expect(failure('a,b\n1,2,3\n')).toMatchObject({ line: 2 });
  });
});
