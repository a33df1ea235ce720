import { CsvError, parse } from 'csv-parse/sync';

/** A CSV file that is not well formed, with the line to look at. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const newlines = (s: string) => (s.match(/\n/g) ?? []).length;

/**
 * Parses CSV strictly with csv-parse (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF). Returns rows of cells with the 1-based line each row starts on, so problems can name
 * it; a stray or unterminated quote, or a row with more or fewer cells than the header, throws a
 * CsvSyntaxError naming the line.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const body = text.replace(/\r\n?/g, '\n');
  let lastEnd = 0;
  const starts: number[] = [];
  try {
    const records = parse(body, {
      bom: true,
      raw: true,
      skip_empty_lines: true,
      relax_quotes: false,
      relax_column_count: false,
      on_record: (record, context) => {
        lastEnd = context.lines;
        const raw = (context as { raw?: string }).raw ?? '';
        starts.push(context.lines - newlines(raw.replace(/^\n+/, '').replace(/\n$/, '')));
        return record;
      },
    });
    // with `raw`, each record comes as { record, raw }
    const rows = records as unknown as { record: string[] }[];
    return rows.map(({ record }, i) => ({ line: starts[i], cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const at = (error as CsvError & { lines?: number }).lines ?? lastEnd + 1;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        throw new CsvSyntaxError(
          lastEnd + 1,
          `line ${lastEnd + 1}: a quoted field opens on this line (or just after) and is never closed ` +
            `(the file ends at line ${at} inside it); close the quote or double it ("") inside the text`,
        );
      case 'INVALID_OPENING_QUOTE':
        throw new CsvSyntaxError(
          at,
          `line ${at}: a quote (") in the middle of an unquoted field; put the whole field in quotes and ` +
            'double the quote inside it ("")',
        );
      case 'CSV_INVALID_CLOSING_QUOTE':
        throw new CsvSyntaxError(
          at,
          `line ${at}: text after a closing quote; a quote inside a quoted field must be doubled ("")`,
        );
      case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      case 'CSV_RECORD_INCONSISTENT_COLUMNS':
        throw new CsvSyntaxError(at, `line ${at}: ${error.message.replace(/ on line \d+$/, '')} cells`);
      default:
        throw new CsvSyntaxError(at, `line ${at}: ${error.message}`);
    }
  }
}
