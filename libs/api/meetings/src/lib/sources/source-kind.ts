import { registerEnumType } from '@nestjs/graphql';
import { ImportFormat } from '../import/parsed-feed';

/** What a source's URL points at. */
export enum MeetingSourceKind {
  /** A Meeting Guide JSON feed (TSML, Meeting Guide app). */
  MEETING_GUIDE = 'MEETING_GUIDE',
  /** A BMLT root server: meetings of the chosen service bodies are taken from its GetSearchResults. */
  BMLT = 'BMLT',
  /** A CSV in the TSML template's columns. */
  CSV = 'CSV',
}

registerEnumType(MeetingSourceKind, { name: 'MeetingSourceKind' });

export const formatOfKind: Record<MeetingSourceKind, ImportFormat> = {
  [MeetingSourceKind.MEETING_GUIDE]: ImportFormat.MEETING_GUIDE,
  [MeetingSourceKind.BMLT]: ImportFormat.BMLT,
  [MeetingSourceKind.CSV]: ImportFormat.TSML_CSV,
};

export const kindOfFormat = (format: ImportFormat | null | undefined): MeetingSourceKind | null =>
  format === ImportFormat.BMLT
    ? MeetingSourceKind.BMLT
    : format === ImportFormat.TSML_CSV
      ? MeetingSourceKind.CSV
      : format === ImportFormat.MEETING_GUIDE
        ? MeetingSourceKind.MEETING_GUIDE
        : null;

/**
 * The address fetched for a source: a BMLT root server's GetSearchResults for its service bodies (with the
 * server's formats in the same response); any other kind's URL as it is.
 */
export function fetchUrlOf(source: {
  url: string;
  kind: MeetingSourceKind | null;
  serviceBodyIds: number[];
}) {
  if (source.kind !== MeetingSourceKind.BMLT) return source.url;
  const root = source.url.replace(/\/+$/, '').replace(/\/client_interface\/json$/, '');
  const query = ['switcher=GetSearchResults', 'get_formats_explicitly=1'];
  for (const id of source.serviceBodyIds) query.push(`services[]=${id}`);
  return `${root}/client_interface/json/?${query.join('&')}`;
}
