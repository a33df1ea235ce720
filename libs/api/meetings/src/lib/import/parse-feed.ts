import { parseBmlt } from './bmlt.parser';
import { parseJsonText } from './json-text';
import { parseMeetingGuide } from './meeting-guide.parser';
import { ImportFormat, type ParsedFeed, type ParseOptions } from './parsed-feed';
import { parseTsmlCsv } from './tsml-csv.parser';

export interface FeedParseOptions extends Omit<ParseOptions, 'bmltFormats' | 'programCode'> {
  /** The format, when known; otherwise it is recognised from the content. */
  format?: ImportFormat | null;
  /** Program for each format when none is given: BMLT servers are NA's; Meeting Guide feeds mostly AA's. */
  programCode?: string | null;
  /** A separate BMLT GetFormats response (JSON text). */
  bmltFormatsText?: string | null;
}

/** A problem with the file as a whole (its line, if any, is in the message). */
const failed = (format: ImportFormat, message: string): ParsedFeed => ({
  format,
  rows: [],
  problems: [{ field: '(file)', message, severity: 'error' }],
  skipped: 0,
  customTypes: [],
});

function looksLikeBmlt(value: unknown): boolean {
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? (value as { meetings?: unknown }).meetings
      : null;
  const first: unknown = Array.isArray(list) ? list[0] : null;
  return Boolean(first && typeof first === 'object' && ('id_bigint' in first || 'weekday_tinyint' in first));
}

export const defaultProgramFor = (format: ImportFormat) => (format === ImportFormat.BMLT ? 'NA' : 'AA');

/**
 * Reads a feed in any supported format: a Meeting Guide JSON feed, a BMLT GetSearchResults response, or a
 * TSML CSV file. Nothing here touches the database; what comes out is validated next.
 */
export function parseFeed(text: string, options: FeedParseOptions = {}): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const isJson = trimmed.startsWith('[') || trimmed.startsWith('{');
  let format = options.format ?? null;
  if (!trimmed) return failed(format ?? ImportFormat.MEETING_GUIDE, 'The file is empty.');

  if (format === ImportFormat.TSML_CSV || (!format && !isJson)) {
    const firstLine = trimmed.split(/\r?\n/, 1)[0].toLowerCase();
    if (!format && !(firstLine.includes('name') && firstLine.includes('day') && firstLine.includes(','))) {
      return failed(
        ImportFormat.TSML_CSV,
        'This file is neither JSON nor a CSV with the TSML template header (Time, End Time, Day, Name, …). ' +
          'Kinship imports Meeting Guide JSON feeds, BMLT GetSearchResults JSON, and TSML CSV files.',
      );
    }
    return parseTsmlCsv(text, {
      programCode: options.programCode ?? defaultProgramFor(ImportFormat.TSML_CSV),
    });
  }

  const parsed = parseJsonText(text);
  if (!parsed.ok) return failed(format ?? ImportFormat.MEETING_GUIDE, parsed.message);
  format ??= looksLikeBmlt(parsed.value) ? ImportFormat.BMLT : ImportFormat.MEETING_GUIDE;
  const programCode = options.programCode ?? defaultProgramFor(format);
  if (format === ImportFormat.BMLT) {
    let bmltFormats: unknown;
    if (options.bmltFormatsText?.trim()) {
      const formats = parseJsonText(options.bmltFormatsText);
      if (!formats.ok) return failed(format, `The BMLT formats file: ${formats.message}`);
      bmltFormats = formats.value;
    }
    return parseBmlt(parsed.value, { programCode, bmltFormats });
  }
  return parseMeetingGuide(parsed.value, { programCode });
}
