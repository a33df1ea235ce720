import { parseBmlt } from './bmlt.parser';
import { isBmltEnvelope, notAMeetingList } from './bmlt-shapes';
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

/** The line of the first character that shows the text was not valid UTF-8 when it was read. */
function firstUndecodableLine(text: string): number | null {
  const at = text.indexOf('\uFFFD');
  return at < 0 ? null : text.slice(0, at).split('\n').length;
}

function looksLikeBmlt(value: unknown): boolean {
  if (isBmltEnvelope(value)) return true;
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
  const badLine = firstUndecodableLine(text);
  if (badLine !== null) {
    return failed(
      format ?? (isJson ? ImportFormat.MEETING_GUIDE : ImportFormat.TSML_CSV),
      `The file is not UTF-8 text (line ${badLine} has bytes that are not UTF-8; it may be Latin-1 or ` +
        'Windows-1252, as older spreadsheets save it). Save or export it as UTF-8 ("CSV UTF-8") and import it again.',
    );
  }

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
  const other = notAMeetingList(parsed.value);
  if (other) return failed(format ?? ImportFormat.BMLT, other);
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
