import { registerEnumType } from '@nestjs/graphql';

export enum PlaceKind {
  VENUE = 'VENUE',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  CITY = 'CITY',
  POSTAL_CODE = 'POSTAL_CODE',
}
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'A meeting venue, a neighbourhood or area, a city or town, or a postal code.',
});

/** One place people can type, with its key (the folded name) and how much it weighs in ties. */
export interface PlaceEntry {
  name: string;
  key: string;
  /** State, province or area ("NY"), or for a postal code its town ("New York, NY"). */
  region: string | null;
  /** ISO 3166 code where known ("US"). */
  country: string | null;
  kind: PlaceKind;
  latitude: number;
  longitude: number;
  /** Population for gazetteer cities; the number of meetings for our own places. */
  weight: number;
  /** From our own meetings (it has meetings), not only from the gazetteer. */
  own: boolean;
}
